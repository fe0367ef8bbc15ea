/**
 * @module domain/rotations/fit
 * How well a junior suits a senior, squeezed into the bottom band of a cycle's weight (0 to `FIT`), so
 * that fit only ever decides between partners that fairness leaves equal.
 */

export type RotationPerson = {
  id: string;
  department: string;
  /** Topics a junior offers to teach. */
  offers: string[];
  /** Topics a senior asked to learn. */
  wants: string[];
};
export type Fit = (juniorId: string, seniorId: string) => number;

/** The largest fit. */
export const FIT = 11;
/** Another department, worth more than the best topic score (FIT − MIX), so mixing wins when it is possible. */
const MIX = 6;

const norm = (text: string) => text.trim().toLowerCase();

/** The share of a senior's wants that a junior offers, 0 to 100; 0 when the senior asked for nothing. */
export function topicOverlap(offers: string[], wants: string[]): number {
  const wanted = new Set(wants.map(norm).filter(Boolean));
  if (!wanted.size) return 0;
  const offered = new Set(offers.map(norm));
  let covered = 0;
  for (const w of wanted) if (offered.has(w)) covered++;
  return Math.round((covered * 100) / wanted.size);
}

const clamp = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.min(100, n)) : 0);

/** The fit of each junior–senior pair, 0 to `FIT`, computed once per pair. */
export function fitOf(
  juniors: RotationPerson[],
  seniors: RotationPerson[],
  score: ((juniorId: string, seniorId: string) => number) | undefined,
  departmentMix: boolean,
): Fit {
  const junior = new Map(juniors.map((p) => [p.id, p]));
  const senior = new Map(seniors.map((p) => [p.id, p]));
  const cache = new Map<string, number>();
  return (j, s) => {
    const k = `${j}|${s}`;
    let fit = cache.get(k);
    if (fit === undefined) {
      const a = junior.get(j)!;
      const b = senior.get(s)!;
      const topics = clamp(score ? score(j, s) : topicOverlap(a.offers, b.wants));
      // An unknown department is nobody's colleague.
      const mixed = !norm(a.department) || norm(a.department) !== norm(b.department);
      fit = departmentMix
        ? (mixed ? MIX : 0) + Math.round((topics * (FIT - MIX)) / 100)
        : Math.round((topics * FIT) / 100);
      cache.set(k, fit);
    }
    return fit;
  };
}
