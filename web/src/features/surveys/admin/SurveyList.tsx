/** A program's surveys as cards: when each goes out, for how long, whose names show, how many answered. */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Status } from "../../../lib/Field";
import { useAction } from "../../../lib/form";
import { plural } from "../../../lib/format";
import { SurveyForm, startOf } from "./SurveyForm";
import { answeredText, whenInWords, type SurveyItem } from "./words";
import { EmptyState } from "../../../lib/EmptyState";

export { loadSurveys } from "./words";

type Props = { items: SurveyItem[]; resultsHref: (id: string) => string; onChanged: () => Promise<void> };

export function SurveyList({ items, resultsHref, onChanged }: Props) {
  if (items.length === 0) {
    return <EmptyState title="No surveys yet">Add one with Add a survey to hear how the mentoring goes.</EmptyState>;
  }
  return (
    <ul class="cards">
      {items.map((s) => (
        <li class="card" key={s.id} style={{ margin: 0 }}>
          <h3>
            {s.title}{" "}
            <span class="tag" data-tone={s.active ? "success" : "neutral"}>
              {s.active ? "Active" : "Off"}
            </span>
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
  const turn = useAction(async (active: boolean) => {
    const saved = await ok(api.surveys[":id"].$patch({ param: { id: survey.id }, json: { active } }));
    await onChanged();
    return saved.active ? "Turned on: it goes out again when it is due." : "Turned off: nobody new is invited.";
  });
  const { busy, result: status } = turn;
  const toggle = () => turn.run(!survey.active);
  const verb = survey.active ? "Turn off" : "Turn on";
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <SurveyForm
        programId=""
        start={startOf(survey)}
        editing={{ id: survey.id, answered: survey.responded > 0 }}
        onCancel={() => setEditing(false)}
        onCreated={async () => {
          setEditing(false);
          await onChanged();
        }}
      />
    );
  }
  return (
    <>
      <p style={{ display: "flex", flexWrap: "wrap", gap: "8px 16px", alignItems: "center", margin: "12px 0 0" }}>
        <button type="button" class="secondary" disabled={busy} onClick={toggle}>
          {verb}
          <span class="sr-only"> {survey.title}</span>
        </button>
        <button type="button" class="secondary" onClick={() => setEditing(true)}>
          Change<span class="sr-only"> {survey.title}</span>
        </button>
        <a href={resultsHref}>
          View results<span class="sr-only"> of {survey.title}</span>
        </a>
      </p>
      <Status message={status?.text} tone={status?.tone} />
    </>
  );
}
