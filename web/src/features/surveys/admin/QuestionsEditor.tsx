/**
 * The questions of a survey being written: type, text, options one per line, required; add, remove
 * and move up or down. Ids for the API come from the text, since people never see them.
 */
import { Checkbox, Field, Options, TextAreaField } from "../../../lib/Field";
import { focusSoon } from "../../../lib/focus";
import type { SurveyItem } from "./words";
import { useT } from "../i18n";

type Question = SurveyItem["questions"][number];
export type QuestionType = Question["type"];
/** A question as the form holds it: `key` keeps its inputs while it moves; `id` is kept from a template. */
export type DraftQuestion = {
  key: number;
  id?: string;
  type: QuestionType;
  text: string;
  options: string;
  required: boolean;
};

const hasOptions = (t: QuestionType) => t === "single" || t === "multi";

let nextKey = 1;
export const draftOf = (q?: Question): DraftQuestion => ({
  key: nextKey++,
  id: q?.id,
  type: q?.type ?? "rating",
  text: q?.text ?? "",
  options: (q?.options ?? []).join("\n"),
  required: q?.required ?? false,
});

/** "How was it?" → "how-was-it": lowercase letters, digits and dashes, as the API wants ids. */
const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 32)
    .replace(/-+$/, "");

/** The questions for the API, each with an id of its own. */
export function questionsFor(drafts: DraftQuestion[]): Question[] {
  const used = new Set<string>();
  return drafts.map((d, i) => {
    const base = d.id ?? (slug(d.text) || `question-${i + 1}`);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const options = d.options
      .split("\n")
      .map((o) => o.trim())
      .filter(Boolean);
    return { id, type: d.type, text: d.text, required: d.required, ...(hasOptions(d.type) ? { options } : {}) };
  });
}

type Props = { questions: DraftQuestion[]; errors: Record<string, string>; onChange: (q: DraftQuestion[]) => void };

export function QuestionsEditor({ questions, errors, onChange }: Props) {
  const { t } = useT();
  const types: [QuestionType, string][] = [
    ["rating", t("surveys.questions.rating")],
    ["nps", t("surveys.questions.nps")],
    ["single", t("surveys.questions.single")],
    ["multi", t("surveys.questions.multi")],
    ["text", t("surveys.questions.text")],
  ];
  const set = (i: number, change: Partial<DraftQuestion>) =>
    onChange(questions.map((q, j) => (j === i ? { ...q, ...change } : q)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...questions];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
    // Focus follows the question to its new place, on the same button where it still has one.
    const to = i + by;
    const same = by < 0 ? (to > 0 ? "up" : "down") : to < questions.length - 1 ? "down" : "up";
    focusSoon(`qe-${to}-${same}`);
  };
  const add = () => {
    onChange([...questions, draftOf()]);
    focusSoon(`qe-${questions.length}-text`);
  };
  const remove = (i: number) => {
    onChange(questions.filter((_, j) => j !== i));
    focusSoon("qe-add");
  };
  return (
    <fieldset aria-describedby={errors.questions ? "qe-error" : undefined}>
      <legend>{t("surveys.questions.title")}</legend>
      {errors.questions && (
        <p class="error" id="qe-error">
          {errors.questions}
        </p>
      )}
      {questions.length === 0 && <p class="hint">{t("surveys.questions.none")}</p>}
      {questions.map((q, i) => (
        <fieldset key={q.key}>
          <legend>{t("surveys.questions.number", { n: i + 1 })}</legend>
          <Field id={`qe-${i}-type`} label={t("surveys.questions.type")}>
            {(a) => (
              <select {...a} value={q.type} onChange={(e) => set(i, { type: e.currentTarget.value as QuestionType })}>
                <Options options={types} />
              </select>
            )}
          </Field>
          <Field
            id={`qe-${i}-text`}
            label={t("surveys.questions.question")}
            error={errors[`questions.${i}.text`] ?? errors[`questions.${i}.id`]}
          >
            {(a) => (
              <input {...a} value={q.text} maxLength={300} onInput={(e) => set(i, { text: e.currentTarget.value })} />
            )}
          </Field>
          {hasOptions(q.type) && (
            <TextAreaField
              id={`qe-${i}-options`}
              label={t("surveys.questions.options")}
              hint={t("surveys.questions.optionsHint")}
              error={errors[`questions.${i}.options`]}
              rows={4}
              value={q.options}
              onInput={(options) => set(i, { options })}
            />
          )}
          <Checkbox
            id={`qe-${i}-required`}
            label={t("surveys.questions.required")}
            checked={q.required}
            onChange={(required) => set(i, { required })}
          />
          <p style={{ display: "flex", flexWrap: "wrap", gap: "8px", margin: "8px 0 0" }}>
            {i > 0 && (
              <button type="button" class="secondary" id={`qe-${i}-up`} onClick={() => move(i, -1)}>
                {t("surveys.questions.up")}
                <span class="sr-only"> {t("surveys.questions.which", { n: i + 1 })}</span>
              </button>
            )}
            {i < questions.length - 1 && (
              <button type="button" class="secondary" id={`qe-${i}-down`} onClick={() => move(i, 1)}>
                {t("surveys.questions.down")}
                <span class="sr-only"> {t("surveys.questions.which", { n: i + 1 })}</span>
              </button>
            )}
            <button type="button" class="secondary" onClick={() => remove(i)}>
              {t("surveys.questions.remove")}
              <span class="sr-only"> {t("surveys.questions.which", { n: i + 1 })}</span>
            </button>
          </p>
        </fieldset>
      ))}
      <button type="button" class="secondary" id="qe-add" onClick={add}>
        {t("surveys.questions.add")}
      </button>
    </fieldset>
  );
}
