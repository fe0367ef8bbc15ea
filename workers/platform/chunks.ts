/** @module platform/chunks — how the clock shares a fixed amount of work per tick among many candidates. */

/** The cron's period (wrangler.toml: every five minutes). */
const TICK_MS = 5 * 60 * 1000;

/**
 * `size` of `items`, a different window each tick, going round: with a fixed chunk per tick, candidates
 * that keep coming back (an event nobody ran, a survey with nobody due) cannot starve the others.
 */
export function windowOfTick<T>(items: T[], size: number, now: number): T[] {
  if (items.length <= size) return items;
  const start = (Math.floor(now / TICK_MS) * size) % items.length;
  const window = items.slice(start, start + size);
  return window.concat(items.slice(0, size - window.length));
}
