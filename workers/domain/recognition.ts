/**
 * @module domain/recognition
 * The milestones that earn a badge, in the order a pair reaches them.
 */
export const BADGES = ["first-meeting", "three-meetings", "goals-reached", "completed", "five-mentees"] as const;
export type Badge = (typeof BADGES)[number];

export const BADGE_LABELS: Record<Badge, string> = {
  "first-meeting": "First meeting",
  "three-meetings": "Three meetings",
  "goals-reached": "Goals reached",
  completed: "Mentorship completed",
  "five-mentees": "Five mentees mentored",
};

/** The longest thank-you note: a few sentences, not a letter. */
export const MAX_KUDOS_NOTE = 500;
