/**
 * @module domain/signup-changes
 * What confirming a sign-up would change on a profile that already exists, field by field, and
 * whether a role change would leave someone's partner, group or rotation without them.
 * Plain TypeScript: no platform imports.
 */
import type { Skill } from "./profile";
import { MENTEE_ROLES, MENTOR_ROLES } from "./roles";

/** One field a confirmation would change, as the person reads it. */
export type FieldChange = { field: string; label: string; from: string; to: string };

const LABELS: Record<string, string> = {
  name: "Name",
  department: "Department",
  title: "Title",
  location: "Location",
  timezone: "Time zone",
  yearsExperience: "Years of experience",
  languages: "Languages",
  role: "Role",
  goals: "Goals",
  skillsOffered: "Skills you offer",
  skillsSought: "Skills you want to learn",
  format: "Format",
  frequency: "How often",
  capacity: "Mentees at a time",
};

const show = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) {
    return v
      .map((x) => (typeof x === "object" && x ? `${(x as Skill).name} (${(x as Skill).level})` : String(x)))
      .join(", ");
  }
  return String(v);
};

/** The fields of `next` whose shown value differs from `current`; fields `next` leaves out stay as they are. */
export function fieldChanges(current: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined || !(field in LABELS)) continue;
    const from = show(current[field]);
    const to = show(value);
    if (from !== to) changes.push({ field, label: LABELS[field]!, from, to });
  }
  return changes;
}

const MENTORING = new Set(MENTOR_ROLES);
const MENTORED = new Set(MENTEE_ROLES);

/** What someone currently is to others in a program: the sides they hold in pairs, groups or a rotation. */
export type Commitments = { mentors: boolean; isMentored: boolean; what: string[] };

/** Why a change from `from` to `to` cannot be confirmed now, or null when nobody is left without them. */
export function roleConflict(from: string, to: string, held: Commitments): string | null {
  if (from === to) return null;
  const losesMentor = held.mentors && !MENTORING.has(to);
  const losesMentee = held.isMentored && !MENTORED.has(to);
  if (!losesMentor && !losesMentee) return null;
  return (
    `Your role cannot change from ${from} to ${to} while you take part in ${held.what.join(" and ")} ` +
    `as ${from}. Ask the program's organisers to end it first, or sign up again keeping your role.`
  );
}
