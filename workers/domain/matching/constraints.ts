/**
 * @module domain/matching/constraints
 * The hard constraints of a pair (never oneself, never one's manager or report, never an excluded pair,
 * a shared language when the program asks) and the score matrix of a run: every allowed pair's score,
 * `FORBIDDEN` for the rest.
 */
import { pairScorer } from "./fast-score";
import type { MatchPerson, MatchSettings } from "./score";
import { FORBIDDEN } from "./solver";

export type Mentor = MatchPerson & { capacity: number; managerEmail: string | null };
export type Mentee = MatchPerson & { managerEmail: string | null };
export type PairKey = `${string}|${string}`;
export const pairKey = (mentorId: string, menteeId: string): PairKey => `${mentorId}|${menteeId}`;

/** Why a pair may not be made, in words, or null when it may. */
export function forbiddenBecause(mentor: Mentor, mentee: Mentee, s: MatchSettings, excluded: Set<string>) {
  if (mentor.id === mentee.id) return "the same person";
  if (mentor.managerEmail === mentee.email || mentee.managerEmail === mentor.email) return "manager and report";
  if (excluded.has(pairKey(mentor.id, mentee.id))) return "excluded";
  if (s.requireSharedLanguage && mentor.languages.length && mentee.languages.length) {
    if (!mentor.languages.some((l) => mentee.languages.includes(l))) return "no shared language";
  }
  return null;
}

/** Languages as bitmasks when there are few enough of them (the usual case); otherwise null. */
function languageMasks(mentors: MatchPerson[], mentees: MatchPerson[]) {
  const ids = new Map<string, number>();
  for (const p of [...mentors, ...mentees]) for (const l of p.languages) if (!ids.has(l)) ids.set(l, ids.size);
  if (ids.size > 31) return null;
  const mask = (p: MatchPerson) => p.languages.reduce((m, l) => m | (1 << ids.get(l)!), 0);
  return { mentor: Int32Array.from(mentors, mask), mentee: Int32Array.from(mentees, mask) };
}

/**
 * Scores every mentee (row) against every mentor (column), one byte a pair. `progress` hears how many
 * rows are done. The same rules as `forbiddenBecause`, without building a string per pair.
 */
export function scoreMatrix(
  mentors: Mentor[],
  mentees: Mentee[],
  s: MatchSettings,
  excluded: Iterable<string>,
  at: Date,
  progress?: (done: number, total: number) => void,
) {
  const score = pairScorer(mentors, mentees, s, at);
  const scores = new Uint8Array(mentees.length * mentors.length);
  const masks = s.requireSharedLanguage ? languageMasks(mentors, mentees) : null;
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const managerOf = new Map<string, number[]>(); // email → mentors whose manager has that email
  mentors.forEach((m, i) => {
    if (m.managerEmail) managerOf.set(m.managerEmail, [...(managerOf.get(m.managerEmail) ?? []), i]);
  });
  const mentorByEmail = new Map(mentors.map((m, i) => [m.email, i]));
  const none = new Set<string>();
  for (let k = 0; k < mentees.length; k++) {
    if (progress && k % 500 === 0) progress(k, mentees.length);
    const mentee = mentees[k]!;
    const row = k * mentors.length;
    for (let i = 0; i < mentors.length; i++) {
      if (masks && masks.mentor[i] && masks.mentee[k] && !(masks.mentor[i]! & masks.mentee[k]!)) {
        scores[row + i] = FORBIDDEN;
      } else if (!masks && s.requireSharedLanguage && forbiddenBecause(mentors[i]!, mentee, s, none)) {
        scores[row + i] = FORBIDDEN;
      } else {
        scores[row + i] = score(i, k);
      }
    }
    // The few pairs that involve the same person or a manager: set by lookup rather than compared per pair.
    const forbid = (i: number | undefined) => {
      if (i !== undefined) scores[row + i] = FORBIDDEN;
    };
    forbid(mentorIndex.get(mentee.id));
    for (const i of managerOf.get(mentee.email) ?? []) forbid(i);
    if (mentee.managerEmail) forbid(mentorByEmail.get(mentee.managerEmail));
  }
  const menteeIndex = new Map(mentees.map((m, k) => [m.id, k]));
  for (const key of excluded) {
    const [mentorId, menteeId] = key.split("|") as [string, string];
    const i = mentorIndex.get(mentorId);
    const k = menteeIndex.get(menteeId);
    if (i !== undefined && k !== undefined) scores[k * mentors.length + i] = FORBIDDEN;
  }
  progress?.(mentees.length, mentees.length);
  return scores;
}
