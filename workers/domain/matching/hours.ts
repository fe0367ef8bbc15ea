/** @module domain/matching/hours — how many working hours (09:00–17:00 local) two time zones share. */

/** The zone's offset from UTC in minutes at `at`, from the runtime's time-zone data. */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((local - Math.floor(at.getTime() / 60000) * 60000) / 60000);
}

const DAY = 24 * 60;
const START = 9 * 60;
const END = 17 * 60;

/** Shared working hours of two zones on the day of `at`, rounded down to whole hours (0–8). */
export function sharedWorkingHours(a: string, b: string, at = new Date()): number {
  const shift = utcOffsetMinutes(a, at) - utcOffsetMinutes(b, at);
  // b's working day expressed in a's local minutes, and its copies a day before and after.
  let overlap = 0;
  for (const day of [-DAY, 0, DAY]) {
    const from = START + shift + day;
    const to = END + shift + day;
    overlap += Math.max(0, Math.min(END, to) - Math.max(START, from));
  }
  return Math.floor(overlap / 60);
}
