/**
 * @module domain/matching/pruned
 * The exact assignment from a few candidates per person, proved by streaming: solve with each
 * mentee's best `k` pairs and each mentor's best, then walk every allowed pair one mentee's row at a
 * time, compare its reduced cost with the prices of the solution, and add back only the pairs that
 * could improve it; repeat until none can. Rows are asked for again each round rather than stored, so
 * memory grows with the candidates and one row, never with mentees times mentors.
 */
import { solveEdges, FORBIDDEN, type AssignmentProblem, type Assignment, type EdgeList } from "./solver";

const MAX_SCORE = 100;

/** Where the scores come from: one mentee's row against every mentor, `FORBIDDEN` where not allowed. */
export type RowSource = {
  menteeCount: number;
  capacities: number[];
  /** The row, either a view of stored scores or `buffer` filled in. */
  row: (mentee: number, buffer: Uint8Array) => Uint8Array;
  /** One pair's score, for a proof that needs only a few of a row's pairs. */
  pair?: (mentee: number, mentor: number) => number;
};
export type PrunedAssignment = Omit<Assignment, "prices"> & { rounds: number; added: number };
/** How many candidates: each mentee's best `perMentee`, each mentor's best `perSeat` a seat and `perMentee` more. */
export type Pruning = { perMentee: number; perSeat: number };

/** Pairs in growable typed arrays. */
class Pairs implements EdgeList {
  length = 0;
  mentee = new Int32Array(1024);
  mentor = new Int32Array(1024);
  score = new Uint8Array(1024);
  push(mentee: number, mentor: number, score: number) {
    if (this.length === this.mentee.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T) => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.mentee = grow(this.mentee);
      this.mentor = grow(this.mentor);
      this.score = grow(this.score);
    }
    this.mentee[this.length] = mentee;
    this.mentor[this.length] = mentor;
    this.score[this.length++] = score;
  }
}

/**
 * Keeps the `k` best of `count` listed pairs. Scores are whole numbers up to 100, so a histogram
 * finds the cut-off score in two passes over the list, without sorting it.
 */
function keepTop(
  mentor: Int32Array,
  score: Uint8Array,
  count: number,
  k: number,
  keep: (j: number, s: number) => void,
) {
  if (count === 0) return 0;
  const histogram = new Int32Array(MAX_SCORE + 1);
  for (let t = 0; t < count; t++) histogram[score[t]!]!++;
  let cut = MAX_SCORE;
  let above = 0;
  while (cut > 0 && above + histogram[cut]! < k) above += histogram[cut--]!;
  let atCut = k - above;
  let added = 0;
  for (let t = 0; t < count; t++) {
    const s = score[t]!;
    if (s < cut || (s === cut && atCut <= 0)) continue;
    if (s === cut) atCut--;
    keep(mentor[t]!, s);
    added++;
  }
  return added;
}

/**
 * Each mentor's best mentees, kept in one min-heap a mentor while the rows go by: a mentor whom no
 * mentee ranks high would otherwise keep empty seats, and every pair with them would fail the proof.
 */
function mentorHeaps(capacities: number[], p: Pruning) {
  const offset = new Int32Array(capacities.length + 1);
  capacities.forEach((c, j) => (offset[j + 1] = offset[j]! + (c > 0 ? p.perSeat * c + p.perMentee : 0)));
  const score = new Uint8Array(offset[capacities.length]!);
  const mentee = new Int32Array(score.length);
  const size = new Int32Array(capacities.length);
  const offer = (j: number, i: number, s: number) => {
    const base = offset[j]!;
    const want = offset[j + 1]! - base;
    const leaf = size[j]! < want;
    let at: number;
    if (leaf) at = size[j]!++;
    else if (s > score[base]!)
      at = 0; // the new entry replaces the least
    else return;
    if (leaf) {
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (score[base + parent]! <= s) break;
        score[base + at] = score[base + parent]!;
        mentee[base + at] = mentee[base + parent]!;
        at = parent;
      }
    } else {
      const n = size[j]!;
      for (;;) {
        let c = 2 * at + 1;
        if (c >= n) break;
        if (c + 1 < n && score[base + c + 1]! < score[base + c]!) c++;
        if (score[base + c]! >= s) break;
        score[base + at] = score[base + c]!;
        mentee[base + at] = mentee[base + c]!;
        at = c;
      }
    }
    score[base + at] = s;
    mentee[base + at] = i;
  };
  const drain = (keep: (i: number, j: number, s: number) => void) => {
    for (let j = 0; j < capacities.length; j++) {
      for (let t = 0; t < size[j]!; t++) keep(mentee[offset[j]! + t]!, j, score[offset[j]! + t]!);
    }
  };
  return { offer, drain };
}

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
  let byMentee = groupByMentee(kept, menteeCount, mentors);
  kept = byMentee.pairs;
  const stamp = new Int32Array(mentors).fill(-1);
  let rounds = 0;
  let added = 0;
  for (;;) {
    rounds++;
    const result = solveEdges(capacities, menteeCount, kept);
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
      let lo = 0;
      let hi = prices.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prices[mid]! > threshold) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) continue;
      for (let e = byMentee.start[i]!; e < byMentee.start[i + 1]!; e++) stamp[kept.mentor[e]!] = i;
      // Scoring a few pairs one by one beats a whole row up to about a quarter of it.
      const row = src.pair && lo * 4 < mentors ? null : src.row(i, buffer);
      let count = 0;
      for (let t = 0; t < lo; t++) {
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
    if (violators === 0) {
      const { prices: _, ...rest } = result;
      return { ...rest, rounds, added };
    }
    added += violators;
    byMentee = groupByMentee(kept, menteeCount, mentors);
    kept = byMentee.pairs;
  }
}

/** The pairs sorted by mentee (counting sort), each pair once, with where each mentee's pairs start. */
function groupByMentee(pairs: Pairs, menteeCount: number, mentors: number) {
  const start = new Int32Array(menteeCount + 1);
  for (let e = 0; e < pairs.length; e++) start[pairs.mentee[e]! + 1]!++;
  for (let i = 0; i < menteeCount; i++) start[i + 1]! += start[i]!;
  const at = start.slice(0, menteeCount);
  const order = new Int32Array(pairs.length);
  for (let e = 0; e < pairs.length; e++) order[at[pairs.mentee[e]!]!++] = e;
  const sorted = new Pairs();
  const seen = new Int32Array(mentors).fill(-1);
  const unique = new Int32Array(menteeCount + 1);
  for (let i = 0; i < menteeCount; i++) {
    unique[i] = sorted.length;
    for (let t = start[i]!; t < start[i + 1]!; t++) {
      const e = order[t]!;
      const j = pairs.mentor[e]!;
      if (seen[j] === i) continue;
      seen[j] = i;
      sorted.push(i, j, pairs.score[e]!);
    }
  }
  unique[menteeCount] = sorted.length;
  return { pairs: sorted, start: unique };
}

/** `solveRows` over an explicit list of allowed pairs, with each mentee's `k` best as candidates. */
export function solvePruned(problem: AssignmentProblem, k: number) {
  const mentors = problem.capacities.length;
  const rows = Array.from({ length: problem.menteeCount }, () => new Uint8Array(mentors).fill(FORBIDDEN));
  for (const e of problem.edges) rows[e.mentee]![e.mentor] = e.score;
  return solveRows({ ...problem, row: (i) => rows[i]! }, { perMentee: k, perSeat: 6 });
}
