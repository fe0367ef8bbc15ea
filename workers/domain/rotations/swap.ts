/**
 * @module domain/rotations/swap
 * An admin's swap in a planned cycle: two juniors (or two seniors) trade places, a bye included, as long
 * as nobody then meets a partner they meet in another cycle of the term.
 */
import type { Cycle } from "./schedule";

export type SwapResult = { cycle: Cycle } | { error: string };

const pairKeys = (c: Cycle) => c.pairs.flatMap((p) => p.seniorIds.map((s) => `${p.juniorId}|${s}`));

export function swapInCycle(
  cycle: Cycle,
  others: Cycle[],
  a: string,
  b: string,
  roleOf: (id: string) => "junior" | "senior" | null,
): SwapResult {
  if (a === b) return { error: "Choose two different people." };
  const [ra, rb] = [roleOf(a), roleOf(b)];
  if (!ra || !rb) return { error: "Both must take part in the rotation." };
  if (ra !== rb) return { error: "Swap two juniors or two seniors." };
  const swap = (id: string) => (id === a ? b : id === b ? a : id);
  const next: Cycle = {
    ...cycle,
    pairs: cycle.pairs.map((p) => ({ juniorId: swap(p.juniorId), seniorIds: p.seniorIds.map(swap) })),
    byes: cycle.byes.map(swap),
  };
  // Someone swapped with a person outside the cycle (a late joiner) keeps a bye rather than vanishing.
  const people = (c: Cycle) => new Set([...c.pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]), ...c.byes]);
  const [before, after] = [people(cycle), people(next)];
  for (const id of [a, b]) if (before.has(id) && !after.has(id)) next.byes.push(id);
  const elsewhere = new Set(others.filter((c) => c.cycle !== cycle.cycle).flatMap(pairKeys));
  const repeat = pairKeys(next).find((k) => elsewhere.has(k));
  if (repeat) return { error: "That would pair two people who meet in another cycle." };
  return { cycle: next };
}
