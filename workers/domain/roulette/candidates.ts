/**
 * @module domain/roulette/candidates
 * The people of one pass grouped by profile class (domain/roulette/weights), and each person's best
 * partners found through those classes: no member of a class can weigh more with a person than the
 * class's bound and their shared interests, so whole classes are skipped once they cannot beat the
 * partners already kept.
 */
import type { pairWeights } from "./weights";

export type Weights = ReturnType<typeof pairWeights>;

/** What one pass allows and adds: the first forbids repeats; the second allows them but prefers anyone new. */
export type PassRules = {
  allowed: (i: number, j: number) => boolean;
  bonus: (i: number, j: number) => number;
  /** The most `bonus` gives any pair. */
  maxBonus: number;
};

/** The pass's people (by index into the round's people) grouped by class, each class's members in pool order. */
export type ClassIndex = {
  pool: Int32Array;
  members: Int32Array[];
  rep: Int32Array;
  /** `classesByBound` per class, kept: it depends only on the class of the person asking. */
  byBound: Map<number, { order: Int32Array; bound: Int32Array }>;
};

/** Groups `pool` (local index k is person pool[k]) by class; members keep the order of `pool`. */
export function classIndex(pool: Int32Array, w: Weights): ClassIndex {
  const local = new Int32Array(w.classCount).fill(-1);
  const lists: number[][] = [];
  pool.forEach((i, k) => {
    const c = w.classOf[i]!;
    if (local[c] === -1) local[c] = lists.push([]) - 1;
    lists[local[c]!]!.push(k);
  });
  const members = lists.map((l) => Int32Array.from(l));
  return { pool, members, rep: Int32Array.from(members, (m) => pool[m[0]!]!), byBound: new Map() };
}

/** The classes in order of the most their members can weigh with person i (bar interests), highest first (a counting sort: bounds are small). */
export function classesByBound(index: ClassIndex, w: Weights, i: number): { order: Int32Array; bound: Int32Array } {
  const known = index.byBound.get(w.classOf[i]!);
  if (known) return known;
  const count = index.members.length;
  const bound = Int32Array.from(index.rep, (r) => w.bound(i, r));
  let top = 0;
  for (const b of bound) top = Math.max(top, b);
  const start = new Int32Array(top + 2);
  for (const b of bound) start[top - b + 1]!++;
  for (let b = 1; b <= top + 1; b++) start[b]! += start[b - 1]!;
  const order = new Int32Array(count);
  for (let c = 0; c < count; c++) order[start[top - bound[c]!]!++] = c;
  index.byBound.set(w.classOf[i]!, { order, bound });
  return { order, bound };
}

/**
 * Each local person's `perPerson` best allowed partners as edges between local indices (each pair once),
 * with their pass weight. Ties go to whoever comes first from a start that differs per person, so equal
 * partners are spread rather than everyone listing the same few.
 */
export function bestPartners(index: ClassIndex, w: Weights, rules: PassRules, perPerson: number) {
  const { pool, members } = index;
  const size = pool.length;
  const edges = new Map<number, number>();
  const keptJ = new Int32Array(perPerson);
  const keptW = new Int32Array(perPerson);
  for (let a = 0; a < size; a++) {
    const i = pool[a]!;
    const { order, bound } = classesByBound(index, w, i);
    let kept = 0;
    const most = w.mostInterest(i) + rules.maxBonus;
    for (const c of order) {
      if (kept === perPerson && bound[c]! + most <= keptW[kept - 1]!) break;
      const list = members[c]!;
      const from = (a * 7919) % list.length;
      for (let t = 0; t < list.length; t++) {
        const b = list[(from + t) % list.length]!;
        if (b === a) continue;
        const j = pool[b]!;
        if (kept === perPerson && bound[c]! + most <= keptW[kept - 1]!) break;
        // The weight before the cooldown: most people scanned cannot beat the partners kept anyway.
        let weight = w.weight(i, j);
        if (kept === perPerson && weight + rules.maxBonus <= keptW[kept - 1]!) continue;
        if (!rules.allowed(i, j)) continue;
        weight += rules.bonus(i, j);
        if (kept === perPerson && weight <= keptW[kept - 1]!) continue;
        // Insertion into the short sorted list of the best so far.
        let at = kept < perPerson ? kept++ : kept - 1;
        while (at > 0 && keptW[at - 1]! < weight) {
          keptJ[at] = keptJ[at - 1]!;
          keptW[at] = keptW[at - 1]!;
          at--;
        }
        keptJ[at] = b;
        keptW[at] = weight;
      }
    }
    for (let t = 0; t < kept; t++) {
      const b = keptJ[t]!;
      edges.set(Math.min(a, b) * size + Math.max(a, b), keptW[t]!);
    }
  }
  return edges;
}
