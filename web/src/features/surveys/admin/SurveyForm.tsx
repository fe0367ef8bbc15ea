/**
 * Writing a survey, new (from scratch or from a template) or one to change: its title, when it goes
 * out (days before or after an anchor), how long it stays open, whether it is anonymous, and its
 * questions, which stay as they were asked once someone has answered.
 */
import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Field, focusFirstError, NumberField, Status, type NumberSpec } from "../../../lib/Field";
import { useApiChange } from "../../../lib/query";
import { ANCHORS, useSurveyWords, type Anchor, type SurveyItem } from "./words";
import { useT } from "../i18n";
import { QuestionsEditor, draftOf, questionsFor, type DraftQuestion } from "./QuestionsEditor";

/** What a new survey starts from: a template's fields, or nothing much. */
export type Start = {
  template?: string;
  title: string;
  anchor: Anchor;
  offsetDays: number;
  anonymous: boolean;
  openDays?: number;
  questions: SurveyItem["questions"];
};

/** An existing survey as the form's start. */
export const startOf = (s: SurveyItem): Start => ({
  title: s.title,
  anchor: s.trigger.anchor,
  offsetDays: s.trigger.offsetDays,
  anonymous: s.anonymous,
  openDays: s.openDays,
  questions: s.questions,
});

/** The anchors a program's survey can follow (an event's end belongs to event surveys). */
const PROGRAM_ANCHORS = ANCHORS.filter((a) => a !== "event-end");

type Props = {
  programId: string;
  start: Start;
  /** The survey being changed, and whether anyone answered it (then its questions stay). */
  editing?: { id: string; answered: boolean };
  onCreated: (s: SurveyItem) => void;
  onCancel: () => void;
};

export function SurveyForm({ programId, start, editing, onCreated, onCancel }: Props) {
  const { t } = useT();
  const { anchorLabel, whenInWords } = useSurveyWords();
  const openDaysSpec: NumberSpec = {
    id: "sv-open",
    label: t("surveys.form.openDays"),
    hint: t("surveys.form.openDaysHint"),
    range: [1, 90],
  };
  const [title, setTitle] = useState(start.title);
  const [anchor, setAnchor] = useState<Anchor>(start.anchor);
  const [days, setDays] = useState(String(Math.abs(start.offsetDays)));
  const [before, setBefore] = useState(start.offsetDays < 0);
  const [openDays, setOpenDays] = useState(String(start.openDays ?? 14));
  const [anonymous, setAnonymous] = useState(start.anonymous);
  const [questions, setQuestions] = useState<DraftQuestion[]>(() =>
    start.questions.length ? start.questions.map(draftOf) : [draftOf()],
  );
  const form = useRef<HTMLFormElement>(null);
  const offsetDays = (before ? -1 : 1) * Math.trunc(Number(days) || 0);
  // The survey as the form stands when it is sent: changed in place, or added to the program.
  const saving = useApiChange(() => {
    const fields = {
      title,
      trigger: { anchor, offsetDays },
      openDays: Math.trunc(Number(openDays) || 0),
      anonymous,
      ...(editing?.answered ? {} : { questions: questionsFor(questions) }),
    };
    return editing
      ? ok(api.surveys[":id"].$patch({ param: { id: editing.id }, json: fields }))
      : ok(
          api.programs[":id"].surveys.$post({
            param: { id: programId },
            json: { ...(start.template ? { template: start.template } : {}), ...fields },
          }),
        );
  });
  const { fields: errors, error: message, busy } = saving;

  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await saving.run(undefined);
    if (saved) onCreated(saved);
    else focusFirstError(form.current);
  };

  const dayError = errors["trigger.offsetDays"] ?? errors.trigger;
  return (
    <form ref={form} onSubmit={submit} noValidate class="card" aria-labelledby="sv-form-h">
      <h2 id="sv-form-h" style={{ marginTop: 0 }}>
        {editing ? t("surveys.form.changeTitle", { title: start.title }) : t("surveys.form.newTitle")}
      </h2>
      <Field id="sv-title" label={t("surveys.form.title")} error={errors.title}>
        {(a) => <input {...a} value={title} maxLength={120} onInput={(e) => setTitle(e.currentTarget.value)} />}
      </Field>
      <fieldset aria-describedby="sv-when-words">
        <legend>{t("surveys.form.when")}</legend>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "0 12px" }}>
          <div style={{ flex: "1 1 80px" }}>
            <NumberField
              id="sv-days"
              label={t("surveys.form.days")}
              error={dayError}
              range={[0, 365]}
              value={days}
              onInput={setDays}
            />
          </div>
          <div style={{ flex: "1 1 110px" }}>
            <Field id="sv-direction" label={t("surveys.form.direction")}>
              {(a) => (
                <select
                  {...a}
                  value={before ? "before" : "after"}
                  onChange={(e) => setBefore(e.currentTarget.value === "before")}
                >
                  <option value="after">{t("surveys.form.after")}</option>
                  <option value="before">{t("surveys.form.before")}</option>
                </select>
              )}
            </Field>
          </div>
          <div style={{ flex: "2 1 190px" }}>
            <Field id="sv-anchor" label={t("surveys.form.anchor")} error={errors["trigger.anchor"]}>
              {(a) => (
                <select {...a} value={anchor} onChange={(e) => setAnchor(e.currentTarget.value as Anchor)}>
                  {PROGRAM_ANCHORS.map((key) => (
                    <option key={key} value={key}>
                      {anchorLabel(key)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </div>
        <p class="hint" id="sv-when-words">
          {t("surveys.form.goesOut", { when: whenInWords({ anchor, offsetDays }) })}
        </p>
      </fieldset>
      <NumberField {...openDaysSpec} error={errors.openDays} value={openDays} onInput={setOpenDays} />
      <div class="choice">
        <input
          type="checkbox"
          id="sv-anonymous"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.currentTarget.checked)}
        />
        <label for="sv-anonymous">{t("surveys.form.anonymous")}</label>
      </div>
      {editing?.answered ? (
        <p>{t("surveys.form.questionsStay")}</p>
      ) : (
        <QuestionsEditor questions={questions} errors={errors} onChange={setQuestions} />
      )}
      <Status message={message} tone="error" />
      <p style={{ display: "flex", flexWrap: "wrap", gap: "8px" }}>
        <button type="submit" disabled={busy}>
          {editing
            ? busy
              ? t("surveys.form.saving")
              : t("surveys.form.save")
            : busy
              ? t("surveys.form.adding")
              : t("surveys.form.add")}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t("surveys.form.cancel")}
        </button>
      </p>
    </form>
  );
}
