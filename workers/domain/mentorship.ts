/**
 * @module domain/mentorship
 * How a mentorship may end early: no-fault reasons, in the words people see. Shared by the API and the
 * web app, so both name them alike.
 */
export const END_REASONS = {
  "no-time": "We could not find the time",
  "not-a-fit": "Not the right fit",
  "goals-changed": "Goals changed",
  "left-organisation": "One of us left or changed role",
  other: "Another reason",
} as const;
export type EndReason = keyof typeof END_REASONS;
