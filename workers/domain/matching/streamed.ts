/**
 * @module domain/matching/streamed
 * The exact assignment of a company-sized run without scoring every pair: candidates come from the
 * index of skills and goal words (candidates.ts), the problem is solved over them, and the result is
 * proved by streaming every mentee's possible violators from the index and the prices, adding back
 * only the pairs whose reduced cost is negative and solving again, until there are none. The proof
 * skips a whole mentee when even their best possible score beside the highest price cannot violate, or
 * when the room their pairs left below their limit last round outlasts how far the prices moved.
 *
 * The work goes in steps over a state of plain typed arrays (`SolveState`), so a run can stop after
 * any step, store the state and go on in another invocation with exactly the same result: gathering
 * the candidates, each solve, and the proof a slice of mentees at a time.
 */
import { MARGIN, type indexMentors } from "./candidates";
import { groupByMentee, keepTop, kthBest, mentorHeaps, Pairs, worthRepairing, type Pruning } from "./pairs";
import type { PrunedAssignment } from "./pruned";
import { byRise, RISEN } from "./rises";
import { countAbove } from "./descending";
import { solveEdges, type Prices } from "./solver";

export type MentorIndex = ReturnType<typeof indexMentors>;

/** Where a solve stands between two steps. */
export type SolveState = {
  phase: "solve" | "prove" | "done";
  /** Rounds solved so far, and pairs the proof added back over them. */
  rounds: number;
  added: number;
  /** The candidates, grouped by mentee (`start[k]`..`start[k + 1]` are mentee k's). */
  kept: Pairs;
  start: Int32Array;
  /** Pairs the proof has added this round, merged into `kept` once the round is over. */
  fresh: Pairs;
  /** The next mentee the proof looks at, and how many violators it found so far this round. */
  next: number;
  violators: number;
  /** Whether the next solve repairs the last one (its potentials and assignment). */
  repair: boolean;
  /** The last solve: its potentials and each mentee's mentor (-1: none), prices, pair weight. */
  potential: Float64Array;
  mentorOf: Int32Array;
  menteePrice: Float64Array;
  mentorPrice: Float64Array;
  pairBase: number;
  /** Seated mentors by price, highest first, and the most a mentor's price rose since the last round. */
  order: Int32Array;
  rise: number;
  /** The most mentee k can score with anyone: their best neighbour, or what a non-neighbour may get. */
  bestBound: Float64Array;
  /** How far below their limit mentee k's unchecked pairs stayed (-Infinity: look again), and against what. */
  slack: Float64Array;
  lastLimit: Float64Array;
  lastPrice: Float64Array;
};

/** The first step: each mentee's best neighbours and each mentor's best mentees as candidates. */
export function startIndexed(
  index: MentorIndex,
  capacities: number[],
  menteeCount: number,
  p: Pruning,
  progress?: (done: number, total: number) => void,
): SolveState {
  const mentors = capacities.length;
  const { listMentor, listScore, list, reset, size } = scratch(mentors);
  const bestBound = new Float64Array(menteeCount);
  const kept = new Pairs();
  const heaps = mentorHeaps(capacities, p);
  const mine = kthBest(p.perMentee);
  // A pair scoring below both the mentee's best few so far and the mentor's cannot be a candidate.
  const floor = (j: number) => Math.min(mine.cut(), heaps.least(j) + 1);
  for (let k = 0; k < menteeCount; k++) {
    if (progress && k % 500 === 0) progress(k, menteeCount);
    reset();
    mine.reset();
    let best = index.restBound;
    const visit = (j: number, score: number) => {
      list(j, score);
      mine.offer(score);
      heaps.offer(j, k, score);
      if (score > best) best = score;
    };
    index.neighbours(k, visit, floor);
    bestBound[k] = best;
    keepTop(listMentor, listScore, size(), p.perMentee, (j, s) => kept.push(k, j, s));
  }
  heaps.drain((k, j, s) => kept.push(k, j, s));
  const grouped = groupByMentee(kept, menteeCount, mentors);
  return {
    phase: "solve",
    rounds: 0,
    added: 0,
    kept: grouped.pairs,
    start: grouped.start,
    fresh: new Pairs(),
    next: 0,
    violators: 0,
    repair: false,
    potential: new Float64Array(0),
    mentorOf: new Int32Array(menteeCount).fill(-1),
    menteePrice: new Float64Array(menteeCount),
    mentorPrice: new Float64Array(mentors),
    pairBase: 0,
    order: new Int32Array(0),
    rise: 0,
    bestBound,
    slack: new Float64Array(menteeCount).fill(-Infinity),
    lastLimit: new Float64Array(menteeCount),
    lastPrice: new Float64Array(mentors),
  };
}

/**
 * One step from `s` (changed in place): a solve over the candidates, or the proof over the next
 * `slice` mentees. After the last slice of a round that added nothing, the phase is "done".
 */
