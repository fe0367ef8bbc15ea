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

/** A binary heap of (distance, node) in typed arrays, enough for Dijkstra; `pop` returns the node. */
class Heap {
  private d = new Float64Array(1024);
  private n = new Int32Array(1024);
  size = 0;
  /** The distance of the node `pop` returned last. */
  top = 0;
  push(dist: number, node: number) {
    if (this.size === this.d.length) {
      const d = new Float64Array(this.size * 2);
      const n = new Int32Array(this.size * 2);
      d.set(this.d);
      n.set(this.n);
      this.d = d;
      this.n = n;
    }
    const { d, n } = this;
    let i = this.size++;
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
  pop(): number {
    const { d, n } = this;
    const node = n[0]!;
    this.top = d[0]!;
    const size = --this.size;
    const lastD = d[size]!;
    const lastN = n[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && d[c + 1]! < d[c]!) c++;
      if (d[c]! >= lastD) break;
      d[i] = d[c]!;
      n[i] = n[c]!;
      i = c;
    }
    d[i] = lastD;
    n[i] = lastN;
    return node;
  }
}

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

/** `solveAssignment` over typed arrays. */
export function solveEdges(capacities: number[], menteeCount: number, edges: EdgeList): Assignment {
  const mentorCount = capacities.length;
  const B = MAX_SCORE * menteeCount + 1;
  const source = 0;
  const menteeNode = (i: number) => 1 + i;
  const mentorNode = (j: number) => 1 + menteeCount + j;
  const sink = 1 + menteeCount + mentorCount;
  const nodes = sink + 1;

  // Residual graph in typed arrays: each arc has its reverse at index ^ 1.
  const arcs = 2 * (menteeCount + edges.length + mentorCount);
  const edgeCount = edges.length;
  const head = new Int32Array(nodes).fill(-1);
  const to = new Int32Array(arcs);
  const cap = new Int32Array(arcs);
  const cost = new Float64Array(arcs);
  const next = new Int32Array(arcs);
  let arcCount = 0;
  const addArc = (u: number, v: number, c: number, w: number) => {
    to[arcCount] = v;
    cap[arcCount] = c;
    cost[arcCount] = w;
    next[arcCount] = head[u]!;
    head[u] = arcCount++;
    to[arcCount] = u;
    cap[arcCount] = 0;
    cost[arcCount] = -w;
    next[arcCount] = head[v]!;
    head[v] = arcCount++;
  };
  for (let i = 0; i < menteeCount; i++) addArc(source, menteeNode(i), 1, 0);
  const pairArcs = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    pairArcs[e] = arcCount;
    addArc(menteeNode(edges.mentee[e]!), mentorNode(edges.mentor[e]!), 1, -(B + edges.score[e]!));
  }
  for (let j = 0; j < mentorCount; j++) if (capacities[j]! > 0) addArc(mentorNode(j), sink, capacities[j]!, 0);

  // Initial potentials: the graph is a DAG (source → mentees → mentors → sink), so one pass in that
  // order gives exact shortest distances and makes every reduced cost non-negative.
  const potential = new Float64Array(nodes);
  for (let j = 0; j < mentorCount; j++) potential[mentorNode(j)] = 0;
  for (let e = 0; e < edgeCount; e++) {
    const v = mentorNode(edges.mentor[e]!);
    potential[v] = Math.min(potential[v]!, -(B + edges.score[e]!));
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
      const u = heap.pop();
      const d = heap.top;
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
  // reduced cost is non-negative can take part in an improving cycle (see `solveRows` in pruned.ts).
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
  for (let e = 0; e < edgeCount; e++) {
    if (cap[pairArcs[e]!] === 0)
      pairs.push({ mentor: edges.mentor[e]!, mentee: edges.mentee[e]!, score: edges.score[e]! });
  }
  return {
    pairs,
    matched: pairs.length,
    totalScore: pairs.reduce((s, p) => s + p.score, 0),
    prices: { mentee: menteePrices, mentor: mentorPrices, pairBase: B },
  };
}

/** Marks a pair that may not be made in a row of scores. */
export const FORBIDDEN = 255;
