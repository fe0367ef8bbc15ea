/**
 * @module domain/matching/pairs
 * Candidate pairs in typed arrays, and how the pruned solvers choose them: each mentee's best few
 * (`keepTop`), each mentor's best few (`mentorHeaps`), grouped by mentee for the proof.
 */
import type { EdgeList } from "./solver";

const MAX_SCORE = 100;

/** How many candidates: each mentee's best `perMentee`, each mentor's best `perSeat` a seat and `perMentee` more. */
export type Pruning = { perMentee: number; perSeat: number };

/**
 * Whether to repair the last solve with the pairs a proof added rather than solve afresh: a repair
 * costs a path search for about every pair taken, so beyond one mentee in two dozen, afresh is faster
 * (measured on the bench's companies of 20,000 and 50,000).
 */
export const worthRepairing = (added: number, menteeCount: number) => added * 24 <= menteeCount;

/** Pairs in growable typed arrays. */
export class Pairs implements EdgeList {
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
export function keepTop(
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

/** The `k`-th best of the scores offered so far (0 until there are `k`): a lower score cannot be among the `k` best. */
export function kthBest(k: number) {
  // The best so far, ascending, at the end of the array: best[k - count .. k - 1].
  const best = new Int32Array(k);
  let count = 0;
  return {
    offer(s: number) {
      if (count === k && s <= best[0]!) return;
      let at = count < k ? k - ++count : 0;
      for (; at + 1 < k && best[at + 1]! < s; at++) best[at] = best[at + 1]!;
      best[at] = s;
    },
    cut: () => (count < k ? 0 : best[0]!),
    reset: () => (count = 0),
  };
}

/**
 * Each mentor's best mentees, kept in one min-heap a mentor while the rows go by: a mentor whom no
 * mentee ranks high would otherwise keep empty seats, and every pair with them would fail the proof.
 */
export function mentorHeaps(capacities: number[], p: Pruning) {
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
  /** The least score mentor j's heap would still take a mentee above, or -1 while it has room. */
  const least = (j: number) => (size[j]! < offset[j + 1]! - offset[j]! ? -1 : score[offset[j]!]!);
  const drain = (keep: (i: number, j: number, s: number) => void) => {
    for (let j = 0; j < capacities.length; j++) {
      for (let t = 0; t < size[j]!; t++) keep(mentee[offset[j]! + t]!, j, score[offset[j]! + t]!);
    }
  };
  return { offer, least, drain };
}

/** The pairs sorted by mentee (counting sort), each pair once, with where each mentee's pairs start. */
export function groupByMentee(pairs: Pairs, menteeCount: number, mentors: number) {
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
