/**
 * @module domain/rotations/quality
 * Figures on a rotation plan, for tests, benches and the admin's summary.
 */
import type { Cycle } from "./schedule";

export type RotationQuality = {
  /** Junior–senior meetings beyond the first of the same pair. */
  repeats: number;
  /** Most byes of a junior minus fewest, or the same among seniors, whichever is larger. */
  byeSpread: number;
  /** Most cycles a junior hosted two seniors minus fewest. */
  trioSpread: number;
  /** Pairings per cycle, a trio counting once. */
  pairsPerCycle: number[];
};

const spread = (ids: Iterable<string>, counts: Map<string, number>) => {
  const values = [...ids].map((id) => counts.get(id) ?? 0);
  return values.length ? Math.max(...values) - Math.min(...values) : 0;
};
const bump = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);

/**
 * How fair and varied a plan is. Pass `people` for exact spreads; without it, juniors and seniors are
 * told apart by the pairs they appear in, and someone who only ever had byes is left out.
 */
export function rotationQuality(cycles: Cycle[], people?: { juniors: string[]; seniors: string[] }): RotationQuality {
  const juniors = new Set(people?.juniors);
  const seniors = new Set(people?.seniors);
  const meetings = new Set<string>();
  const byes = new Map<string, number>();
  const trios = new Map<string, number>();
  let total = 0;
  for (const c of cycles) {
    for (const p of c.pairs) {
      if (!people) juniors.add(p.juniorId);
      if (p.seniorIds.length > 1) bump(trios, p.juniorId);
      for (const s of p.seniorIds) {
        if (!people) seniors.add(s);
        meetings.add(`${p.juniorId}|${s}`);
        total++;
      }
    }
    for (const id of c.byes) bump(byes, id);
  }
  return {
    repeats: total - meetings.size,
    byeSpread: Math.max(spread(juniors, byes), spread(seniors, byes)),
    trioSpread: spread(juniors, trios),
    pairsPerCycle: cycles.map((c) => c.pairs.length),
  };
}
