/**
 * @module domain/rotations/assign
 * One cycle's exact assignment with strict priorities: the most pairs, then the most fairness, then the
 * best fit. The solver takes a single 0–100 score per pair, too narrow for fairness to outweigh any sum
 * of fit along a long chain of swaps, so fairness is checked on its own: when the best fair-plus-fit
 * plan gives up fairness, fit is only allowed to rearrange the people and seats of the fairest plan.
 */
import { solveAssignment } from "../matching/solver";

/** A seat (the solver's mentor) and a person (its mentee) with the two parts of their weight. */
export type WeightedEdge = { mentor: number; mentee: number; fair: number; fit: number };
export type Pair = { mentor: number; mentee: number };

const solve = (capacities: number[], menteeCount: number, edges: WeightedEdge[], score: (e: WeightedEdge) => number) =>
  solveAssignment({
    capacities,
    menteeCount,
    edges: edges.map((e) => ({ mentor: e.mentor, mentee: e.mentee, score: score(e) })),
  }).pairs;

/** The most pairs, then the most total `fair`, then the most total `fit` (fair + fit ≤ 100 per edge). */
export function assignFairFirst(capacities: number[], menteeCount: number, edges: WeightedEdge[]): Pair[] {
  const edge = new Map(edges.map((e) => [e.mentor * menteeCount + e.mentee, e]));
  const fairness = (pairs: Pair[]) => pairs.reduce((s, p) => s + edge.get(p.mentor * menteeCount + p.mentee)!.fair, 0);
  const both = solve(capacities, menteeCount, edges, (e) => e.fair + e.fit);
  const fairest = solve(capacities, menteeCount, edges, (e) => e.fair);
  if (fairness(both) >= fairness(fairest)) return both;
  // Same seats filled, same people placed: every such plan is as fair, and the fullest one is the best fit.
  const seats = capacities.map(() => 0);
  const placed = new Set<number>();
  for (const p of fairest) {
    seats[p.mentor]!++;
    placed.add(p.mentee);
  }
  const kept = edges.filter((e) => seats[e.mentor]! > 0 && placed.has(e.mentee));
  return solve(seats, menteeCount, kept, (e) => e.fit);
}
