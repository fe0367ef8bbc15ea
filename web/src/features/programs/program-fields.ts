/** The choices of the program form: kinds, its whole-number settings, and the profile fields the sign-up form may ask. */
import type { NumberSpec } from "../../lib/Field";
import { RETENTION_MONTHS } from "../../../../workers/domain/audit";
export const KINDS = ["one-to-one", "group", "peer", "reverse", "speed", "roulette"] as const;
export const FIELDS: [string, string][] = [
  ["department", "Department"],
  ["title", "Job title"],
  ["location", "Location"],
  ["timezone", "Time zone"],
  ["yearsExperience", "Years of experience"],
  ["skillsOffered", "Skills offered"],
  ["skillsSought", "Skills sought"],
  ["goals", "Goals"],
  ["format", "Preferred format"],
  ["frequency", "Meeting frequency"],
  ["languages", "Languages"],
];

/** The program's whole-number settings, each drawn by `NumberField`. */
export const NUMBERS = {
  cycleWeeks: {
    id: "p-cycle",
    label: "Weeks per rotation cycle",
    hint: "Juniors and seniors get a new partner at the start of each cycle of the term",
    range: [1, 26],
  },
  meetingEveryDays: {
    id: "p-meetings",
    label: "Pairs meet every (days)",
    hint: "Sets when a pair counts as quiet (1.5 times it) or stalled (3 times) and when it is nudged; empty: 21 and 42 days",
    range: [7, 90],
  },
  defaultCapacity: {
    id: "p-capacity",
    label: "Default mentor capacity",
    hint: "Mentees per mentor unless a mentor says otherwise",
    range: [1, 20],
  },
  retentionMonths: {
    id: "p-retention",
    label: "Keep its data after the end (months)",
    hint: "The program's data is deleted this long after its end date; its managers are warned a month before",
    range: [RETENTION_MONTHS.min, RETENTION_MONTHS.max],
  },
} satisfies Record<string, NumberSpec>;
