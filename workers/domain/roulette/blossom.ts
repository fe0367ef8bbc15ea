/**
 * @module domain/roulette/blossom
 * Maximum-weight matching on a general graph that also returns its optimal duals: doubled vertex duals
 * and blossom duals over the nested blossoms left at the end. With them, a pair outside the graph that
 * was solved can be checked in O(1) for whether it could have raised the weight (exact.ts).
 *
 * Written here because no JavaScript package returns the duals (edmonds-blossom-fixed, the port of the
 * same formulation, returns only the mates and allocates per stage what this keeps in typed arrays).
 */
import { augmentMatching, expandBlossom } from "./blossom-paths";
import { BlossomState, FREE, INNER, OUTER, type WeightedEdges } from "./blossom-tree";

export type { WeightedEdges } from "./blossom-tree";

export type BlossomMatching = {
  /** Each vertex's partner, or -1. */
  mate: Int32Array;
  /** Slots 0..n-1: twice each vertex's dual; n..2n-1: each blossom's dual (0 for unused slots). */
  dual: Float64Array;
  /** Each vertex's and blossom's enclosing blossom, or -1. */
  parent: Int32Array;
};

/** Solves one maximum-weight matching (not necessarily of the most pairs) over integer weights. */
export function maxWeightMatching(n: number, edges: WeightedEdges): BlossomMatching {
  const s = new BlossomState(n, edges);
  for (let stage = 0; stage < n; stage++) if (!runStage(s)) break;
  const mate = Int32Array.from(s.mate, (p) => (p >= 0 ? s.endpoint[p]! : -1));
  for (let b = n; b < 2 * n; b++) if (s.base[b]! < 0) s.dual[b] = 0;
  return { mate, dual: s.dual, parent: s.parent };
}

/** One stage: grows the alternating forest from every free vertex until one augmentation; false when none is left. */
function runStage(s: BlossomState): boolean {
  const { n } = s;
  s.label.fill(FREE);
  s.bestEdge.fill(-1);
  s.bestEdges.fill(null, n);
  s.allowed.fill(0);
  s.queue.length = 0;
  matchTightFree(s);
  for (let v = 0; v < n; v++) if (s.mate[v] === -1 && s.label[s.inBlossom[v]!] === FREE) s.assignLabel(v, OUTER, -1);
  for (;;) {
    if (grow(s)) break;
    if (!adjustDuals(s)) return false;
  }
  // Blossoms whose dual fell to zero need not outlive the stage.
  for (let b = n; b < 2 * n; b++) {
    if (s.parent[b] === -1 && s.base[b]! >= 0 && s.label[b] === OUTER && s.dual[b] === 0) expandBlossom(s, b, true);
  }
  return true;
}

/**
 * Matches every tight edge between two free vertices outside blossoms before the forest is grown: each
 * would be an augmenting path of one edge, and a stage augments only once, so this saves a stage each.
 * The invariants hold: the edge is tight, and the free vertices left keep their common, lowest dual.
 */
function matchTightFree(s: BlossomState) {
  const { from, to, mate, inBlossom } = s;
  for (let k = 0; k < s.endpoint.length >> 1; k++) {
    const i = from[k]!;
    const j = to[k]!;
    if (mate[i] === -1 && mate[j] === -1 && inBlossom[i] === i && inBlossom[j] === j && s.slack(k) === 0) {
      mate[i] = 2 * k + 1;
      mate[j] = 2 * k;
    }
  }
}

/** Scans the queue of OUTER vertices over tight edges; true once it has augmented. */
function grow(s: BlossomState): boolean {
  const { label, inBlossom, allowed, bestEdge } = s;
  while (s.queue.length) {
    const v = s.queue.pop()!;
    for (let a = s.adjStart[v]!; a < s.adjStart[v + 1]!; a++) {
      const p = s.adj[a]!;
      const k = p >> 1;
      const w = s.endpoint[p]!;
      if (inBlossom[v] === inBlossom[w]) continue;
      let slack = 0;
      if (!allowed[k]) {
        slack = s.slack(k);
        if (slack <= 0) allowed[k] = 1;
      }
      const bw = inBlossom[w]!;
      if (allowed[k]) {
        if (label[bw] === FREE) s.assignLabel(w, INNER, p ^ 1);
        else if (label[bw] === OUTER) {
          const base = s.scanBlossom(v, w);
          if (base >= 0) s.addBlossom(base, k);
          else {
            augmentMatching(s, k);
            return true;
          }
        } else if (label[w] === FREE) {
          label[w] = INNER;
          s.labelEnd[w] = p ^ 1;
        }
      } else if (label[bw] === OUTER) {
        const b = inBlossom[v]!;
        if (bestEdge[b] === -1 || slack < s.slack(bestEdge[b]!)) bestEdge[b] = k;
      } else if (label[w] === FREE) {
        if (bestEdge[w] === -1 || slack < s.slack(bestEdge[w]!)) bestEdge[w] = k;
      }
    }
  }
  return false;
}

/** Moves the duals by the largest step that keeps them feasible and acts on what became tight; false at the optimum. */
function adjustDuals(s: BlossomState): boolean {
  const { n, label, inBlossom, dual, bestEdge, parent, base } = s;
  // Type 1: a free vertex's dual reaches zero, so no augmentation can raise the weight.
  let type = 1;
  let delta = Infinity;
  for (let v = 0; v < n; v++) delta = Math.min(delta, dual[v]!);
  let blossom = -1;
  for (let v = 0; v < n; v++) {
    if (label[inBlossom[v]!] === FREE && bestEdge[v] !== -1) {
      const d = s.slack(bestEdge[v]!);
      if (d < delta) [delta, type] = [d, 2];
    }
  }
  for (let b = 0; b < 2 * n; b++) {
    if (parent[b] === -1 && label[b] === OUTER && bestEdge[b] !== -1) {
      const d = s.slack(bestEdge[b]!) / 2;
      if (d < delta) [delta, type] = [d, 3];
    }
  }
  for (let b = n; b < 2 * n; b++) {
    if (base[b]! >= 0 && parent[b] === -1 && label[b] === INNER && dual[b]! < delta) {
      [delta, type, blossom] = [dual[b]!, 4, b];
    }
  }
  for (let v = 0; v < n; v++) {
    const l = label[inBlossom[v]!];
    if (l === OUTER) dual[v]! -= delta;
    else if (l === INNER) dual[v]! += delta;
  }
  for (let b = n; b < 2 * n; b++) {
    if (base[b]! >= 0 && parent[b] === -1) {
      if (label[b] === OUTER) dual[b]! += delta;
      else if (label[b] === INNER) dual[b]! -= delta;
    }
  }
  if (type === 1) return false;
  if (type === 4) expandBlossom(s, blossom, false);
  // Every edge the step made tight is taken now, not one per step: integer weights tie often.
  for (let v = 0; v < n; v++) {
    const k = bestEdge[v]!;
    if (k !== -1 && label[inBlossom[v]!] === FREE && s.slack(k) === 0 && !s.allowed[k]) {
      s.allowed[k] = 1;
      const i = s.from[k]!;
      s.queue.push(label[inBlossom[i]!] === FREE ? s.to[k]! : i);
    }
  }
  for (let b = 0; b < 2 * n; b++) {
    const k = bestEdge[b]!;
    if (k !== -1 && parent[b] === -1 && label[b] === OUTER && s.slack(k) === 0 && !s.allowed[k]) {
      s.allowed[k] = 1;
      s.queue.push(s.from[k]!);
    }
  }
  return true;
}
