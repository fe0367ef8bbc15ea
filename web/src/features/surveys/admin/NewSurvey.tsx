/** Adding a survey: first a ready-made template or a blank one, then the form to change what you like. */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Alert, TryAgain } from "../../../lib/Alert";
import { focusSoon } from "../../../lib/focus";
import { useApi } from "../../../lib/query";
import { SurveyForm, type Start } from "./SurveyForm";
import { useSurveyWords, type SurveyItem } from "./words";
import { useT } from "../i18n";
import { Skeleton } from "../../../lib/Skeleton";

const loadTemplates = () => ok(api.surveys.templates.$get());
type Template = Awaited<ReturnType<typeof loadTemplates>>["items"][number];

const SCRATCH = "scratch";
const BLANK: Start = { title: "", anchor: "mentorship-start", offsetDays: 14, anonymous: false, questions: [] };

const startFrom = (template: Template): Start => ({
  template: template.key,
  title: template.title,
  anchor: template.trigger.anchor,
  offsetDays: template.trigger.offsetDays,
  anonymous: template.anonymous,
  questions: template.questions,
});

type Props = { programId: string; onCreated: (s: SurveyItem) => void; onCancel: () => void };

export function NewSurvey({ programId, onCreated, onCancel }: Props) {
  const { t } = useT();
  const { whenInWords } = useSurveyWords();
  const templates = useApi(["surveys", "templates"], loadTemplates);
  const [choice, setChoice] = useState(SCRATCH);
  const [start, setStart] = useState<Start | null>(null);
  // An event's follow-up never goes out from a program: its anchor is an event's end.
  const fitting = (templates.data?.items ?? []).filter((x) => x.trigger.anchor !== "event-end");

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
    const template = fitting.find((x) => x.key === choice);
    setStart(template ? startFrom(template) : BLANK);
    focusSoon("sv-title");
  };
  return (
    <form class="card" onSubmit={next} aria-labelledby="sv-start-h">
      <h2 id="sv-start-h" tabIndex={-1} style={{ marginTop: 0 }}>
        {t("surveys.new.title")}
      </h2>
      <Alert message={templates.error}>
        <TryAgain onClick={templates.reload} />
      </Alert>
      <fieldset>
        <legend>{t("surveys.new.startFrom")}</legend>
        {!templates.data && !templates.error && <Skeleton label={t("surveys.new.loading")} />}
        {[...fitting, null].map((template) => {
          const key = template?.key ?? SCRATCH;
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
              <label for={`sv-start-${key}`}>{template ? template.title : t("surveys.new.scratch")}</label>
              <span class="hint" id={`sv-start-${key}-hint`} style={{ flexBasis: "100%", margin: "0 0 0 28px" }}>
                {template
                  ? t("surveys.new.templateHint", {
                      count: template.questions.length,
                      when: whenInWords(template.trigger),
                      anonymous: template.anonymous ? "yes" : "no",
                    })
                  : t("surveys.new.scratchHint")}
              </span>
            </div>
          );
        })}
      </fieldset>
      <p style={{ display: "flex", flexWrap: "wrap", gap: "8px" }}>
        <button type="submit">{t("surveys.new.continue")}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t("surveys.new.cancel")}
        </button>
      </p>
    </form>
  );
}
