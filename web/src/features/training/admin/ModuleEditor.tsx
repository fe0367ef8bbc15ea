/** Writing or changing a training module: its guide in Markdown, whom it is for, and its questions. */
import { useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Field, NumberField, Options, Submit, TextAreaField } from "../../../lib/Field";
import { useFormSave } from "../../../lib/form";
import type { TrainingModule } from "../data";
import { useT } from "../i18n";

type Question = { prompt: string; options: string; answer: number };

export function ModuleEditor(props: { programId: string; module: TrainingModule | null; onDone: () => void }) {
  const { programId, module: m, onDone } = props;
  const { t } = useT();
  const audiences = [
    ["mentee", t("training.editor.mentees")],
    ["mentor", t("training.editor.mentors")],
    ["both", t("training.editor.everyone")],
  ] as const;
  const [title, setTitle] = useState(m?.title ?? "");
  const [guide, setGuide] = useState(m?.guide ?? "");
  const [audience, setAudience] = useState<TrainingModule["audience"]>(m?.audience ?? "mentee");
  const [required, setRequired] = useState(m?.required ?? true);
  const [passMark, setPassMark] = useState(String(m?.passMark ?? 100));
  const [questions, setQuestions] = useState<Question[]>(
    (m?.questions ?? []).map((q) => ({ prompt: q.prompt, options: q.options.join("\n"), answer: q.answer ?? 0 })),
  );
  const save = useFormSave(
    async (body: Parameters<(typeof api.training)[":id"]["$put"]>[0]["json"]) => {
      if (m) await ok(api.training[":id"].$put({ param: { id: m.id }, json: body }));
      else await ok(api.programs[":id"].training.$post({ param: { id: programId }, json: body }));
      onDone();
    },
    { invalidates: [["programs", programId, "training"]] },
  );
  const edit = (i: number, change: Partial<Question>) =>
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...change } : q)));
  const optionsOf = (q: Question) =>
    q.options
      .split("\n")
      .map((o) => o.trim())
      .filter(Boolean);

  const submit = (e: Event) => {
    e.preventDefault();
    void save.submit({
      title,
      guide,
      audience,
      required,
      passMark: Number(passMark),
      questions: questions.map((q) => ({ prompt: q.prompt, options: optionsOf(q), answer: q.answer })),
    });
  };
  const err = save.errors;
  return (
    <form ref={save.formRef} onSubmit={submit} noValidate class="card module-editor">
      <h2>{m ? t("training.editor.editTitle", { title: m.title }) : t("training.editor.newTitle")}</h2>
      <Field id="module-title" label={t("training.editor.title")} error={err.title}>
        {(a) => <input {...a} value={title} maxLength={120} onInput={(e) => setTitle(e.currentTarget.value)} />}
      </Field>
      <Field id="module-audience" label={t("training.editor.for")} error={err.audience}>
        {(a) => (
          <select {...a} value={audience} onChange={(e) => setAudience(e.currentTarget.value as typeof audience)}>
            <Options options={audiences} />
          </select>
        )}
      </Field>
      <label class="choice">
        <input type="checkbox" checked={required} onChange={(e) => setRequired(e.currentTarget.checked)} />
        {t("training.editor.required")}
      </label>
      <TextAreaField
        id="module-guide"
        label={t("training.editor.guide")}
        hint={t("training.editor.guideHint")}
        error={err.guide}
        rows={10}
        value={guide}
        onInput={setGuide}
      />
      <NumberField
        id="module-pass"
        label={t("training.editor.passMark")}
        range={[0, 100]}
        value={passMark}
        error={err.passMark}
        onInput={setPassMark}
      />
      <h3>{t("training.editor.questions")}</h3>
      <p class="hint">{t("training.editor.noQuestions")}</p>
      {err.questions && <p class="error">{err.questions}</p>}
      {questions.map((q, i) => (
        <fieldset key={i} class="question-editor">
          <legend>{t("training.editor.questionN", { n: i + 1 })}</legend>
          <Field id={`q${i}-prompt`} label={t("training.editor.question")} error={err[`questions.${i}.prompt`]}>
            {(a) => <input {...a} value={q.prompt} onInput={(e) => edit(i, { prompt: e.currentTarget.value })} />}
          </Field>
          <TextAreaField
            id={`q${i}-options`}
            label={t("training.editor.options")}
            error={err[`questions.${i}.options`]}
            rows={3}
            value={q.options}
            onInput={(options) => edit(i, { options })}
          />
          <Field id={`q${i}-answer`} label={t("training.editor.answer")} error={err[`questions.${i}.answer`]}>
            {(a) => (
              <select {...a} value={q.answer} onChange={(e) => edit(i, { answer: Number(e.currentTarget.value) })}>
                {optionsOf(q).map((o, j) => (
                  <option key={j} value={j}>
                    {o}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" class="link" onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}>
            {t("training.editor.removeQuestion", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {questions.length < 10 && (
        <button
          type="button"
          class="secondary"
          onClick={() => setQuestions((qs) => [...qs, { prompt: "", options: "", answer: 0 }])}
        >
          {t("training.editor.addQuestion")}
        </button>
      )}
      <div class="actions">
        <Submit change={save} label={t("training.editor.submit")} busyLabel={t("training.editor.busy")} />
        <button type="button" class="secondary" onClick={onDone}>
          {t("training.editor.cancel")}
        </button>
      </div>
    </form>
  );
}
