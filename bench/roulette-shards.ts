/**
 * The roulette planner as it was before a round became one exact matching, kept for the bench to compare
 * with: the round solved in shards of at most SHARD people drawn at random over each person's CANDIDATES
 * best partners, each shard exactly with `edmonds-blossom-fixed`; whoever a shard leaves unpaired is
 * paired in a second pass where a repeat is allowed but any new partner outweighs it.
 */
/// <reference path="../test/edmonds-blossom-fixed.d.ts" />
import blossom from "edmonds-blossom-fixed";
import { pairWeights, roundBasics, type RoundInput } from "../workers/domain/roulette/plan";

const SHARD = 300;
const CANDIDATES = 12;
/** A new partner outweighs any repeat in the second pass, whatever their mix. */
const NEW = 1000;

/** Splits `ids` into shards of even sizes as equal as possible, none over SHARD. */
function shards(ids: number[]): number[][] {
  const count = Math.ceil(ids.length / SHARD);
  const out: number[][] = [];
  let from = 0;
  for (let s = 0; s < count; s++) {
    const size = 2 * Math.ceil((ids.length - from) / (count - s) / 2);
    out.push(ids.slice(from, from + size));
    from += size;
  }
  return out;
}

/** Plans one round in shards; returns its groups (pairs, and one trio for an odd number), each sorted by id. */
export function planShardedRound(input: RoundInput): string[][] {
  const { people } = input;
  if (people.length < 2) return [];
  const { n, metBefore, rank, order, third } = roundBasics(input);
  const { weight } = pairWeights(people, input.mixBy, input.at);
  const mate = new Int32Array(n).fill(-1);

  const solve = (shard: number[], repeats: boolean) => {
    const seen = new Set<number>();
    const edges: [number, number, number][] = [];
    const local = new Map(shard.map((p, k) => [p, k]));
    for (const i of shard) {
      const options: [number, number][] = [];
      for (const j of shard) {
        if (j === i) continue;
        const repeat = metBefore(i, j);
        if (repeat && !repeats) continue;
        options.push([j, weight(i, j) + (repeats && !repeat ? NEW : 0)]);
      }
      // Ties broken per pair, not per person: otherwise everyone's candidates would be the same few people.
      const tie = (j: number) => Math.imul(rank[i]! ^ rank[j]!, 0x9e3779b1) >>> 0;
      options.sort((x, y) => y[1] - x[1] || tie(x[0]) - tie(y[0]));
      for (const [j, w] of options.slice(0, CANDIDATES)) {
        const key = Math.min(i, j) * n + Math.max(i, j);
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push([local.get(i)!, local.get(j)!, w]);
      }
    }
    if (!edges.length) return;
    const mates = blossom(edges, true);
    mates.forEach((m, k) => {
      if (m >= 0) mate[shard[k]!] = shard[m]!;
    });
  };

  const unpaired = () => order.filter((i) => i !== third && mate[i] === -1);
  for (const shard of shards(unpaired())) solve(shard, false);
  for (const shard of shards(unpaired())) solve(shard, true);
  // Only a sparse candidate graph can leave anyone here; the pool is even, so they pair off in order.
  const rest = unpaired();
  for (let k = 0; k + 1 < rest.length; k += 2) {
    mate[rest[k]!] = rest[k + 1]!;
    mate[rest[k + 1]!] = rest[k]!;
  }

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
