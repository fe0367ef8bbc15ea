/**
 * @module domain/roulette/exact
 * One pass of a round solved exactly over every allowed pair without handing all of them to the
 * matching: the blossom algorithm (blossom.ts) runs on each person's best partners only, and its duals
 * then prove the answer for all the pairs left out, the way the bipartite solver's streamed proof does
 * (domain/matching/streamed.ts). A pair (i, j) could raise the weight only if
 * u_i + u_j + Σ z_B (over the blossoms holding both) < its weight; such pairs are added and the pass is
 * solved again, until none is left, so the answer is a maximum-weight matching of the whole pass.
 *
 * "The most people paired first" is part of the weight: every pair weighs `lift` more than its own
 * weight, with `lift` above what any number of pairs could gain in weight, so one more pair always wins.
 *
 * The proof is cheap because weights come from a few profile classes: person i weighs at most the class's
 * bound and their shared interests with any member of a class, so a class is passed over in one
 * comparison when even its lowest dual beside i's leaves no room, and otherwise read only up to the dual
 * where room runs out.
 */
import { maxWeightMatching, type BlossomMatching } from "./blossom";
import { bestPartners, classesByBound, classIndex, type PassRules, type Weights } from "./candidates";
import { MAX_WEIGHT } from "./weights";

export type { PassRules } from "./candidates";

/**
 * Partners each person brings to the first solve. More than a dozen pays: the first duals then leave
 * fewer pairs uncovered, and one solve after the proof usually settles the round (`npm run bench`).
 */
const PER_PERSON = 24;
/**
 * Violators added per person and solve. The first duals can leave many thousands uncovered, nearly all of
 * them covered once a few of each person's are in, so adding all at once would make the graph dense.
 */
const ADD_PER_PERSON = 8;

export type PassResult = {
  /** Each pooled person's partner (by index into the round's people), -1 for none. */
  mate: Map<number, number>;
  /** Solves run, and the pairs the proof added back over them. */
  solves: number;
  added: number;
};

/** Solves one pass over the people in `pool`, exactly over every pair `rules` allow. */
export function solvePass(pool: Int32Array, w: Weights, rules: PassRules, perPerson = PER_PERSON): PassResult {
  const size = pool.length;
  const index = classIndex(pool, w);
  const lift = Math.floor(size / 2) * (MAX_WEIGHT + rules.maxBonus) + 1;
  const edges = bestPartners(index, w, rules, perPerson);
  let solves = 0;
  let added = 0;
  for (;;) {
    const from = new Int32Array(edges.size);
    const to = new Int32Array(edges.size);
    const weight = new Float64Array(edges.size);
    let k = 0;
    for (const [key, wt] of edges) {
      from[k] = Math.floor(key / size);
      to[k] = key % size;
      weight[k++] = lift + wt;
    }
    const result = maxWeightMatching(size, { count: k, from, to, weight });
    solves++;
    const violators = proveOver(index, w, rules, edges, result, lift);
    if (!violators.length) {
      const mate = new Map<number, number>();
      result.mate.forEach((b, a) => mate.set(pool[a]!, b >= 0 ? pool[b]! : -1));
      return { mate, solves, added };
    }
    for (const [key, wt] of violators) edges.set(key, wt);
    added += violators.length;
  }
}

/** The allowed pairs left out of `edges` whose weight exceeds what the duals cover, with their pass weights. */
export function proveOver(
  index: ReturnType<typeof classIndex>,
  w: Weights,
  rules: PassRules,
  edges: Map<number, number>,
  result: BlossomMatching,
  lift: number,
): [number, number][] {
  const { pool, members } = index;
  const size = pool.length;
  const { dual } = result;
  // Each class's members by dual, lowest first: the scan of a class stops at the first with enough room.
  const byDual = members.map((m) => Int32Array.from(m).sort((a, b) => dual[a]! - dual[b]! || a - b));
  const covered = blossomCover(result);
  const found: [number, number][] = [];
  for (let a = 0; a < size; a++) {
    const i = pool[a]!;
    const { order, bound } = classesByBound(index, w, i);
    const most = w.mostInterest(i) + rules.maxBonus;
    let mine = 0;
    for (const c of order) {
      if (mine === ADD_PER_PERSON) break;
      // Twice the most any pair of i's with this class can weigh, against twice the duals.
      const need = 2 * (lift + bound[c]! + most);
      const list = byDual[c]!;
      if (dual[a]! + dual[list[0]!]! >= need) continue;
      for (const b of list) {
        const room = dual[a]! + dual[b]!;
        if (room >= need) break;
        if (b <= a) continue; // each left-out pair is checked from its lower end
        const j = pool[b]!;
        // Cheapest test first: most pairs are covered by the vertex duals alone.
        const wt = w.weight(i, j) + (rules.maxBonus ? rules.bonus(i, j) : 0);
        if (room >= 2 * (lift + wt)) continue;
        const key = a * size + b;
        if (edges.has(key) || !rules.allowed(i, j)) continue;
        if (room + 2 * covered(a, b) >= 2 * (lift + wt)) continue;
        found.push([key, wt]);
        if (++mine === ADD_PER_PERSON) break;
      }
    }
  }
  return found;
}

/** Σ z_B over the blossoms that hold both a and b: the duals from their lowest common blossom up. */
function blossomCover({ parent, dual }: BlossomMatching) {
  const count = parent.length;
  // Per vertex or blossom: its depth, its outermost blossom and the z of the blossoms above it (itself included).
  const depth = new Int32Array(count).fill(-1);
  const top = new Int32Array(count);
  const above = new Float64Array(count);
  const visit = (x: number): void => {
    if (depth[x]! >= 0) return;
    const p = parent[x]!;
    if (p < 0) [depth[x], top[x], above[x]] = [0, x, dual[x]!];
    else {
      visit(p);
      [depth[x], top[x], above[x]] = [depth[p]! + 1, top[p]!, above[p]! + dual[x]!];
    }
  };
  for (let x = 0; x < count; x++) visit(x);
  return (a: number, b: number) => {
    if (top[a] === top[b] && top[a] !== a) {
      let x = parent[a]!;
      let y = parent[b]!;
      while (depth[x]! > depth[y]!) x = parent[x]!;
      while (depth[y]! > depth[x]!) y = parent[y]!;
      while (x !== y) [x, y] = [parent[x]!, parent[y]!];
      return above[x]!;
    }
    return 0;
  };
}
