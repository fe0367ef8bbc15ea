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
 * encoded into that matrix; and they give no dual prices, which the pruned solver below needs to prove
 * that leaving most pairs out changed nothing. `npm run bench` compares them on the same instances.
 */
import { DENSE_MAX_SIDE, solveDense } from "./dense";

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
  const { capacities, menteeCount, edges } = problem;
  const mentorCount = capacities.length;
  const B = MAX_SCORE * menteeCount + 1;
  const source = 0;
  const menteeNode = (i: number) => 1 + i;
  const mentorNode = (j: number) => 1 + menteeCount + j;
  const sink = 1 + menteeCount + mentorCount;
  const nodes = sink + 1;

  // Residual graph in typed arrays: each arc has its reverse at index ^ 1.
  const arcs = 2 * (menteeCount + edges.length + mentorCount);
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
  const pairArcs: number[] = [];
  for (const e of edges) {
    pairArcs.push(arcCount);
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

/** Each mentee's allowed pairs, visited one mentee at a time; how the pruned solvers see a problem. */
type Rows = {
  menteeCount: number;
  capacities: number[];
  row: (mentee: number, visit: (mentor: number, score: number) => void) => void;
};

/**
 * Offers every mentor's best mentees too (six a seat, and `k` more): a mentor whom no mentee ranks
 * high would otherwise be left with empty seats, and then every pair with them fails the proof and
 * comes back in the next round.
 */
function keepBestPerMentor(rows: Rows, k: number, keep: (mentee: number, mentor: number, score: number) => void) {
  const mentorCount = rows.capacities.length;
  const bins = MAX_SCORE + 1;
  const histogram = new Int32Array(mentorCount * bins);
  for (let i = 0; i < rows.menteeCount; i++) rows.row(i, (j, score) => histogram[j * bins + score]!++);
  const cut = new Int32Array(mentorCount);
  const atCut = new Int32Array(mentorCount);
  rows.capacities.forEach((capacity, j) => {
    // Six candidates a seat, and k more: measured on a real company and on instances where every mentee
    // wants the same few mentors, this is what most often proves the result in the first rounds.
    const want = capacity > 0 ? 6 * capacity + k : 0;
    let score = MAX_SCORE;
    let above = 0;
    while (score > 0 && above + histogram[j * bins + score]! < want) above += histogram[j * bins + score--]!;
    cut[j] = want === 0 ? MAX_SCORE + 1 : score;
    atCut[j] = want - above;
  });
  for (let i = 0; i < rows.menteeCount; i++) {
    rows.row(i, (j, score) => {
      if (score < cut[j]! || (score === cut[j]! && atCut[j]! <= 0)) return;
      if (score === cut[j]!) atCut[j]!--;
      keep(i, j, score);
    });
  }
}

/**
 * Solves with only the `k` best-scoring candidates of each mentee, then proves the pruning safe: any
 * pruned pair whose reduced cost against the final prices is negative is added back and the problem
 * solved again, until none is. The result equals solving with every allowed pair.
 */
function solveRows(rows: Rows, k: number): Assignment & { rounds: number; added: number } {
  const kept: Edge[] = [];
  // Which pairs are kept, one bit a pair: 3,300 mentors by 6,700 mentees take under 3 MB.
  const keptBits = new Uint8Array(Math.ceil((rows.menteeCount * rows.capacities.length) / 8));
  const isKept = (key: number) => (keptBits[key >>> 3]! & (1 << (key & 7))) !== 0;
  const markKept = (key: number) => (keptBits[key >>> 3]! |= 1 << (key & 7));
  const mentorCount = rows.capacities.length;
  const histogram = new Int32Array(MAX_SCORE + 1);
  /**
   * Keeps the `k` best of a mentee's pairs that `accept` lets through. Scores are whole numbers up to
   * 100, so a histogram finds the cut-off score in two passes over the row, without sorting it.
   */
  const keepBest = (mentee: number, accept: (mentor: number, score: number) => boolean) => {
    histogram.fill(0);
    let accepted = 0;
    rows.row(mentee, (j, score) => {
      if (accept(j, score)) {
        histogram[score]!++;
        accepted++;
      }
    });
    if (accepted === 0) return 0;
    let cut = MAX_SCORE;
    let above = 0;
    while (cut > 0 && above + histogram[cut]! < k) above += histogram[cut--]!;
    let atCut = k - above;
    let added = 0;
    rows.row(mentee, (j, score) => {
      if (score < cut || (score === cut && atCut <= 0) || !accept(j, score)) return;
      if (score === cut) atCut--;
      kept.push({ mentor: j, mentee, score });
      markKept(mentee * mentorCount + j);
      added++;
    });
    return added;
  };
  for (let i = 0; i < rows.menteeCount; i++) keepBest(i, () => true);
  keepBestPerMentor(rows, k, (mentee, mentor, score) => {
    const key = mentee * mentorCount + mentor;
    if (isKept(key)) return;
    kept.push({ mentor, mentee, score });
    markKept(key);
  });
  let rounds = 0;
  let added = 0;
  for (;;) {
    rounds++;
    const result = solveAssignment({ capacities: rows.capacities, menteeCount: rows.menteeCount, edges: kept });
    // Only each mentee's best few violators are added: they are the likeliest to matter, the problem
    // stays small, and the next round's prices judge the rest again.
    const { mentee: menteePrice, mentor: mentorPrice, pairBase } = result.prices;
    let violators = 0;
    for (let i = 0; i < rows.menteeCount; i++) {
      // The pair could improve the result: its reduced cost against the final prices is negative.
      const limit = menteePrice[i]! - pairBase;
      violators += keepBest(i, (j, score) => limit - score - mentorPrice[j]! < 0 && !isKept(i * mentorCount + j));
    }

    if (violators === 0) return { ...result, rounds, added };
    added += violators;
  }
}

/** `solveRows` over an explicit list of allowed pairs. */
export function solvePruned(problem: AssignmentProblem, k: number) {
  const byMentee = Array.from({ length: problem.menteeCount }, () => [] as Edge[]);
  for (const e of problem.edges) byMentee[e.mentee]!.push(e);
  return solveRows({ ...problem, row: (i, visit) => byMentee[i]!.forEach((e) => visit(e.mentor, e.score)) }, k);
}

/** Scores of every mentee (row) against every mentor (column); `FORBIDDEN` marks a pair that may not be made. */
export type ScoreMatrix = { capacities: number[]; menteeCount: number; scores: Uint8Array };
export const FORBIDDEN = 255;

/** A solved matrix: `rounds` and `added` say how often pruning solved and what it added back (0: dense). */
export type MatrixAssignment = Omit<Assignment, "prices"> & { rounds: number; added: number };

/**
 * Solves a score matrix exactly. A small, mostly allowed problem goes to the dense method (measured
 * faster than pruning up to 3,000 a side, and than munkres everywhere); a larger one to `solveRows`,
 * where only the kept candidates ever become graph arcs (one byte a pair: 3,000 mentors by 7,000
 * mentees take 21 MB).
 */
export function solveMatrix(m: ScoreMatrix, k = 20): MatrixAssignment {
  const mentors = m.capacities.length;
  if (denseFits(m)) {
    const pairs = solveDense({ ...m, forbidden: FORBIDDEN });
    return { pairs, matched: pairs.length, totalScore: pairs.reduce((s, p) => s + p.score, 0), rounds: 0, added: 0 };
  }
  return solveRows(
    {
      ...m,
      row: (mentee, visit) => {
        const base = mentee * mentors;
        for (let j = 0; j < mentors; j++) {
          const score = m.scores[base + j]!;
          if (score !== FORBIDDEN) visit(j, score);
        }
      },
    },
    k,
  );
}

/** Small enough for the square matrix, and dense: with most pairs forbidden, paths grow long. */
function denseFits(m: ScoreMatrix) {
  const seats = m.capacities.reduce((sum, c) => sum + Math.max(0, c), 0);
  if (Math.max(seats, m.menteeCount) > DENSE_MAX_SIDE) return false;
  let allowed = 0;
  for (let k = 0; k < m.scores.length; k++) if (m.scores[k] !== FORBIDDEN) allowed++;
  return allowed * 2 >= m.scores.length;
}
