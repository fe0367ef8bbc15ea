/**
 * @module domain/roulette/blossom-paths
 * The blossom algorithm's changes along paths (blossom-tree.ts holds its state): expanding a blossom,
 * mid-stage or at a stage's end, and augmenting the matching along a path through nested blossoms.
 */
import { INNER, OUTER, type BlossomState } from "./blossom-tree";

/** Item i of a blossom's cycle, a negative i counting back from its end. */
const at = <T>(list: T[], i: number) => list[i < 0 ? i + list.length : i]!;

/**
 * The walk round a blossom's cycle from child i to its base, child 0, the way whose path has even length:
 * forward from i - length when i is odd, backward from i when even. `trick` is which end of each edge in
 * `ends` the walk meets first (the edges are stored in the forward direction).
 */
function walkToBase(i: number, length: number): [start: number, step: number, trick: number] {
  return i & 1 ? [i - length, 1, 0] : [i, -1, 1];
}

/** Dissolves blossom b into its children; mid-stage, an INNER blossom's children are relabelled along its path. */
export function expandBlossom(s: BlossomState, b: number, endStage: boolean): void {
  const children = s.children[b]!;
  const ends = s.ends[b]!;
  for (const c of children) {
    s.parent[c] = -1;
    if (c < s.n) s.inBlossom[c] = c;
    else if (endStage && s.dual[c] === 0) expandBlossom(s, c, endStage);
    else for (const x of s.leaves(c)) s.inBlossom[x] = c;
  }
  if (!endStage && s.label[b] === INNER) {
    const entry = s.inBlossom[s.endpoint[s.labelEnd[b]! ^ 1]!]!;
    const [start, step, trick] = walkToBase(children.indexOf(entry), children.length);
    let j = start;
    let p = s.labelEnd[b]!;
    while (j !== 0) {
      s.label[s.endpoint[p ^ 1]!] = 0;
      s.label[s.endpoint[at(ends, j - trick) ^ trick ^ 1]!] = 0;
      s.assignLabel(s.endpoint[p ^ 1]!, INNER, p);
      s.allowed[at(ends, j - trick) >> 1] = 1;
      j += step;
      p = at(ends, j - trick) ^ trick;
      s.allowed[p >> 1] = 1;
      j += step;
    }
    const bv = at(children, j);
    s.label[s.endpoint[p ^ 1]!] = s.label[bv] = INNER;
    s.labelEnd[s.endpoint[p ^ 1]!] = s.labelEnd[bv] = p;
    s.bestEdge[bv] = -1;
    j += step;
    while (at(children, j) !== entry) {
      const c = at(children, j);
      j += step;
      if (s.label[c] === OUTER) continue;
      const labelled = s.leaves(c).find((x) => s.label[x] !== 0);
      if (labelled !== undefined) {
        s.label[labelled] = 0;
        s.label[s.endpoint[s.mate[s.base[c]!]!]!] = 0;
        s.assignLabel(labelled, INNER, s.labelEnd[labelled]!);
      }
    }
  }
  s.label[b] = -1;
  s.labelEnd[b] = -1;
  s.children[b] = s.ends[b] = null;
  s.base[b] = -1;
  s.bestEdges[b] = null;
  s.bestEdge[b] = -1;
  s.unused.push(b);
}

/** Swaps matched and unmatched edges inside blossom b along the path from v to its base; v becomes the base. */
function augmentBlossom(s: BlossomState, b: number, v: number): void {
  let t = v;
  while (s.parent[t] !== b) t = s.parent[t]!;
  if (t >= s.n) augmentBlossom(s, t, v);
  const children = s.children[b]!;
  const ends = s.ends[b]!;
  const i = children.indexOf(t);
  const [start, step, trick] = walkToBase(i, children.length);
  let j = start;
  while (j !== 0) {
    j += step;
    let c = at(children, j);
    const p = at(ends, j - trick) ^ trick;
    if (c >= s.n) augmentBlossom(s, c, s.endpoint[p]!);
    j += step;
    c = at(children, j);
    if (c >= s.n) augmentBlossom(s, c, s.endpoint[p ^ 1]!);
    s.mate[s.endpoint[p]!] = p ^ 1;
    s.mate[s.endpoint[p ^ 1]!] = p;
  }
  s.children[b] = [...children.slice(i), ...children.slice(0, i)];
  s.ends[b] = [...ends.slice(i), ...ends.slice(0, i)];
  s.base[b] = s.base[s.children[b][0]!]!;
}

/** Augments along the path through edge k between two OUTER vertices' trees. */
export function augmentMatching(s: BlossomState, k: number): void {
  for (let [v, p] of [
    [s.from[k]!, 2 * k + 1],
    [s.to[k]!, 2 * k],
  ] as [number, number][]) {
    for (;;) {
      const bs = s.inBlossom[v]!;
      if (bs >= s.n) augmentBlossom(s, bs, v);
      s.mate[v] = p;
      if (s.labelEnd[bs] === -1) break;
      const t = s.endpoint[s.labelEnd[bs]!]!;
      const bt = s.inBlossom[t]!;
      v = s.endpoint[s.labelEnd[bt]!]!;
      const j = s.endpoint[s.labelEnd[bt]! ^ 1]!;
      if (bt >= s.n) augmentBlossom(s, bt, j);
      s.mate[j] = s.labelEnd[bt]!;
      p = s.labelEnd[bt]! ^ 1;
    }
  }
}
