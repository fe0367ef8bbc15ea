/**
 * @module domain/roulette/plan
 * One roulette round: everyone who is in gets a partner (one trio when the number is odd), nobody meets
 * someone they met within the cooldown while anyone new is left, and pairs across the program's mix
 * (department, location, seniority) and with shared hours are preferred (domain/roulette/weights).
 *
 * The round is one exact maximum-weight matching with the most people paired first, on a general graph
 * (anyone may meet anyone, so the bipartite solver of domain/matching does not apply), over every
 * allowed pair of the whole round (domain/roulette/exact). Whoever the first pass leaves unpaired (they
 * met everyone left for them) is paired in a second exact pass over everyone left, where a repeat is
 * allowed but any new partner outweighs it: "until everyone has met everyone available".
 */
import type { RouletteMix } from "../kinds";
import { solvePass } from "./exact";
import { pairWeights, type RoulettePerson } from "./weights";

export type { RoulettePerson } from "./weights";
export { pairWeights, sharedInterests } from "./weights";

export type RoundInput = {
  people: RoulettePerson[];
  /** Pairs that met within the cooldown, in any order. */
  met: Iterable<readonly [string, string]>;
  mixBy: readonly RouletteMix[];
  /** Varies the draw from round to round (the round's number, say); the same seed plans the same round. */
  seed: string;
  /** When the round starts: working hours are compared on that day. */
  at: number;
};

/** A new partner outweighs any repeat in the second pass, whatever their mix. */
const NEW = 1000;

/** FNV-1a: a stable spread of ids for tie-breaking and the order people are taken in; nothing depends on it being secret. */
function hash(seed: string, id: string) {
  let h = 0x811c9dc5;
  const s = `${seed}:${id}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * What every way of planning a round starts from: who met whom before, the order people are taken in
 * (stable for the round's seed) and the trio's third for an odd number (whoever was a third least often,
 * so trios go round; -1 for none). The bench's sharded planner starts from it too.
 */
export function roundBasics(input: RoundInput) {
  const { people } = input;
  const n = people.length;
  const index = new Map(people.map((p, i) => [p.id, i]));
  const met = new Set<number>();
  for (const [a, b] of input.met) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined) met.add(Math.min(i, j) * n + Math.max(i, j));
  }
  const metBefore = (i: number, j: number) => met.has(Math.min(i, j) * n + Math.max(i, j));
  const rank = people.map((p) => hash(input.seed, p.id));
  const order = people.map((_, i) => i).sort((a, b) => rank[a]! - rank[b]!);
  const third = n % 2 ? order.reduce((best, i) => (people[i]!.trios < people[best]!.trios ? i : best), order[0]!) : -1;
  return { n, metBefore, rank, order, third };
}

/** Plans one round; returns its groups (pairs, and one trio for an odd number), each sorted by id. */
export function planRound(input: RoundInput): string[][] {
  const { people } = input;
  if (people.length < 2) return [];
  const { n, metBefore, rank, order, third } = roundBasics(input);
  const w = pairWeights(people, input.mixBy, input.at);
  const { weight } = w;
  const mate = new Int32Array(n).fill(-1);
  const pass = (pool: number[], repeats: boolean) => {
    if (pool.length < 2) return;
    const { mate: found } = solvePass(Int32Array.from(pool), w, {
      allowed: (i, j) => repeats || !metBefore(i, j),
      bonus: (i, j) => (repeats && !metBefore(i, j) ? NEW : 0),
      maxBonus: repeats ? NEW : 0,
    });
    for (const [i, j] of found) mate[i] = j;
  };
  const unpaired = () => order.filter((i) => i !== third && mate[i] === -1);
  pass(unpaired(), false);
  // The pool is even and the second pass may pair anyone with anyone, so it leaves nobody out.
  pass(unpaired(), true);

  const groups: number[][] = [];
  for (const i of order) if (i !== third && mate[i]! > i) groups.push([i, mate[i]!]);
  if (third >= 0 && groups.length) {
    // The third joins the pair where both partners are new to them and the pair suits them best.
    const fit = (g: number[]) =>
      g.reduce((s, j) => s + weight(third, j) + (metBefore(third, j) ? 0 : NEW), 0) * 2 ** 32 - rank[g[0]!]!;
    groups.reduce((best, g) => (fit(g) > fit(best) ? g : best), groups[0]!).push(third);
  }
  return groups.map((g) => g.map((i) => people[i]!.id).sort());
}
