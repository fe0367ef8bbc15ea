/**
 * @module domain/matching/plan
 * A whole matching run over plain data: hard constraints, scores for every allowed pair, locked pairs
 * placed first, the exact assignment for the rest, and for everyone left over the reason why.
 */
import { indexMentors } from "./candidates";
import { forbiddenBecause, pairRules, scoreMatrix, type Mentee, type Mentor, type PairKey } from "./constraints";
import { packProfiles } from "./packed";
import type { Pruning } from "./pairs";
import { solveIndexed } from "./streamed";
import { scorePair, type MatchSettings } from "./score";
import { solveMatrix } from "./matrix";
import { FORBIDDEN } from "./solver";

export { forbiddenBecause, pairKey, type Mentee, type Mentor, type PairKey } from "./constraints";

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
  unmatched: { personId: string; email: string; name: string; reason: string }[];
  stats: { matched: number; totalScore: number };
};

/**
 * Above this many mentees times mentors, scores are not stored but computed again for each round of the
 * proof: 16 MB of matrix is where the memory of a Worker (128 MB) starts to matter more than the CPU
 * time of scoring again.
 */
export const MATRIX_MAX_CELLS = 16_000_000;
/**
 * Fewer candidates than the matrix path keeps (at 50,000 people, 20 a mentee would be 60 MB of arcs),
 * but not too few: with 8 a mentee, the first solve's prices found 217,000 pairs left out that could
 * improve it, and the proof's first two rounds and solves took half the run; with 16, a quarter as
 * many, and the whole run took a fifth less CPU (bench/scale.ts) for 10 MB more of arcs.
 */
const STREAM_PRUNING: Pruning = { perMentee: 16, perSeat: 3 };

/** A run after its locked pairs are placed: who is still open, with the seats left. */
export type PlanSetup = ReturnType<typeof placeLocked>;

/** Places the locked pairs (while their mentor has a seat); the rest are open for the solve. */
export function placeLocked(input: MatchInput) {
  const { mentors, mentees, settings } = input;
  const at = input.at ?? new Date();
  const excluded = new Set<string>(input.excluded ?? []);
  const seatsLeft = mentors.map((m) => Math.max(0, m.capacity));
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const pairs: MatchedPair[] = [];
  const placed = new Set<string>();
  const lockedOut = new Map<string, string>();

  for (const key of new Set(input.locked ?? [])) {
    const [mentorId, menteeId] = key.split("|") as [string, string];
    const i = mentorIndex.get(mentorId);
    const mentee = menteeById.get(menteeId);
    if (i === undefined || !mentee || placed.has(menteeId)) continue;
    const mentor = mentors[i]!;
    if (seatsLeft[i]! <= 0) {
      lockedOut.set(menteeId, `Locked to ${mentor.name}, who has no free seat.`);
      continue;
    }
    const { score, reasons } = scorePair(mentor, mentee, settings, at);
    pairs.push({ mentorId, menteeId, score, reasons, locked: true });
    seatsLeft[i]!--;
    placed.add(menteeId);
  }
  const open = mentees.filter((m) => !placed.has(m.id) && !lockedOut.has(m.id));
  return { input, at, excluded, seatsLeft, pairs, placed, lockedOut, open };
}

/** Whether the open mentees are few enough to score every pair into a matrix. */
export const fitsMatrix = (setup: PlanSetup, tuning: PlanTuning = {}) =>
  setup.open.length * setup.input.mentors.length <= (tuning.matrixMaxCells ?? MATRIX_MAX_CELLS);

/** The streamed solve's index of the open mentees' candidates, and the rules behind it. */
export function indexOpen(setup: PlanSetup) {
  const { input, open, excluded, at, seatsLeft } = setup;
  const rules = pairRules(input.mentors, open, input.settings, excluded);
  const index = indexMentors(packProfiles(input.mentors, open, input.settings, at), seatsLeft, rules);
  return { rules, index };
}

