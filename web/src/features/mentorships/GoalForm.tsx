/** The mentee's form for a new goal: horizon, title, details, due date and a few milestones. */
import { useState } from "preact/hooks";
import { Field } from "../../lib/Field";
import { useT } from "./i18n";

export type GoalInput = {
  horizon: "short" | "long";
  title: string;
  details: string;
  dueOn: string | null;
  milestones: { title: string; dueOn: string | null }[];
};

const EMPTY = { horizon: "short" as const, title: "", details: "", dueOn: "", milestones: ["", ""] };

export function GoalForm({ onSave }: { onSave: (goal: GoalInput) => Promise<void> }) {
  const { t } = useT();
  const [form, setForm] = useState<{
    horizon: "short" | "long";
    title: string;
    details: string;
    dueOn: string;
    milestones: string[];
  }>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form.title.trim()) return setError(t("mentorships.goalForm.needTitle"));
    setError(null);
    await onSave({
      horizon: form.horizon,
      title: form.title,
      details: form.details,
      dueOn: form.dueOn || null,
      milestones: form.milestones.filter((title) => title.trim()).map((title) => ({ title, dueOn: null })),
    });
    setForm(EMPTY);
  };
  return (
    <form onSubmit={submit} noValidate class="card" aria-labelledby="goal-h">
      <h3 id="goal-h">{t("mentorships.goalForm.title")}</h3>
      <fieldset>
        <legend>{t("mentorships.goalForm.horizon")}</legend>
        {(["short", "long"] as const).map((h) => (
          <div class="choice" key={h}>
            <input
              type="radio"
              id={`gh-${h}`}
              name="horizon"
              checked={form.horizon === h}
              onChange={() => setForm({ ...form, horizon: h })}
            />
            <label for={`gh-${h}`}>
              {h === "short" ? t("mentorships.goalForm.short") : t("mentorships.goalForm.long")}
            </label>
          </div>
        ))}
      </fieldset>
      <Field id="goal-title" label={t("mentorships.goalForm.goal")} error={error ?? undefined}>
        {(a) => <input {...a} value={form.title} onInput={(e) => setForm({ ...form, title: e.currentTarget.value })} />}
      </Field>
      <Field id="goal-details" label={t("mentorships.goalForm.details")}>
        {(a) => (
          <textarea
            {...a}
            rows={2}
            value={form.details}
            onInput={(e) => setForm({ ...form, details: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field id="goal-due" label={t("mentorships.goalForm.due")}>
        {(a) => (
          <input
            {...a}
            type="date"
            value={form.dueOn}
            onInput={(e) => setForm({ ...form, dueOn: e.currentTarget.value })}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t("mentorships.goalForm.milestones")}</legend>
        {form.milestones.map((milestone, i) => (
          <div class="field" key={i}>
            <label for={`goal-ms-${i}`}>{t("mentorships.goalForm.milestone", { n: i + 1 })}</label>
            <input
              id={`goal-ms-${i}`}
              value={milestone}
              onInput={(e) =>
                setForm({ ...form, milestones: form.milestones.map((x, j) => (j === i ? e.currentTarget.value : x)) })
              }
            />
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => setForm({ ...form, milestones: [...form.milestones, ""] })}
        >
          {t("mentorships.goalForm.addMilestone")}
        </button>
      </fieldset>
      <button type="submit">{t("mentorships.goalForm.submit")}</button>
    </form>
  );
}
