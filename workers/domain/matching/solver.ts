/**
 * @module domain/matching/solver
 * Exact capacitated assignment: the most mentees matched, then the highest total score. It is one
 * maximum-weight problem with weight `B + score` per allowed pair, where B exceeds any possible score
 * total, solved as a min-cost flow by successive shortest paths with Johnson potentials (Dijkstra on
 * reduced costs), augmenting along every shortest path each round finds.
 *
 * Written here rather than taken from npm: the assignment packages (munkres, linear-sum-assignment)
 * take a dense matrix of doubles with one row per mentor seat, which for 10,000 people is hundreds of
 * megabytes, past a Worker's 128 MB; capacities, forbidden pairs and "most matched first" have to be
 * encoded into that matrix; and they give no dual prices, which the pruned solver (pruned.ts) needs to prove
 * that leaving most pairs out changed nothing. `npm run bench` compares them on the same instances.
 */
import { FlowGraph } from "./flow";

export type Edge = { mentor: number; mentee: number; score: number };
export type AssignmentProblem = {
  /** Seats per mentor (index = mentor). */
  capacities: number[];
  menteeCount: number;
  /** Allowed pairs with integer scores from 0 to 100. */
  edges: Edge[];
};
/** Node prices at the optimum: with them every residual arc has a non-negative reduced cost. */
export type Prices = { mentee: Float64Array; mentor: Float64Array; pairBase: number };
export type Assignment = {
  pairs: { mentor: number; mentee: number; score: number }[];
  matched: number;
  totalScore: number;
  prices: Prices;
};

const MAX_SCORE = 100;

/**
 * Solves the problem exactly. Nodes: source, mentees, mentors, sink; every unit of flow is one pair.
 * Augmentation stops when no path has negative cost, i.e. no further pair can raise the weight.
 */
export function solveAssignment(problem: AssignmentProblem): Assignment {
  const { edges } = problem;
  return solveEdges(problem.capacities, problem.menteeCount, {
    length: edges.length,
    mentee: Int32Array.from(edges, (e) => e.mentee),
    mentor: Int32Array.from(edges, (e) => e.mentor),
    score: Float64Array.from(edges, (e) => e.score),
  });
}

/** Allowed pairs in typed arrays: a million of them take 16 MB rather than the 60 MB of objects. */
export type EdgeList = { length: number; mentee: Int32Array; mentor: Int32Array; score: Float64Array | Uint8Array };

/**
 * Where a previous solve of the same people ended: its potentials and each mentee's mentor (-1: none).
 * Solving again with more pairs starts from there instead of from nothing.
 */
export type WarmStart = { potential: Float64Array; mentorOf: Int32Array };

/**
 * `solveAssignment` over typed arrays. With `warm` from a solve over a subset of these pairs, the old
 * assignment is kept and repaired: each new pair whose reduced cost is negative is taken, which leaves
 * its mentor a unit over and its mentee a unit short; shortest paths from the ones over to the ones
 * short (through two extra nodes) settle that, keeping every reduced cost non-negative, and the usual
 * augmenting paths then add whatever pairs more can be made.
 */
