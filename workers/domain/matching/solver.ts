/**
 * @module domain/matching/solver
 * Exact capacitated assignment: the most mentees matched, then the highest total score. It is one
 * maximum-weight problem with weight `B + score` per allowed pair, where B exceeds any possible score
 * total, solved as a min-cost flow by successive shortest paths with Johnson potentials (Dijkstra on
 * reduced costs), augmenting along every shortest path each round finds. Written here because the npm assignment packages solve only square one-to-one
 * problems without capacities or forbidden pairs.
 */

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

/** A binary heap of (distance, node), enough for Dijkstra. */
class Heap {
  private d: number[] = [];
  private n: number[] = [];
  get size() {
    return this.d.length;
  }
  push(dist: number, node: number) {
    const { d, n } = this;
    let i = d.length;
    d.push(dist);
    n.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (d[p]! <= dist) break;
      d[i] = d[p]!;
      n[i] = n[p]!;
      i = p;
    }
    d[i] = dist;
    n[i] = node;
  }
  pop(): [number, number] {
    const { d, n } = this;
    const top: [number, number] = [d[0]!, n[0]!];
    const lastD = d.pop()!;
    const lastN = n.pop()!;
    if (d.length) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= d.length) break;
        if (c + 1 < d.length && d[c + 1]! < d[c]!) c++;
        if (d[c]! >= lastD) break;
        d[i] = d[c]!;
        n[i] = n[c]!;
        i = c;
      }
      d[i] = lastD;
      n[i] = lastN;
    }
    return top;
  }
}

/**
 * Solves the problem exactly. Nodes: source, mentees, mentors, sink; every unit of flow is one pair.
 * Augmentation stops when no path has negative cost, i.e. no further pair can raise the weight.
 */
