/**
 * Every date and time the app shows, in the viewer's language and time zone (Intl with no fixed
 * locale), except an event's start, which is shown on its own zone's clock, names that zone and is
 * worded the same for everyone.
 * Times come from the API as epoch milliseconds.
 */

const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(undefined, options);

const exact = fmt({ weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const day = fmt({ day: "numeric", month: "short", year: "numeric" });
const long = fmt({ dateStyle: "long", timeStyle: "short" });
const stamp = fmt({
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
const numericDay = fmt({ year: "numeric", month: "numeric", day: "numeric" });
// A program's term is a list of calendar days stored at UTC midnight: read them on UTC's calendar.
const termDays = fmt({ day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "Tue, 3 Mar, 14:00". */
export const whenExactly = (ms: number) => exact.format(ms);

/** "3 Mar 2026". */
export const whenDay = (ms: number) => day.format(ms);

/** "3/3/2026", or "—" for never: a date in a table column. */
export const whenNumeric = (ms: number | null) => (ms ? numericDay.format(ms) : "—");

/** "3 March 2026 at 14:00": a deadline in a sentence. */
export const whenLong = (ms: number) => long.format(ms);

/** "3/3/2026, 14:00:05": when something happened, to the second (runs, mail logs); "" for never. */
export const whenStamp = (ms: number | null) => (ms ? stamp.format(ms) : "");

/** "3 – 16 Mar 2026": the days from `startsAt` up to (not including) `endsAt`. */
export const termRange = (startsAt: number, endsAt: number) =>
  termDays.formatRange(startsAt, Math.max(startsAt, endsAt - 1));

const shortDays = fmt({ day: "numeric", month: "short", timeZone: "UTC" });

/** "3 Mar": a calendar day the API gives as `YYYY-MM-DD` (a week's Monday), read on UTC's calendar. */
export const calendarDay = (day: string) => shortDays.format(Date.parse(day));

const shortMonths = fmt({ month: "short", year: "numeric", timeZone: "UTC" });

/** "Mar 2026": a month the API gives as `YYYY-MM`, read on UTC's calendar. */
export const calendarMonth = (month: string) => shortMonths.format(Date.parse(`${month}-01`));

/**
 * "Thursday, 4 March 2027 at 09:00 (Europe/Berlin)": on the clock of the place it happens. Worded in one
 * fixed (British) style so the host's screen, the projector and every phone in the room say the same.
 */
export const inZone = (ms: number, timeZone: string) =>
  `${new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone }).format(ms)} (${timeZone})`;

/** The value a datetime-local input shows for an instant, on the viewer's clock. */
export const localInputValue = (ms: number) =>
  new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