export function solveEdges(
  capacities: number[],
  menteeCount: number,
  edges: EdgeList,
  warm?: WarmStart,
): Assignment & { warm: WarmStart } {
  const mentorCount = capacities.length;
  const B = MAX_SCORE * menteeCount + 1;
  const source = 0;
  const menteeNode = (i: number) => 1 + i;
  const mentorNode = (j: number) => 1 + menteeCount + j;
  const sink = 1 + menteeCount + mentorCount;
  const [over, short] = [sink + 1, sink + 2];
  const edgeCount = edges.length;
  const score = edges.score;

  // A warm start's pairs: 1, the one its mentee had; 2, a new pair whose reduced cost is negative,
  // taken at once, which leaves its mentor a unit over and its mentee a unit short.
  const taken = new Uint8Array(warm ? edgeCount : 0);
  const overBy = new Int32Array(warm ? mentorCount : 0);
  const shortBy = new Int32Array(warm ? menteeCount : 0);
  if (warm) {
    const p = warm.potential;
    for (let e = 0; e < edgeCount; e++) {
      const i = edges.mentee[e]!;
      const j = edges.mentor[e]!;
      if (warm.mentorOf[i] === j) taken[e] = 1;
      else if (-(B + score[e]!) + p[menteeNode(i)]! - p[mentorNode(j)]! < 0) {
        taken[e] = 2;
        overBy[j]!++;
        shortBy[i]!++;
      }
    }
  }
  const menteeArcs = new Int32Array(menteeCount);
  const pairArcs = new Int32Array(edgeCount);
  const mentorArcs = new Int32Array(mentorCount).fill(-1);
  const extra: number[] = [];
  const g = new FlowGraph(sink + 3, (add) => {
    for (let i = 0; i < menteeCount; i++) menteeArcs[i] = add(source, menteeNode(i), 1, 0);
    for (let e = 0; e < edgeCount; e++) {
      pairArcs[e] = add(menteeNode(edges.mentee[e]!), mentorNode(edges.mentor[e]!), 1, -(B + score[e]!));
    }
    capacities.forEach((c, j) => c > 0 && (mentorArcs[j] = add(mentorNode(j), sink, c, 0)));
    extra.length = 0;
    overBy.forEach((n, j) => n && extra.push(add(over, mentorNode(j), n, 0)));
    shortBy.forEach((n, i) => n && extra.push(add(menteeNode(i), short, n, 0)));
  });
  const { potential, dist } = g;

  if (warm) {
    potential.set(warm.potential);
    // Prices for the extra nodes that keep their arcs' reduced costs non-negative.
    let top = -Infinity;
    let bottom = Infinity;
    overBy.forEach((n, j) => n && (top = Math.max(top, potential[mentorNode(j)]!)));
    shortBy.forEach((n, i) => n && (bottom = Math.min(bottom, potential[menteeNode(i)]!)));
    potential[over] = top;
    potential[short] = bottom;
    for (let e = 0; e < edgeCount; e++) {
      if (taken[e] === 1) {
        g.push(menteeArcs[edges.mentee[e]!]!);
        g.push(mentorArcs[edges.mentor[e]!]!);
      }
      if (taken[e]) g.push(pairArcs[e]!);
    }
    // Each unit over can at least go back along the pair it came by, so this ends with none left.
    while (extra.length && g.phase(over, short, false) !== null);
    for (const e of extra) g.remove(e);
  } else {
    // The graph is a DAG (source → mentees → mentors → sink), so one pass in that order gives exact
    // shortest distances and makes every reduced cost non-negative.
    for (let e = 0; e < edgeCount; e++) {
      const v = mentorNode(edges.mentor[e]!);
      potential[v] = Math.min(potential[v]!, -(B + score[e]!));
    }
    for (let j = 0; j < mentorCount; j++) potential[sink] = Math.min(potential[sink]!, potential[mentorNode(j)]!);
  }
  // Augment while a path improves the weight.
  for (let cost = g.phase(source, sink, true); cost !== null && cost < 0; cost = g.phase(source, sink, true));

  // Prices that certify optimality. Raising each node's potential by its distance, capped at C, keeps
  // every residual reduced cost non-negative for any C; choosing C so that the sink's price is not
  // below the source's also covers the closing arc sink → source. Then no pair left out whose own
  // reduced cost is non-negative can take part in an improving cycle (see `solveRows` in pruned.ts).
  g.dijkstra(source, sink, false);
  let closing = dist[sink]!;
  if (closing === Infinity) {
    closing = Math.max(0, potential[source]! - potential[sink]!);
    for (let v = 0; v <= sink; v++) if (dist[v]! < Infinity) closing = Math.max(closing, dist[v]!);
  }
  const price = (v: number) => potential[v]! + Math.min(dist[v]!, closing);
  const menteePrices = Float64Array.from({ length: menteeCount }, (_, i) => price(menteeNode(i)));
  const mentorPrices = Float64Array.from({ length: mentorCount }, (_, j) => price(mentorNode(j)));

  const pairs: Assignment["pairs"] = [];
  const mentorOf = new Int32Array(menteeCount).fill(-1);
  for (let e = 0; e < edgeCount; e++) {
    if (g.flow(pairArcs[e]!) === 1) {
      pairs.push({ mentor: edges.mentor[e]!, mentee: edges.mentee[e]!, score: edges.score[e]! });
      mentorOf[edges.mentee[e]!] = edges.mentor[e]!;
    }
  }
  return {
    pairs,
    matched: pairs.length,
    totalScore: pairs.reduce((s, p) => s + p.score, 0),
    prices: { mentee: menteePrices, mentor: mentorPrices, pairBase: B },
    warm: { potential, mentorOf },
  };
}

/** Marks a pair that may not be made in a row of scores. */
export const FORBIDDEN = 255;
