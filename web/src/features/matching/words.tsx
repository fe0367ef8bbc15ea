/**
 * How matching's pages word a skill, a rank, a request's status and a span of time in the viewer's
 * language, and a message part only screen readers hear.
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { Translate } from "../../lib/i18n";
import en from "./locales/en.json";
import type { SentRequest } from "./myRequests";

const LEVELS = ["none", "basic", "working", "expert"];

/** "SQL (expert)", or only the name where the level is not given. */
export const skillWords = (t: Translate, s: { name: string; level: number }) =>
  t("matching.skill", { name: s.name, level: LEVELS[s.level] ?? "none" });

/** How a sent request's status is said: "Waiting for an answer". */
export const requestStatusWords = (t: Translate, status: SentRequest["status"]) =>
  t("matching.requestStatus", { status });

/** "1st choice", "2nd choice". */
export const choiceWords = (t: Translate, rank: number) => t("matching.choice", { rank });

/** Matching's words in English, for a caller that gives no `t` of its own (insights, as yet). */
const inEnglish: Translate = (id, values) =>
  String(new IntlMessageFormat((en as Record<string, string>)[id] ?? id, "en").format(values));

/** "Under an hour", "5.5 hours", "3 days"; "No answers yet" for none. In English unless given a `t`. */
export function duration(hours: number | null, t: Translate = inEnglish) {
  if (hours === null) return t("matching.duration.none");
  if (hours < 1) return t("matching.duration.underAnHour");
  if (hours < 48) return t("matching.duration.hours", { count: Math.round(hours * 10) / 10 });
  return t("matching.duration.days", { count: Math.round(hours / 2.4) / 10 });
}

/** Stands in for the part of a message only screen readers hear (see `Unseen`). */
export const UNSEEN = "\u2063";

/**
 * A message worded around what sighted readers see nearby ("Remove <Ada> from choices"): that part,
 * given to `t` as `UNSEEN` and shown as `hidden`, is said only to screen readers, wherever the language
 * puts it.
 */
export function Unseen({ text, hidden }: { text: string; hidden: string }) {
  const [before = "", after = ""] = text.split(UNSEEN);
  return (
    <>
      {before}
      <span class="sr-only">{hidden}</span>
      {after}
    </>
  );
}
