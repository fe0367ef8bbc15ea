/**
 * @module domain/roulette/slot
 * When to suggest a roulette pair's half hour: on the round's second day, at the first half hour inside
 * everyone's working hours (09:00–17:00 local); at 10:00 for the first person when they share none.
 */
import { utcOffsetMinutes } from "../matching/hours";

const DAY = 86_400_000;
const MINUTE = 60_000;

export function suggestedSlot(roundStartsAt: number, timeZones: string[]): { start: number; shared: boolean } {
  const day = Math.floor(roundStartsAt / DAY) * DAY + DAY;
  // Each person's working day as UTC minutes of that day, from their offset at its noon.
  const windows = timeZones.map((tz) => {
    let offset = 0;
    try {
      offset = utcOffsetMinutes(tz || "UTC", new Date(day + DAY / 2));
    } catch {
      offset = 0; // an unknown zone counts as UTC, as in the round's weights
    }
    return { from: 9 * 60 - offset, to: 17 * 60 - offset };
  });
  // Someone's working day may fall a calendar day earlier or later in UTC: each is tried shifted by a day.
  const first = windows[0] ?? { from: 9 * 60, to: 17 * 60 };
  const none = { start: day + (first.from + 60) * MINUTE, shared: false };
  let start = first.from;
  let end = first.to;
  for (const w of windows.slice(1)) {
    const shifted = [-1440, 0, 1440]
      .map((s) => ({ from: w.from + s, to: w.to + s }))
      .find((x) => x.to > start && x.from < end);
    if (!shifted) return none;
    start = Math.max(start, shifted.from);
    end = Math.min(end, shifted.to);
  }
  return end - start >= 30 ? { start: day + start * MINUTE, shared: true } : none;
}
