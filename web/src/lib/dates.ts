/**
 * Every date and time the app shows, in one style: the viewer's language (the one the screens speak, set
 * by lib/i18n) and time
 * zone (their profile's, once signed in, else the browser's), through Intl. The exceptions are named:
 * an event's start is shown on its own zone's clock, and calendar days (a program's term, a goal's due
 * day, a week) are read on UTC's calendar, where the API keeps them.
 * Times come from the API as epoch milliseconds.
 */

type Viewer = { locale: string | undefined; timeZone: string | undefined };
let viewer: Viewer = { locale: undefined, timeZone: undefined };
let cache = new Map<string, Intl.DateTimeFormat>();

const validZone = (tz: string | null | undefined) => {
  if (!tz) return undefined;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz;
  } catch {
    return undefined; // an unknown zone falls back to the browser's rather than breaking every page
  }
};

/**
 * Whose clock and language the app shows: the signed-in person's profile zone (null or absent keeps
 * the browser's) and the language the screens speak (lib/i18n sets it). What is not named stays.
 */
export function setViewer(next: { locale?: string; timeZone?: string | null }) {
  if ("locale" in next) viewer = { ...viewer, locale: next.locale };
  if ("timeZone" in next) viewer = { ...viewer, timeZone: validZone(next.timeZone) };
  cache = new Map();
}

function fmt(name: string, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(name);
  if (!f) {
    f = new Intl.DateTimeFormat(viewer.locale, { timeZone: viewer.timeZone, ...options });
    cache.set(name, f);
  }
  return f;
}

const DATE: Intl.DateTimeFormatOptions = { dateStyle: "medium" };
const TIME: Intl.DateTimeFormatOptions = { timeStyle: "short" };

/** "3 Mar 2026", "Mar 3, 2026" or "03.03.2026", as the viewer's locale writes it; "—" for never. */
export const formatDate = (ms: number | null) => (ms === null ? "—" : fmt("date", DATE).format(ms));

/** "14:00" or "2:00 PM", as the viewer's locale writes it. */
export const formatTime = (ms: number) => fmt("time", TIME).format(ms);

/** "3 Mar 2026, 14:00", or "—" for never. */
export const formatDateTime = (ms: number | null) =>
  ms === null ? "—" : fmt("dateTime", { ...DATE, ...TIME }).format(ms);

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Infinity],
];

/** "in 3 days", "yesterday", "2 hours ago": how far `ms` is from `now`, in the largest unit that fits. */
export function formatRelative(ms: number, now = Date.now()) {
  let amount = (ms - now) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = "second";
  for (const [u, next] of UNITS) {
    unit = u;
    if (Math.abs(amount) < next) break;
    amount /= next;
  }
  return new Intl.RelativeTimeFormat(viewer.locale, { numeric: "auto" }).format(Math.round(amount), unit);
}

// Calendar days are stored at UTC midnight: read them on UTC's calendar, whatever the viewer's zone.
const onUtc = (name: string, options: Intl.DateTimeFormatOptions) => fmt(name, { ...options, timeZone: "UTC" });

/** "3 Mar 2026": a calendar day the API gives as `YYYY-MM-DD` (a goal's due day, a closing day). */
export const formatDay = (day: string) => onUtc("day", DATE).format(Date.parse(day));

/** "3 – 16 Mar 2026": the days from `startsAt` up to (not including) `endsAt`. */
export const termRange = (startsAt: number, endsAt: number) =>
  onUtc("day", DATE).formatRange(startsAt, Math.max(startsAt, endsAt - 1));

/** "3 Mar": a calendar day the API gives as `YYYY-MM-DD` (a week's Monday), read on UTC's calendar. */
export const calendarDay = (day: string) =>
  onUtc("shortDay", { day: "numeric", month: "short" }).format(Date.parse(day));

/** "Mar 2026": a month the API gives as `YYYY-MM`, read on UTC's calendar. */
export const calendarMonth = (month: string) =>
  onUtc("month", { month: "short", year: "numeric" }).format(Date.parse(`${month}-01`));

/** Today as the API writes calendar days (`YYYY-MM-DD`, UTC), to compare with one. */
export const todayOnUtc = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);

/**
 * "Thursday, 4 March 2027 at 09:00 (Europe/Berlin)": on the clock of the place it happens. Worded in one
 * fixed (British) style so the host's screen, the projector and every phone in the room say the same.
 */
export const inZone = (ms: number, timeZone: string) =>
  `${new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone }).format(ms)} (${timeZone})`;

/** How far `timeZone` is ahead of UTC at the instant `t`, in ms: for a time typed on an event's own clock. */
export function zoneOffset(t: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(t));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - t;
}

/** The value a datetime-local input shows for an instant, on the browser's clock (the input's own). */
export const localInputValue = (ms: number) =>
  new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