export function stepIndexed(s: SolveState, index: MentorIndex, capacities: number[], p: Pruning, slice: number) {
  const menteeCount = s.bestBound.length;
  if (s.phase === "solve") {
    const warm = s.repair ? { potential: s.potential, mentorOf: s.mentorOf } : undefined;
    const result = solveEdges(capacities, menteeCount, s.kept, warm);
    s.rounds++;
    s.potential = result.warm.potential;
    s.mentorOf = result.warm.mentorOf;
    takePrices(s, index, result.prices);
    return;
  }
  if (s.phase !== "prove") return;
  const mentors = capacities.length;
  const { listMentor, listScore, list, reset, size } = scratch(mentors);
  const sorted = Float64Array.from(s.order, (j) => s.mentorPrice[j]!);
  const highest = sorted.length ? sorted[0]! : -Infinity;
  const knownBy = new Int32Array(mentors).fill(-1);
  let current = -1;
  const known = (j: number) => knownBy[j] === current;
  const rises = byRise(s);
  const end = Math.min(menteeCount, s.next + slice);
  for (let k = s.next; k < end; k++) {
    const limit = s.menteePrice[k]! - s.pairBase;
    // How far any price may have risen without a pair of theirs not known reaching their limit: what
    // was left below it last round, moved by how much the limit moved.
    const room = s.slack[k]! + (limit - s.lastLimit[k]!);
    // A lower bound on `limit - score - price` over those pairs, from their best score.
    let slack = limit - s.bestBound[k]! - highest;
    s.lastLimit[k] = limit;
    current = k;
    for (let e = s.start[k]!; e < s.start[k + 1]!; e++) knownBy[s.kept.mentor[e]!] = k;
    if (room - s.rise >= 0) slack = Math.max(slack, room - s.rise);
    else if (room >= 0 && room > slack) {
      // Prices mostly move about as much as the limits: the few mentors whose price rose by more than
      // the room are checked pair by pair, which is much cheaper than checking the mentee whole.
      const over = countAbove(rises.rise, room);
      if (over <= RISEN) {
        const top = index.risenTop(k, rises.mentor, over, s.mentorPrice, s.bestBound[k]!, limit, known);
        const rest = over < rises.rise.length ? room - rises.rise[over]! : Infinity;
        slack = Math.max(slack, Math.min(rest, limit - top));
      }
    }
    s.slack[k] = slack;
    if (slack >= 0) continue;
    reset();
    // The first round finds violators for nearly everyone, who are all checked again in the next: a
    // margin below their limit would buy nothing.
    const margin = s.rounds > 1 ? MARGIN : 0;
    const top = index.violations(k, limit, s.mentorPrice, s.order, sorted, known, list, margin);
    s.slack[k] = size() ? -Infinity : limit - top;
    // Only each mentee's best few violators are added: they are the likeliest to matter, the
    // problem stays small, and the next round's prices judge the rest again.
    s.violators += keepTop(listMentor, listScore, size(), p.perMentee, (j, sc) => s.fresh.push(k, j, sc));
  }
  s.next = end;
  if (end < menteeCount) return;
  s.lastPrice.set(s.mentorPrice);
  if (s.violators === 0) {
    s.phase = "done";
    return;
  }
  s.added += s.violators;
  s.repair = worthRepairing(s.violators, menteeCount);
  const all = s.kept;
  for (let e = 0; e < s.fresh.length; e++) all.push(s.fresh.mentee[e]!, s.fresh.mentor[e]!, s.fresh.score[e]!);
  const grouped = groupByMentee(all, menteeCount, mentors);
  s.kept = grouped.pairs;
  s.start = grouped.start;
  s.fresh = new Pairs();
  s.phase = "solve";
}

/** Takes a solve's prices into `s`, which makes the proof's next round check against them. */
export function takePrices(s: SolveState, index: MentorIndex, prices: Prices) {
  s.menteePrice = prices.mentee;
  s.mentorPrice = prices.mentor;
  s.pairBase = prices.pairBase;
  const price = s.mentorPrice;
  s.order = Int32Array.from(index.seated).sort((a, b) => price[b]! - price[a]!);
  // No pair's `score + price` rose by more than the most any mentor's price rose.
  s.rise = -Infinity;
  for (const j of s.order) s.rise = Math.max(s.rise, price[j]! - s.lastPrice[j]!);
  s.phase = "prove";
  s.next = 0;
  s.violators = 0;
  s.fresh = new Pairs();
}

/** The assignment a finished state proved optimal. */
export function resultOf(s: SolveState): PrunedAssignment {
  const pairs: PrunedAssignment["pairs"] = [];
  for (let k = 0; k < s.mentorOf.length; k++) {
    const j = s.mentorOf[k]!;
    if (j < 0) continue;
    for (let e = s.start[k]!; e < s.start[k + 1]!; e++) {
      if (s.kept.mentor[e] === j) pairs.push({ mentor: j, mentee: k, score: s.kept.score[e]! });
    }
  }
  const totalScore = pairs.reduce((sum, q) => sum + q.score, 0);
  return { pairs, matched: pairs.length, totalScore, rounds: s.rounds, added: s.added };
}

/** Solves exactly in one go; `progress` hears how many mentees the first pass has scored. */
export function solveIndexed(
  index: MentorIndex,
  capacities: number[],
  menteeCount: number,
  p: Pruning,
  progress?: (done: number, total: number) => void,
): PrunedAssignment {
  const s = startIndexed(index, capacities, menteeCount, p, progress);
  while (s.phase !== "done") stepIndexed(s, index, capacities, p, menteeCount);
  return resultOf(s);
}

/** A scratch list of one mentee's pairs being considered. */
function scratch(mentors: number) {
  const listMentor = new Int32Array(mentors);
  const listScore = new Uint8Array(mentors);
  let count = 0;
  return {
    listMentor,
    listScore,
    list: (j: number, score: number) => {
      listMentor[count] = j;
      listScore[count++] = score;
    },
    reset: () => (count = 0),
    size: () => count,
  };
}
