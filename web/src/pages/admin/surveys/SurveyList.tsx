/** A program's surveys as cards: when each goes out, for how long, whose names show, how many answered. */
import { useState } from "preact/hooks";
import { api, messageOf, ok } from "../../../api";
import { Status, type StatusMessage } from "../../../components/Field";
import { plural } from "../../../components/format";

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

type Props = { items: SurveyItem[]; resultsHref: (id: string) => string; onChanged: () => Promise<void> };

export function SurveyList({ items, resultsHref, onChanged }: Props) {
  if (items.length === 0) {
    return <p class="empty">This program has no surveys yet. Add one to hear how the mentoring goes.</p>;
  }
  return (
    <ul class="cards">
      {items.map((s) => (
        <li class="card" key={s.id} style={{ margin: 0 }}>
          <h3>
            {s.title} <span class={`tag ${s.active ? "active" : ""}`}>{s.active ? "Active" : "Off"}</span>
          </h3>
          <dl class="profile">
            <dt>Goes out</dt>
            <dd>{whenInWords(s.trigger)}</dd>
            <dt>Open for</dt>
            <dd>{plural(s.openDays, "day")}</dd>
            <dt>Names</dt>
            <dd>{s.anonymous ? "Anonymous" : "Organisers see who answered what"}</dd>
            <dt>Answers</dt>
            <dd>{answeredText(s)}</dd>
          </dl>
          <SurveyActions survey={s} resultsHref={resultsHref(s.id)} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}

function SurveyActions(props: { survey: SurveyItem; resultsHref: string; onChanged: () => Promise<void> }) {
  const { survey, resultsHref, onChanged } = props;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const toggle = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const saved = await ok(api.surveys[":id"].$patch({ param: { id: survey.id }, json: { active: !survey.active } }));
      await onChanged();
      setStatus({
        text: saved.active ? "Turned on: it goes out again when it is due." : "Turned off: nobody new is invited.",
        tone: "success",
      });
    } catch (err) {
      setStatus({ text: messageOf(err), tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  const verb = survey.active ? "Turn off" : "Turn on";
  return (
    <>
      <p style={{ display: "flex", flexWrap: "wrap", gap: "8px 16px", alignItems: "center", margin: "12px 0 0" }}>
        <button type="button" class="secondary" disabled={busy} onClick={toggle}>
          {verb}
          <span class="sr-only"> {survey.title}</span>
        </button>
        <a href={resultsHref}>
          View results<span class="sr-only"> of {survey.title}</span>
        </a>
      </p>
      <Status message={status?.text} tone={status?.tone} />
    </>
  );
}
