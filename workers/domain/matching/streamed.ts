/**
 * @module domain/matching/streamed
 * The exact assignment of a company-sized run without scoring every pair: candidates come from the
 * index of skills and goal words (candidates.ts), the problem is solved over them, and the result is
 * proved by streaming every mentee's possible violators from the index and the prices, adding back
 * only the pairs whose reduced cost is negative and solving again, until there are none. The proof
 * skips a whole mentee when even their best possible score beside the highest price cannot violate.
 */
import type { indexMentors } from "./candidates";
import { keepTop, mentorHeaps, Pairs, type Pruning } from "./pairs";
import { proveInRounds, type PrunedAssignment } from "./pruned";

type MentorIndex = ReturnType<typeof indexMentors>;

/** Solves exactly; `progress` hears how many mentees the first pass has scored. */
export function solveIndexed(
  index: MentorIndex,
  capacities: number[],
  menteeCount: number,
  p: Pruning,
  progress?: (done: number, total: number) => void,
): PrunedAssignment {
  const mentors = capacities.length;
  const listMentor = new Int32Array(mentors);
  const listScore = new Uint8Array(mentors);
  let count = 0;
  const list = (j: number, score: number) => {
    listMentor[count] = j;
    listScore[count++] = score;
  };
  /** The most mentee k can score with anyone: their best neighbour, or what a non-neighbour may get. */
  const bestBound = new Float64Array(menteeCount);
  let kept = new Pairs();
  const heaps = mentorHeaps(capacities, p);
  for (let k = 0; k < menteeCount; k++) {
    if (progress && k % 500 === 0) progress(k, menteeCount);
    count = 0;
    let best = index.restBound;
    index.neighbours(k, (j, score) => {
      list(j, score);
      heaps.offer(j, k, score);
      if (score > best) best = score;
    });
    bestBound[k] = best;
    keepTop(listMentor, listScore, count, p.perMentee, (j, s) => kept.push(k, j, s));
  }
  heaps.drain((k, j, s) => kept.push(k, j, s));

  const knownBy = new Int32Array(mentors).fill(-1);
  let current = -1;
  const known = (j: number) => knownBy[j] === current;
  // What a round learned of each mentee: how far below their limit every pair not yet a candidate
  // stayed (-Infinity: it must be looked at again), against which limit and mentors' prices.
  const slack = new Float64Array(menteeCount).fill(-Infinity);
  const lastLimit = new Float64Array(menteeCount);
  const lastPrice = new Float64Array(mentors);
  return proveInRounds(capacities, menteeCount, kept, (result, byMentee, kept) => {
    const { mentee: menteePrice, mentor: mentorPrice, pairBase } = result.prices;
    const order = Int32Array.from(index.seated).sort((a, b) => mentorPrice[b]! - mentorPrice[a]!);
    const sorted = Float64Array.from(order, (j) => mentorPrice[j]!);
    const highest = sorted.length ? sorted[0]! : -Infinity;
    // No pair's `score + price` rose by more than the most any mentor's price rose.
    let rise = -Infinity;
    for (const j of order) rise = Math.max(rise, mentorPrice[j]! - lastPrice[j]!);
    let violators = 0;
    for (let k = 0; k < menteeCount; k++) {
      const limit = menteePrice[k]! - pairBase;
      slack[k] = Math.max(slack[k]! + (limit - lastLimit[k]!) - rise, limit - bestBound[k]! - highest);
      lastLimit[k] = limit;
      if (slack[k]! >= 0) continue;
      current = k;
      for (let e = byMentee.start[k]!; e < byMentee.start[k + 1]!; e++) knownBy[kept.mentor[e]!] = k;
      count = 0;
      const top = index.violations(k, limit, mentorPrice, order, sorted, known, list);
      slack[k] = count ? -Infinity : limit - top;
      // Only each mentee's best few violators are added: they are the likeliest to matter, the
      // problem stays small, and the next round's prices judge the rest again.
      violators += keepTop(listMentor, listScore, count, p.perMentee, (j, s) => kept.push(k, j, s));
    }
    lastPrice.set(mentorPrice);
    return violators;
  });
}
