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
 * Each mentee's blocked mentors (themselves, their manager or report, excluded pairs) in one array:
 * mentee k's are `list[start[k]..start[k + 1]]`. Its own function, so that the maps it builds are
 * garbage once it returns, and flat, since a small array a mentee costs megabytes of heap at 50,000.
 */
function blockedLists(mentors: Mentor[], mentees: Mentee[], excluded: Iterable<string>) {
  const menteeOf: number[] = [];
  const mentorOf: number[] = [];
  const block = (k: number | undefined, i: number | undefined) => {
    if (k === undefined || i === undefined) return;
    menteeOf.push(k);
    mentorOf.push(i);
  };
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map(mentees.map((m, k) => [m.id, k]));
  const mentorByEmail = new Map(mentors.map((m, i) => [m.email, i]));
  const menteesByEmail = new Map<string, number[]>();
  mentees.forEach((m, k) => menteesByEmail.set(m.email, [...(menteesByEmail.get(m.email) ?? []), k]));
  mentees.forEach((mentee, k) => {
    block(k, mentorIndex.get(mentee.id));
    if (mentee.managerEmail) block(k, mentorByEmail.get(mentee.managerEmail));
  });
  mentors.forEach((m, i) => {
    if (m.managerEmail) for (const k of menteesByEmail.get(m.managerEmail) ?? []) block(k, i);
  });
  for (const key of excluded) {
    const [mentorId, menteeId] = key.split("|") as [string, string];
    block(menteeIndex.get(menteeId), mentorIndex.get(mentorId));
  }
  const start = new Int32Array(mentees.length + 1);
  for (const k of menteeOf) start[k + 1]!++;
  for (let k = 0; k < mentees.length; k++) start[k + 1]! += start[k]!;
  const at = start.slice(0, mentees.length);
  const list = new Int32Array(mentorOf.length);
  menteeOf.forEach((k, e) => (list[at[k]!++] = mentorOf[e]!));
  return { start, list };
}

/**
 * The hard constraints of every pair without a string a pair: `allowed(k, i)` checks the languages of
 * mentee k and mentor i, and `blockedOf(k)` lists the few mentors that are the mentee themselves, their
 * manager or report, or excluded, listed once per mentee rather than compared per pair.
 */
export function pairRules(mentors: Mentor[], mentees: Mentee[], s: MatchSettings, excluded: Iterable<string>) {
  const masks = s.requireSharedLanguage ? languageMasks(mentors, mentees) : null;
  const blocked = blockedLists(mentors, mentees, excluded);
  const none = new Set<string>();
  const mentorMask = masks?.mentor;
  const menteeMask = masks?.mentee;
  const allowed = mentorMask
    ? (k: number, i: number) => {
        const language = menteeMask![k]!;
        return !(language && mentorMask[i] && !(mentorMask[i]! & language));
      }
    : s.requireSharedLanguage
      ? (k: number, i: number) => !forbiddenBecause(mentors[i]!, mentees[k]!, s, none)
      : () => true;
  const blockedOf = (k: number) => blocked.list.subarray(blocked.start[k]!, blocked.start[k + 1]!);
  return { allowed, blockedOf };
}

/**
 * Scores one mentee (row) against every mentor, one byte a pair, `FORBIDDEN` where the pair may not be
 * made: the same rules as `forbiddenBecause`. Rows are computed when asked, so a run over tens of
 * thousands of people never holds mentees times mentors bytes.
 */
export function scoreRows(
  mentors: Mentor[],
  mentees: Mentee[],
  s: MatchSettings,
  excluded: Iterable<string>,
  at: Date,
) {
  const score = pairScorer(mentors, mentees, s, at);
  const { allowed, blockedOf } = pairRules(mentors, mentees, s, excluded);
  const fill = (k: number, out: Uint8Array) => {
    for (let i = 0; i < mentors.length; i++) out[i] = allowed(k, i) ? score(i, k) : FORBIDDEN;
    for (const i of blockedOf(k)) out[i] = FORBIDDEN;
    return out;
  };
  const pair = (k: number, i: number) => (allowed(k, i) && !blockedOf(k).includes(i) ? score(i, k) : FORBIDDEN);
  return { fill, pair };
}

/** Every row of `scoreRows` in one matrix; `progress` hears how many rows are done. */
export function scoreMatrix(
  mentors: Mentor[],
  mentees: Mentee[],
  s: MatchSettings,
  excluded: Iterable<string>,
  at: Date,
  progress?: (done: number, total: number) => void,
) {
  const { fill } = scoreRows(mentors, mentees, s, excluded, at);
  const scores = new Uint8Array(mentees.length * mentors.length);
  for (let k = 0; k < mentees.length; k++) {
    if (progress && k % 500 === 0) progress(k, mentees.length);
    fill(k, scores.subarray(k * mentors.length, (k + 1) * mentors.length));
  }
  progress?.(mentees.length, mentees.length);
  return scores;
}
