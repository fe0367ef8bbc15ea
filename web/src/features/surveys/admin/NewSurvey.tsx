/** Adding a survey: first a ready-made template or a blank one, then the form to change what you like. */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Alert, TryAgain } from "../../../lib/Alert";
import { plural } from "../../../lib/format";
import { focusSoon } from "../../../lib/focus";
import { useApi } from "../../../lib/query";
import { SurveyForm, type Start } from "./SurveyForm";
import { whenInWords, type SurveyItem } from "./words";
import { Skeleton } from "../../../lib/Skeleton";

const loadTemplates = () => ok(api.surveys.templates.$get());
type Template = Awaited<ReturnType<typeof loadTemplates>>["items"][number];

const SCRATCH = "scratch";
const BLANK: Start = { title: "", anchor: "mentorship-start", offsetDays: 14, anonymous: false, questions: [] };

const startFrom = (t: Template): Start => ({
  template: t.key,
  title: t.title,
  anchor: t.trigger.anchor,
  offsetDays: t.trigger.offsetDays,
  anonymous: t.anonymous,
  questions: t.questions,
});

type Props = { programId: string; onCreated: (s: SurveyItem) => void; onCancel: () => void };

export function NewSurvey({ programId, onCreated, onCancel }: Props) {
  const templates = useApi(["surveys", "templates"], loadTemplates);
  const [choice, setChoice] = useState(SCRATCH);
  const [start, setStart] = useState<Start | null>(null);
  // An event's follow-up never goes out from a program: its anchor is an event's end.
  const fitting = (templates.data?.items ?? []).filter((t) => t.trigger.anchor !== "event-end");

  if (start) {
    return (
      <SurveyForm
        programId={programId}
        start={start}
        onCreated={onCreated}
        onCancel={() => {
          setStart(null);
          focusSoon("sv-start-h");
        }}
      />
    );
  }
  const next = (e: Event) => {
    e.preventDefault();
    const template = fitting.find((t) => t.key === choice);
    setStart(template ? startFrom(template) : BLANK);
    focusSoon("sv-title");
  };
  return (
    <form class="card" onSubmit={next} aria-labelledby="sv-start-h">
      <h2 id="sv-start-h" tabIndex={-1} style={{ marginTop: 0 }}>
        Add a survey
      </h2>
      <Alert message={templates.error}>
        <TryAgain onClick={templates.reload} />
      </Alert>
      <fieldset>
        <legend>Start from</legend>
        {!templates.data && !templates.error && <Skeleton label="Loading the templates" />}
        {[...fitting, null].map((t) => {
          const key = t?.key ?? SCRATCH;
          return (
            <div class="choice" key={key}>
              <input
                type="radio"
                name="sv-start"
                id={`sv-start-${key}`}
                checked={choice === key}
                aria-describedby={`sv-start-${key}-hint`}
                onChange={() => setChoice(key)}
              />
              <label for={`sv-start-${key}`}>{t ? t.title : "From scratch"}</label>
              <span class="hint" id={`sv-start-${key}-hint`} style={{ flexBasis: "100%", margin: "0 0 0 28px" }}>
                {t
                  ? `${plural(t.questions.length, "question")}, goes out ${whenInWords(t.trigger)}${t.anonymous ? ", anonymous" : ""}.`
                  : "Write your own questions."}
              </span>
            </div>
          );
        })}
      </fieldset>
      <p style={{ display: "flex", flexWrap: "wrap", gap: "8px" }}>
        <button type="submit">Continue</button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
