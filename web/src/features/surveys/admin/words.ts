/** Surveys in words: loading a program's list, and when each goes out and how many answered, as sentences. */
import { api, ok } from "../../../lib/api";
import { useT } from "../i18n";

export const loadSurveys = (id: string) => ok(api.programs[":id"].surveys.$get({ param: { id } }));
export type SurveyItem = Awaited<ReturnType<typeof loadSurveys>>["items"][number];
export type Trigger = SurveyItem["trigger"];
export type Anchor = Trigger["anchor"];

/** Every anchor, in the order the form offers them. */
export const ANCHORS: Anchor[] = ["mentorship-start", "mentorship-end", "program-start", "program-end", "event-end"];

type Answered = { invited: number; responded: number; responseRate: number | null };

/** A survey's words in the viewer's language: its anchor, when it goes out, how many answered. */
export function useSurveyWords() {
  const { t } = useT();
  // ICU select keys cannot hold a hyphen ("mentorship-start").
  const key = (anchor: Anchor) => anchor.replace(/-/g, "_");
  return {
    /** "each mentorship starts", as the form's choice. */
    anchorLabel: (anchor: Anchor) => t("surveys.when.anchor", { anchor: key(anchor) }),
    /** "14 days after each mentorship starts", "on the program's first day", "3 days before the program starts". */
    whenInWords: ({ anchor, offsetDays: days }: Trigger) =>
      days === 0
        ? t("surveys.when.onTheDay", { anchor: key(anchor) })
        : t("surveys.when.relative", {
            days: Math.abs(days),
            direction: days > 0 ? "after" : "before",
            anchor: key(anchor),
          }),
    /** "12 of 20 answered, 60%", or that nobody has been asked yet. */
    answeredText: (s: Answered) =>
      s.invited === 0
        ? t("surveys.answered.nobody")
        : t("surveys.answered.some", {
            responded: s.responded,
            invited: s.invited,
            rate: Math.round((s.responseRate ?? 0) * 100),
          }),
  };
}
