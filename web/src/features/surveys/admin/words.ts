/** Surveys in words: loading a program's list, and when each goes out and how many answered, as sentences. */
import { api, ok } from "../../../lib/api";
import { plural } from "../../../lib/format";

export const loadSurveys = (id: string) => ok(api.programs[":id"].surveys.$get({ param: { id } }));
export type SurveyItem = Awaited<ReturnType<typeof loadSurveys>>["items"][number];
export type Trigger = SurveyItem["trigger"];
export type Anchor = Trigger["anchor"];

/** Each anchor in words: the sentence on its day, and what "N days after/before" refers to. */
export const ANCHORS: Record<Anchor, { label: string; onTheDay: string; relative: string }> = {
  "mentorship-start": {
    label: "each mentorship starts",
    onTheDay: "the day each mentorship starts",
    relative: "each mentorship starts",
  },
  "mentorship-end": {
    label: "each mentorship ends",
    onTheDay: "the day each mentorship ends",
    relative: "each mentorship ends",
  },
  "program-start": {
    label: "the program starts",
    onTheDay: "on the program's first day",
    relative: "the program starts",
  },
  "program-end": {
    label: "the program ends",
    onTheDay: "at the end of the program's last day",
    relative: "the program ends",
  },
  "event-end": { label: "the event ends", onTheDay: "when the event ends", relative: "the event ends" },
};

/** "14 days after each mentorship starts", "on the program's first day", "3 days before the program starts". */
export function whenInWords({ anchor, offsetDays: days }: Trigger) {
  const words = ANCHORS[anchor];
  if (days === 0) return words.onTheDay;
  return `${plural(Math.abs(days), "day")} ${days > 0 ? "after" : "before"} ${words.relative}`;
}

/** "12 of 20 answered, 60%", or that nobody has been asked yet. */
export const answeredText = (s: { invited: number; responded: number; responseRate: number | null }) =>
  s.invited === 0
    ? "Nobody has been invited yet"
    : `${s.responded} of ${s.invited} answered, ${Math.round((s.responseRate ?? 0) * 100)}%`;
