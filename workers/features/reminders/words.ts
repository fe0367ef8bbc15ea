/**
 * @module features/reminders/words
 * A reminder is noted as what it is about (`{"kind":"meeting","other":"Ana","at":…}`, written by SQL in
 * features/reminders/repo) and worded only when its digest is written, in the reader's language and on
 * their clock (an event's start on the event's). A note written before reminders were kept this way is
 * plain English text, and stays as it is.
 */
import { formatInstant, translator, type UiLanguage } from "../../platform/i18n";

type Noted =
  | { kind: "meeting"; other: string; at: number }
  | { kind: "request"; mentee: string }
  | { kind: "milestone"; title: string }
  | { kind: "event"; title: string; at: number; tz: string | null }
  | { kind: "rotation"; program: string; at: number }
  | { kind: "journey"; unit: string; n: number; title: string }
  | { kind: "nudge"; other: string; since: number; met: boolean };

export type Reader = { language: UiLanguage; timezone: string };

const read = (text: string): Noted | null => {
  if (!text.startsWith("{")) return null;
  try {
    return JSON.parse(text) as Noted;
  } catch {
    return null;
  }
};

/** "2 October" on the reader's clock, with the year when it is not this year's. */
function dayOf(language: UiLanguage, at: number, now: number, timeZone: string) {
  const year = (t: number) => formatInstant(language, t, { year: "numeric" }, timeZone);
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long" };
  if (year(at) !== year(now)) options.year = "numeric";
  return formatInstant(language, at, options, timeZone);
}

/** A moment on a clock, said with the clock's zone: "8 May 2031 at 04:00 (UTC)". */
const momentOf = (language: UiLanguage, at: number, timeZone: string) =>
  `${formatInstant(language, at, { dateStyle: "long", timeStyle: "short" }, timeZone)} (${timeZone})`;

/** The reminder's line in the digest, as `reader` reads it at `now`. */
export function reminderText(stored: string, reader: Reader, now: number): string {
  const noted = read(stored);
  if (!noted) return stored;
  const t = translator(reader.language);
  const { language, timezone } = reader;
  switch (noted.kind) {
    case "meeting":
      return t("reminder.meeting", { other: noted.other, when: momentOf(language, noted.at, timezone) });
    case "request":
      return t("reminder.request", { mentee: noted.mentee });
    case "milestone":
      return t("reminder.milestone", { title: noted.title });
    case "event":
      return t("reminder.event", { title: noted.title, when: momentOf(language, noted.at, noted.tz || timezone) });
    case "rotation":
      return t("reminder.rotation", { program: noted.program, day: dayOf(language, noted.at, now, timezone) });
    case "journey":
      return t("reminder.journey", { unit: noted.unit, n: noted.n, title: noted.title });
    case "nudge": {
      const day = dayOf(language, noted.since, now, timezone);
      return noted.met
        ? t("reminder.nudge", { other: noted.other, day })
        : t("reminder.nudgePaired", { other: noted.other, day });
    }
    default:
      return stored;
  }
}
