/**
 * @module domain/insights/measures
 * The arithmetic of program insights over plain rows: medians, weeks, the health of a pair, NPS. Kept
 * apart from the queries so each measure is tested and benchmarked on its own.
 */
const DAY = 86_400_000;

export const daysBetween = (from: number, to: number) => Math.floor((to - from) / DAY);

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
/** `part` of `whole` in percent with one decimal, or null when there is no whole. */
export const percent = (part: number, whole: number) => (whole ? round1((part / whole) * 100) : null);

/** The Monday (UTC) of the week `ms` falls in, as YYYY-MM-DD: the key of a weekly series. */
export function weekOf(ms: number): string {
  const d = new Date(ms);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back)).toISOString().slice(0, 10);
}

/** Every week from the one `from` falls in to the one `to` falls in, oldest first. */
export function weeksBetween(from: number, to: number): string[] {
  const weeks: string[] = [];
  for (let w = Date.parse(weekOf(from)); w <= to; w += 7 * DAY) weeks.push(weekOf(w));
  return weeks;
}

export type HealthPolicy = { quietDays: number; stalledDays: number };
export const DEFAULT_HEALTH: HealthPolicy = { quietDays: 21, stalledDays: 42 };
export type Health = "healthy" | "quiet" | "stalled";

/**
 * How an active pair is doing: days since its last meeting (or since it started, before the first),
 * quiet from `quietDays`, stalled from `stalledDays`.
 */
export function healthOf(since: number, now: number, policy: HealthPolicy = DEFAULT_HEALTH) {
  const days = daysBetween(since, now);
  const status: Health = days >= policy.stalledDays ? "stalled" : days >= policy.quietDays ? "quiet" : "healthy";
  return { status, days };
}

/** Net promoter score of 0–10 answers: promoters (9–10) minus detractors (0–6), in percent. */
export function nps(scores: number[]): number | null {
  if (!scores.length) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 100);
}
