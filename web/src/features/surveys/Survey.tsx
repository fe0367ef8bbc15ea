/**
 * A survey through the one-click link in its invitation: no sign-in. The questions, prefilled with the
 * answers given before, so that people can change them until the survey closes.
 */
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok, statusOf } from "../../lib/api";
import { LoadFailed } from "../../lib/Alert";
import { formatDateTime } from "../../lib/dates";
import { useApi } from "../../lib/query";
import { Status } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { Skeleton } from "../../lib/Skeleton";
import { useT } from "./i18n";

type Survey = Awaited<ReturnType<typeof load>>;
type Question = Survey["questions"][number];
type Answer = number | string | string[] | undefined;
const load = (token: string) => ok(api.surveys["by-token"][":token"].$get({ param: { token } }));

export default function SurveyPage() {
  const { t } = useT();
  const token = useRoute().params.token ?? "";
  const {
    data: survey,
    failure: error,
    reload,
    set: setSurvey,
  } = useApi(["surveys", "by-token", token], () => load(token));

  if (error) {
    const gone = {
      status: [404, 400],
      title: t("surveys.answer.goneTitle"),
      text: t("surveys.answer.goneText"),
    };
    return <LoadFailed failure={error} gone={gone} onRetry={reload} />;
  }
  if (!survey) return <Skeleton />;
  return (
    <section class="narrow">
      <h1>{survey.title}</h1>
      {survey.about && <p class="hint">{survey.about}</p>}
      <p>{survey.anonymous ? t("surveys.answer.anonymous") : t("surveys.answer.named")}</p>
      {survey.closed ? (
        <p class="empty" role="status">
          {t("surveys.answer.closed")}
        </p>
      ) : (
        <SurveyForm token={token} survey={survey} onClosed={() => setSurvey({ ...survey, closed: true })} />
      )}
    </section>
  );
}

function SurveyForm({ token, survey, onClosed }: { token: string; survey: Survey; onClosed: () => void }) {
  const { t } = useT();
  const [answers, setAnswers] = useState<Record<string, Answer>>((survey.answers ?? {}) as Record<string, Answer>);
  const [answered, setAnswered] = useState(survey.answers !== null);
  const save = useFormSave(
    (json: { token: string; answers: Record<string, Answer> }) => ok(api.surveys.respond.$post({ json })),
    {
      saved: (r) => t("surveys.answer.saved", { until: formatDateTime(r.editableUntil) }),
    },
  );
  const { errors, busy, result } = save;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (await save.submit({ token, answers })) setAnswered(true);
  };
  // A survey that closed while it was open on this page: the page says so instead of the form.
  useEffect(() => {
    if (statusOf(save.failure) === 409) onClosed();
  }, [save.failure]);

  return (
    <form ref={save.formRef} onSubmit={submit} noValidate>
      <p class="hint">
        {answered ? t("surveys.answer.answeredAlready") : t("surveys.answer.requiredNeed")}{" "}
        {t("surveys.answer.changeUntil", { until: formatDateTime(survey.closesAt) })}
      </p>
      {survey.questions.map((q) => (
        <QuestionInput
          key={q.id}
          question={q}
          value={answers[q.id]}
          error={errors[q.id]}
          onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
        />
      ))}
      <Status message={result?.text} tone={result?.tone} />
      <button type="submit" disabled={busy}>
        {busy ? t("surveys.answer.saving") : answered ? t("surveys.answer.saveChanges") : t("surveys.answer.send")}
      </button>
    </form>
  );
}

// Equal cells that wrap into even rows on a phone (0–5 above 6–10) and fit one row on a desktop.
const scaleGrid = { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(44px, 1fr))", gap: "6px" };
const scaleCell = {
  display: "flex",
  flexDirection: "column",
  alignItems: "center",
  margin: 0,
  padding: "6px 0",
  border: "1px solid var(--line)",
  borderRadius: "6px",
  fontWeight: 400,
};
const scaleEnds = { display: "flex", justifyContent: "space-between", gap: "12px", margin: "6px 0 0" };

type InputProps = { question: Question; value: Answer; error?: string; onChange: (v: Answer) => void };

/** One question: a scale, choices or a text box, with its error said next to it. */
function QuestionInput({ question: q, value, error, onChange }: InputProps) {
  const { t } = useT();
  /** The ends of the two scales, said next to their first and last numbers. */
  const scales = {
    rating: { from: 1, to: 5, low: t("surveys.answer.ratingLow"), high: t("surveys.answer.ratingHigh") },
    nps: { from: 0, to: 10, low: t("surveys.answer.npsLow"), high: t("surveys.answer.npsHigh") },
  };
  const id = `sq-${q.id}`;
  const invalid = error ? ("true" as const) : undefined;
  const required = q.required && <span class="hint"> {t("surveys.answer.required")}</span>;
  const message = error && (
    <p class="error" id={`${id}-error`}>
      {error}
    </p>
  );
  if (q.type === "text") {
    return (
      <div class="field">
        <label for={id}>
          {q.text}
          {required}
        </label>
        <textarea
          id={id}
          rows={4}
          maxLength={2000}
          value={typeof value === "string" ? value : ""}
          aria-invalid={invalid}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
        {message}
      </div>
    );
  }
  const scale = q.type === "rating" || q.type === "nps" ? scales[q.type] : null;
  const picked = Array.isArray(value) ? value : [];
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {q.text}
        {required}
      </legend>
      {scale ? (
        <>
          <div style={scaleGrid}>
            {Array.from({ length: scale.to - scale.from + 1 }, (_, i) => scale.from + i).map((n) => (
              <label key={n} style={scaleCell}>
                <input
                  type="radio"
                  name={id}
                  value={n}
                  checked={value === n}
                  aria-invalid={invalid}
                  onChange={() => onChange(n)}
                />
                {n}
                {n === scale.from && <span class="sr-only"> — {scale.low}</span>}
                {n === scale.to && <span class="sr-only"> — {scale.high}</span>}
              </label>
            ))}
          </div>
          <p class="hint" style={scaleEnds} aria-hidden="true">
            <span>
              {scale.from} — {scale.low}
            </span>
            <span>
              {scale.to} — {scale.high}
            </span>
          </p>
        </>
      ) : (
        (q.options ?? []).map((o, i) => (
          <div class="choice" key={o}>
            <input
              type={q.type === "multi" ? "checkbox" : "radio"}
              id={`${id}-${i}`}
              name={id}
              checked={q.type === "multi" ? picked.includes(o) : value === o}
              aria-invalid={invalid}
              onChange={(e) =>
                onChange(
                  q.type !== "multi" ? o : e.currentTarget.checked ? [...picked, o] : picked.filter((x) => x !== o),
                )
              }
            />
            <label for={`${id}-${i}`} style={{ flex: "1 1 0", minWidth: 0 }}>
              {o}
            </label>
          </div>
        ))
      )}
      {message}
    </fieldset>
  );
}
