/**
 * @module domain/matching/plan
 * A whole matching run over plain data: hard constraints, scores for every allowed pair, locked pairs
 * placed first, the exact assignment for the rest, and for everyone left over the reason why.
 */
import { explain, scorePair, type MatchPerson, type MatchSettings } from "./score";
import { solveAssignment } from "./solver";

export type Mentor = MatchPerson & { capacity: number; managerEmail: string | null };
export type Mentee = MatchPerson & { managerEmail: string | null };
export type PairKey = `${string}|${string}`;
export const pairKey = (mentorId: string, menteeId: string): PairKey => `${mentorId}|${menteeId}`;

export type MatchInput = {
  mentors: Mentor[];
  mentees: Mentee[];
  settings: MatchSettings;
  /** Pairs that must be made (the admin locked them), kept whatever they score. */
  locked?: PairKey[];
  /** Pairs that must never be made: banned by the admin, or together before in this program. */
  excluded?: PairKey[];
  at?: Date;
};
export type MatchedPair = { mentorId: string; menteeId: string; score: number; reasons: string[]; locked: boolean };
export type MatchResult = {
  pairs: MatchedPair[];
  unmatched: { personId: string; email: string; reason: string }[];
  stats: { matched: number; totalScore: number };
};

/** Why a pair may not be made, or null when it may. */
export function forbiddenBecause(mentor: Mentor, mentee: Mentee, s: MatchSettings, excluded: Set<string>) {
  if (mentor.id === mentee.id) return "the same person";
  if (mentor.managerEmail === mentee.email || mentee.managerEmail === mentor.email) return "manager and report";
  if (excluded.has(pairKey(mentor.id, mentee.id))) return "excluded";
  if (s.requireSharedLanguage && mentor.languages.length && mentee.languages.length) {
    if (!mentor.languages.some((l) => mentee.languages.includes(l))) return "no shared language";
  }
  return null;
}

export function planMatches(input: MatchInput): MatchResult {
  const { mentors, mentees, settings } = input;
  const at = input.at ?? new Date();
  const excluded = new Set<string>(input.excluded ?? []);
  const locked = new Set<string>(input.locked ?? []);
  const seatsLeft = mentors.map((m) => Math.max(0, m.capacity));
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const pairs: MatchedPair[] = [];
  const placed = new Set<string>();

  for (const key of locked) {
    const [mentorId, menteeId] = key.split("|") as [string, string];
    const i = mentorIndex.get(mentorId);
    const mentee = mentees.find((m) => m.id === menteeId);
    if (i === undefined || !mentee || placed.has(menteeId)) continue;
    const { score, reasons } = scorePair(mentors[i]!, mentee, settings, at);
    pairs.push({ mentorId, menteeId, score, reasons, locked: true });
    seatsLeft[i] = Math.max(0, seatsLeft[i]! - 1);
    placed.add(menteeId);
  }

  const open = mentees.filter((m) => !placed.has(m.id));
  const edges: { mentor: number; mentee: number; score: number }[] = [];
  const scored = new Map<string, { score: number; reasons: string[] }>();
  const blockers = new Map<string, Set<string>>();
  open.forEach((mentee, k) => {
    mentors.forEach((mentor, i) => {
      const why = forbiddenBecause(mentor, mentee, settings, excluded);
      if (why) {
        if (!blockers.has(mentee.id)) blockers.set(mentee.id, new Set());
        blockers.get(mentee.id)!.add(why);
        return;
      }
      const s = scorePair(mentor, mentee, settings, at);
      scored.set(pairKey(mentor.id, mentee.id), s);
      edges.push({ mentor: i, mentee: k, score: s.score });
    });
  });
  const solved = solveAssignment({ capacities: seatsLeft, menteeCount: open.length, edges });
  for (const p of solved.pairs) {
    const mentor = mentors[p.mentor]!;
    const mentee = open[p.mentee]!;
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      score: p.score,
      reasons: scored.get(pairKey(mentor.id, mentee.id))!.reasons,
      locked: false,
    });
    placed.add(mentee.id);
  }

  const hasEdge = new Set(edges.map((e) => e.mentee));
  const unmatched = open
    .map((mentee, k) => ({ mentee, k }))
    .filter(({ mentee }) => !placed.has(mentee.id))
    .map(({ mentee, k }) => ({
      personId: mentee.id,
      email: mentee.email,
      reason: hasEdge.has(k)
        ? "Every mentor who fits is full; more mentor seats would match them."
        : mentors.length === 0
          ? "There are no mentors yet."
          : `No mentor can be paired with them (${[...(blockers.get(mentee.id) ?? [])].join(", ")}).`,
    }));
  return {
    pairs,
    unmatched,
    stats: { matched: pairs.length, totalScore: pairs.reduce((s, p) => s + p.score, 0) },
  };
}

export { explain };
