/**
 * @module domain/matching/pruned
 * The exact assignment from a few candidates per person, proved by streaming: solve with each
 * mentee's best `k` pairs and each mentor's best, then walk every allowed pair one mentee's row at a
 * time, compare its reduced cost with the prices of the solution, and add back only the pairs that
 * could improve it; repeat until none can. Rows are asked for again each round rather than stored, so
 * memory grows with the candidates and one row, never with mentees times mentors.
 */
import { solveEdges, FORBIDDEN, type AssignmentProblem, type Assignment, type WarmStart } from "./solver";
import { countAbove } from "./descending";
import { groupByMentee, keepTop, mentorHeaps, Pairs, worthRepairing, type Pruning } from "./pairs";

/** Where the scores come from: one mentee's row against every mentor, `FORBIDDEN` where not allowed. */
export type RowSource = {
  menteeCount: number;
  capacities: number[];
  /** The row, either a view of stored scores or `buffer` filled in. */
  row: (mentee: number, buffer: Uint8Array) => Uint8Array;
  /** One pair's score, for a proof that needs only a few of a row's pairs. */
  pair?: (mentee: number, mentor: number) => number;
};
export type { Pruning } from "./pairs";
export type PrunedAssignment = Omit<Assignment, "prices"> & { rounds: number; added: number };

/**
 * Solves exactly with candidates only, proving the pruning safe: any pair left out whose reduced cost
 * against the final prices is negative is added back and the problem solved again, until none is.
 * The result equals solving with every allowed pair.
 */
export function solveRows(src: RowSource, p: Pruning): PrunedAssignment {
  const { capacities, menteeCount } = src;
  const mentors = capacities.length;
  const buffer = new Uint8Array(mentors);
  // Scratch list of one mentee's pairs being considered.
  const listMentor = new Int32Array(mentors);
  const listScore = new Uint8Array(mentors);
  // A mentor without seats is on no improving path: never a candidate, never checked.
  const seated = Int32Array.from(capacities.flatMap((c, j) => (c > 0 ? [j] : [])));
  /** Each mentee's best allowed score (-1: none), which bounds every pair of theirs in the proof. */
  const best = new Int16Array(menteeCount).fill(-1);
  let kept = new Pairs();
  const heaps = mentorHeaps(capacities, p);
  for (let i = 0; i < menteeCount; i++) {
    const row = src.row(i, buffer);
    let count = 0;
    for (const j of seated) {
      const s = row[j]!;
      if (s === FORBIDDEN) continue;
      listMentor[count] = j;
      listScore[count++] = s;
      if (s > best[i]!) best[i] = s;
      heaps.offer(j, i, s);
    }
    keepTop(listMentor, listScore, count, p.perMentee, (j, s) => kept.push(i, j, s));
  }
  heaps.drain((i, j, s) => kept.push(i, j, s));
  const stamp = new Int32Array(mentors).fill(-1);
  return proveInRounds(capacities, menteeCount, kept, (result, byMentee, kept) => {
    const { mentee: menteePrice, mentor: mentorPrice, pairBase } = result.prices;
    // Seated mentors from the highest price down: a pair (i, j) can only improve the result when
    // its reduced cost `limit - score - price` is negative, and the score is at most the mentee's
    // best, so only the mentors priced above `limit - best` need looking at.
    const order = Int32Array.from(seated).sort((a, b) => mentorPrice[b]! - mentorPrice[a]!);
    const prices = Float64Array.from(order, (j) => mentorPrice[j]!);
    let violators = 0;
    for (let i = 0; i < menteeCount; i++) {
      if (best[i]! < 0) continue;
      const limit = menteePrice[i]! - pairBase;
      const threshold = limit - best[i]!;
      const above = countAbove(prices, threshold);
      if (above === 0) continue;
      for (let e = byMentee.start[i]!; e < byMentee.start[i + 1]!; e++) stamp[kept.mentor[e]!] = i;
      // Scoring a few pairs one by one beats a whole row up to about a quarter of it.
      const row = src.pair && above * 4 < mentors ? null : src.row(i, buffer);
      let count = 0;
      for (let t = 0; t < above; t++) {
        const j = order[t]!;
        if (stamp[j] === i) continue;
        const s = row ? row[j]! : src.pair!(i, j);
        if (s === FORBIDDEN || limit - s - mentorPrice[j]! >= 0) continue;
        listMentor[count] = j;
        listScore[count++] = s;
      }
      // Only each mentee's best few violators are added: they are the likeliest to matter, the
      // problem stays small, and the next round's prices judge the rest again.
      violators += keepTop(listMentor, listScore, count, p.perMentee, (j, s) => kept.push(i, j, s));
    }
    return violators;
  });
}

type Round = ReturnType<typeof solveEdges>;

/**
 * The proof's rounds, for the row-scored and the indexed solve alike: solve over the candidates,
 * let `addViolators` append to `kept` the left-out pairs whose reduced cost is negative under this
 * solution's prices (and say how many), and stop once there are none: then the solution is optimal
 * over every allowed pair.
 */
export function proveInRounds(
  capacities: number[],
  menteeCount: number,
  candidates: Pairs,
  addViolators: (result: Round, byMentee: ReturnType<typeof groupByMentee>, kept: Pairs) => number,
): PrunedAssignment {
  const mentors = capacities.length;
  let byMentee = groupByMentee(candidates, menteeCount, mentors);
  let kept = byMentee.pairs;
  let rounds = 0;
  let warm: WarmStart | undefined;
  let added = 0;
  for (;;) {
    rounds++;
    const result = solveEdges(capacities, menteeCount, kept, warm);
    warm = result.warm;
    const violators = addViolators(result, byMentee, kept);
    if (violators === 0) {
      const { prices: _, warm: __, ...rest } = result;
      return { ...rest, rounds, added };
    }
    added += violators;
    if (!worthRepairing(violators, menteeCount)) warm = undefined;
    byMentee = groupByMentee(kept, menteeCount, mentors);
    kept = byMentee.pairs;
  }
}

/** `solveRows` over an explicit list of allowed pairs, with each mentee's `k` best as candidates. */
export function solvePruned(problem: AssignmentProblem, k: number) {
  const mentors = problem.capacities.length;
  const rows = Array.from({ length: problem.menteeCount }, () => new Uint8Array(mentors).fill(FORBIDDEN));
  for (const e of problem.edges) rows[e.mentee]![e.mentor] = e.score;
  return solveRows({ ...problem, row: (i) => rows[i]! }, { perMentee: k, perSeat: 6 });
}