export type PlanTuning = { matrixMaxCells?: number; pruning?: Pruning };
export const streamPruning = (tuning: PlanTuning = {}) => tuning.pruning ?? STREAM_PRUNING;

/**
 * Matches mentees to mentors: locked pairs first (while their mentor has a seat), then the exact
 * assignment over every allowed pair. `progress` hears how far scoring has got.
 */
export function planMatches(
  input: MatchInput,
  progress?: (done: number, total: number) => void,
  tuning: PlanTuning = {},
): MatchResult {
  const setup = placeLocked(input);
  const { open, seatsLeft, excluded, at } = setup;
  const { mentors, settings } = input;
  if (fitsMatrix(setup, tuning)) {
    const scores = scoreMatrix(mentors, open, settings, excluded, at, progress);
    const hasCandidate = new Set<string>();
    open.forEach((mentee, k) => {
      const row = scores.subarray(k * mentors.length, (k + 1) * mentors.length);
      if (row.some((score) => score !== FORBIDDEN)) hasCandidate.add(mentee.id);
    });
    return finishPlan(setup, solveMatrix({ capacities: seatsLeft, menteeCount: open.length, scores }), hasCandidate);
  }
  const { rules, index } = indexOpen(setup);
  const solved = solveIndexed(index, seatsLeft, open.length, streamPruning(tuning), progress);
  progress?.(open.length, open.length);
  return finishPlan(setup, solved, withCandidates(setup, rules));
}

/** The open mentees whom some mentor may be paired with, by the streamed solve's rules. */
export function withCandidates(setup: PlanSetup, rules: ReturnType<typeof pairRules>) {
  const hasCandidate = new Set<string>();
  const { mentors } = setup.input;
  setup.open.forEach((mentee, k) => {
    const blocked = rules.blockedOf(k);
    // Almost everyone is allowed with the first mentor or two, so this stops early.
    if (mentors.some((_, i) => rules.allowed(k, i) && !blocked.includes(i))) hasCandidate.add(mentee.id);
  });
  return hasCandidate;
}

/** The run's result from the solve of the open mentees: the pairs with their reasons, and who is left, with why. */
export function finishPlan(
  setup: PlanSetup,
  solved: { pairs: { mentor: number; mentee: number; score: number }[] },
  hasCandidate: Set<string>,
): MatchResult {
  const { input, open, at, excluded, lockedOut } = setup;
  const { mentors, mentees, settings } = input;
  const pairs = [...setup.pairs];
  const placed = new Set(setup.placed);
  for (const p of solved.pairs) {
    const mentor = mentors[p.mentor]!;
    const mentee = open[p.mentee]!;
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      score: p.score,
      reasons: scorePair(mentor, mentee, settings, at, false).reasons,
      locked: false,
    });
    placed.add(mentee.id);
  }

  const words: Record<string, string> = {
    "the same person": "only themselves",
    "manager and report": "their manager or report",
    excluded: "banned or paired before",
  };
  const blockers = (mentee: Mentee) =>
    [...new Set(mentors.map((m) => forbiddenBecause(m, mentee, settings, excluded)).filter((w) => w !== null))]
      .sort()
      .map((w) => words[w] ?? w)
      .join("; ");
  const unmatched = mentees
    .filter((mentee) => !placed.has(mentee.id))
    .map((mentee) => ({
      personId: mentee.id,
      email: mentee.email,
      name: mentee.name,
      reason:
        lockedOut.get(mentee.id) ??
        (hasCandidate.has(mentee.id)
          ? "Every mentor who fits is full; more mentor seats would match them."
          : mentors.length === 0
            ? "There are no mentors yet."
            : `No mentor can be paired with them (${blockers(mentee)}).`),
    }));
  return {
    pairs,
    unmatched,
    stats: { matched: pairs.length, totalScore: pairs.reduce((s, p) => s + p.score, 0) },
  };
}
