/**
 * How matching's pages word a skill, a rank and a request's status in the viewer's language, and a
 * message part only screen readers hear.
 */
import type { Translate } from "../../lib/i18n";
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
