/** The mentee's form for a new goal: horizon, title, details, due date and a few milestones. */
import { useState } from "preact/hooks";
import { Field } from "../../lib/Field";

export type GoalInput = {
  horizon: "short" | "long";
  title: string;
  details: string;
  dueOn: string | null;
  milestones: { title: string; dueOn: string | null }[];
};

const EMPTY = { horizon: "short" as const, title: "", details: "", dueOn: "", milestones: ["", ""] };

export function GoalForm({ onSave }: { onSave: (goal: GoalInput) => Promise<void> }) {
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
    if (!form.title.trim()) return setError("Give the goal a title.");
    setError(null);
    await onSave({
      horizon: form.horizon,
      title: form.title,
      details: form.details,
      dueOn: form.dueOn || null,
      milestones: form.milestones.filter((t) => t.trim()).map((title) => ({ title, dueOn: null })),
    });
    setForm(EMPTY);
  };
  return (
    <form onSubmit={submit} noValidate class="card" aria-labelledby="goal-h">
      <h3 id="goal-h">Set a goal</h3>
      <fieldset>
        <legend>Horizon</legend>
        {(["short", "long"] as const).map((h) => (
          <div class="choice" key={h}>
            <input
              type="radio"
              id={`gh-${h}`}
              name="horizon"
              checked={form.horizon === h}
              onChange={() => setForm({ ...form, horizon: h })}
            />
            <label for={`gh-${h}`}>{h === "short" ? "Short-term (weeks)" : "Long-term"}</label>
          </div>
        ))}
      </fieldset>
      <Field id="goal-title" label="Goal" error={error ?? undefined}>
        {(a) => <input {...a} value={form.title} onInput={(e) => setForm({ ...form, title: e.currentTarget.value })} />}
      </Field>
      <Field id="goal-details" label="Details (optional)">
        {(a) => (
          <textarea
            {...a}
            rows={2}
            value={form.details}
            onInput={(e) => setForm({ ...form, details: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field id="goal-due" label="Due (optional)">
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
        <legend>Milestones (optional)</legend>
        {form.milestones.map((t, i) => (
          <div class="field" key={i}>
            <label for={`goal-ms-${i}`}>Milestone {i + 1}</label>
            <input
              id={`goal-ms-${i}`}
              value={t}
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
          Add a milestone
        </button>
      </fieldset>
      <button type="submit">Set goal</button>
    </form>
  );
}