export function solveAssignment(problem: AssignmentProblem): Assignment {
  const { capacities, menteeCount, edges } = problem;
  const mentorCount = capacities.length;
  const B = MAX_SCORE * menteeCount + 1;
  const source = 0;
  const menteeNode = (i: number) => 1 + i;
  const mentorNode = (j: number) => 1 + menteeCount + j;
  const sink = 1 + menteeCount + mentorCount;
  const nodes = sink + 1;

  // Residual graph in arrays: each arc has its reverse at index ^ 1.
  const head = new Int32Array(nodes).fill(-1);
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const next: number[] = [];
  const addArc = (u: number, v: number, c: number, w: number) => {
    for (const [a, b, cc, ww] of [
      [u, v, c, w],
      [v, u, 0, -w],
    ] as const) {
      to.push(b);
      cap.push(cc);
      cost.push(ww);
      next.push(head[a]!);
      head[a] = to.length - 1;
    }
  };
  for (let i = 0; i < menteeCount; i++) addArc(source, menteeNode(i), 1, 0);
  const pairArcs: number[] = [];
  for (const e of edges) {
    pairArcs.push(to.length);
    addArc(menteeNode(e.mentee), mentorNode(e.mentor), 1, -(B + e.score));
  }
  for (let j = 0; j < mentorCount; j++) if (capacities[j]! > 0) addArc(mentorNode(j), sink, capacities[j]!, 0);

  // Initial potentials: the graph is a DAG (source → mentees → mentors → sink), so one pass in that
  // order gives exact shortest distances and makes every reduced cost non-negative.
  const potential = new Float64Array(nodes);
  for (let j = 0; j < mentorCount; j++) potential[mentorNode(j)] = 0;
  for (const e of edges) {
    const v = mentorNode(e.mentor);
    potential[v] = Math.min(potential[v]!, -(B + e.score));
  }
  potential[sink] = 0;
  for (let j = 0; j < mentorCount; j++) potential[sink] = Math.min(potential[sink]!, potential[mentorNode(j)]!);

  const dist = new Float64Array(nodes);
  /** Shortest reduced distances from the source; stops once the sink is settled when `early`. */
  const dijkstra = (early: boolean) => {
    dist.fill(Infinity);
    dist[source] = 0;
    const heap = new Heap();
    heap.push(0, source);
    while (heap.size) {
      const [d, u] = heap.pop();
      if (d > dist[u]!) continue;
      // The sink is settled: nodes farther away cannot lie on this shortest path.
      if (early && u === sink) break;
      for (let a = head[u]!; a !== -1; a = next[a]!) {
        if (cap[a]! <= 0) continue;
        const v = to[a]!;
        const nd = d + cost[a]! + potential[u]! - potential[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
  };
  for (;;) {
    dijkstra(true);
    if (dist[sink] === Infinity) break;
    const pathCost = dist[sink]! + potential[sink]! - potential[source]!;
    if (pathCost >= 0) break; // no augmenting path improves the weight any more
    // Capping at the sink's distance keeps every reduced cost non-negative after an early stop.
    const reach = dist[sink]!;
    for (let v = 0; v < nodes; v++) potential[v]! += Math.min(dist[v]!, reach);
    augmentAllShortest();
  }

  /**
   * Every path of zero reduced cost is now a shortest path (its cost telescopes to the same total),
   * so augment along as many of them as exist before running Dijkstra again: a blocking flow on the
   * admissible arcs, found by depth-first search with current-arc pointers.
   */
  function augmentAllShortest() {
    const current = Int32Array.from(head);
    const dead = new Uint8Array(nodes);
    const onPath = new Uint8Array(nodes);
    const pathArc = new Int32Array(nodes);
    const stack: number[] = [];
    for (;;) {
      stack.length = 0;
      stack.push(source);
      onPath[source] = 1;
      let found = false;
      while (stack.length) {
        const u = stack[stack.length - 1]!;
        if (u === sink) {
          found = true;
          break;
        }
        let advanced = false;
        for (let a = current[u]!; a !== -1; a = next[a]!) {
          const v = to[a]!;
          if (cap[a]! > 0 && !dead[v] && !onPath[v] && cost[a]! + potential[u]! - potential[v]! === 0) {
            current[u] = a;
            pathArc[v] = a;
            onPath[v] = 1;
            stack.push(v);
            advanced = true;
            break;
          }
          current[u] = next[a]!;
        }
        if (!advanced) {
          dead[u] = 1;
          onPath[u] = 0;
          stack.pop();
        }
      }
      for (const v of stack) onPath[v] = 0;
      if (!found) return;
      for (let k = 1; k < stack.length; k++) {
        const a = pathArc[stack[k]!]!;
        cap[a]! -= 1;
        cap[a ^ 1]! += 1;
      }
    }
  }

  // Prices that certify optimality. Raising each node's potential by its distance, capped at C, keeps
  // every residual reduced cost non-negative for any C; choosing C so that the sink's price is not
  // below the source's also covers the closing arc sink → source. Then no pair left out whose own
  // reduced cost is non-negative can take part in an improving cycle (see `solvePruned`).
  dijkstra(false);
  let closing = dist[sink]!;
  if (closing === Infinity) {
    closing = Math.max(0, potential[source]! - potential[sink]!);
    for (let v = 0; v < nodes; v++) if (dist[v]! < Infinity) closing = Math.max(closing, dist[v]!);
  }
  const price = (v: number) => potential[v]! + Math.min(dist[v]!, closing);
  const menteePrices = Float64Array.from({ length: menteeCount }, (_, i) => price(menteeNode(i)));
  const mentorPrices = Float64Array.from({ length: mentorCount }, (_, j) => price(mentorNode(j)));

  const pairs: Assignment["pairs"] = [];
  edges.forEach((e, k) => {
    if (cap[pairArcs[k]!] === 0) pairs.push({ mentor: e.mentor, mentee: e.mentee, score: e.score });
  });
  return {
    pairs,
    matched: pairs.length,
    totalScore: pairs.reduce((s, p) => s + p.score, 0),
    prices: { mentee: menteePrices, mentor: mentorPrices, pairBase: B },
  };
}

/** Whether a pair left out of the problem could improve the result, judged by the final prices. */
export function couldImprove(prices: Prices, e: Edge): boolean {
  return -(prices.pairBase + e.score) + prices.mentee[e.mentee]! - prices.mentor[e.mentor]! < 0;
}

/** Each mentee's allowed pairs, visited one mentee at a time; how the pruned solvers see a problem. */
type Rows = { menteeCount: number; capacities: number[]; row: (mentee: number, visit: (e: Edge) => void) => void };

/**
 * Solves with only the `k` best-scoring candidates of each mentee, then proves the pruning safe: any
 * pruned pair whose reduced cost against the final prices is negative is added back and the problem
 * solved again, until none is. The result equals solving with every allowed pair.
 */
function solveRows(rows: Rows, k: number): Assignment & { rounds: number; added: number } {
  const kept: Edge[] = [];
  const keptKeys = new Set<number>();
  const mentorCount = rows.capacities.length;
  const keyOf = (e: Edge) => e.mentee * mentorCount + e.mentor;
  const best = (mentee: number, accept: (e: Edge) => boolean) => {
    const list: Edge[] = [];
    rows.row(mentee, (e) => {
      if (accept(e)) list.push(e);
    });
    list.sort((a, b) => b.score - a.score || a.mentor - b.mentor);
    return list.slice(0, k);
  };
  for (let i = 0; i < rows.menteeCount; i++) {
    for (const e of best(i, () => true)) {
      kept.push(e);
      keptKeys.add(keyOf(e));
    }
  }
  let rounds = 0;
  let added = 0;
  for (;;) {
    rounds++;
    const result = solveAssignment({ capacities: rows.capacities, menteeCount: rows.menteeCount, edges: kept });
    // Only each mentee's best few violators are added: they are the likeliest to matter, the problem
    // stays small, and the next round's prices judge the rest again.
    let violators = 0;
    for (let i = 0; i < rows.menteeCount; i++) {
      for (const e of best(i, (e) => !keptKeys.has(keyOf(e)) && couldImprove(result.prices, e))) {
        kept.push(e);
        keptKeys.add(keyOf(e));
        violators++;
      }
    }
    if (violators === 0) return { ...result, rounds, added };
    added += violators;
  }
}

/** `solveRows` over an explicit list of allowed pairs. */
export function solvePruned(problem: AssignmentProblem, k: number) {
  const byMentee = Array.from({ length: problem.menteeCount }, () => [] as Edge[]);
  for (const e of problem.edges) byMentee[e.mentee]!.push(e);
  return solveRows({ ...problem, row: (i, visit) => byMentee[i]!.forEach(visit) }, k);
}

/** Scores of every mentee (row) against every mentor (column); `FORBIDDEN` marks a pair that may not be made. */
export type ScoreMatrix = { capacities: number[]; menteeCount: number; scores: Uint8Array };
export const FORBIDDEN = 255;

/**
 * `solveRows` over a dense score matrix: one byte a pair, so 3,000 mentors by 7,000 mentees take
 * 21 MB, and only the kept candidates ever become graph arcs.
 */
export function solveMatrix(m: ScoreMatrix, k = 30) {
  const mentors = m.capacities.length;
  return solveRows(
    {
      ...m,
      row: (mentee, visit) => {
        const base = mentee * mentors;
        for (let j = 0; j < mentors; j++) {
          const score = m.scores[base + j]!;
          if (score !== FORBIDDEN) visit({ mentor: j, mentee, score });
        }
      },
    },
    k,
  );
}
