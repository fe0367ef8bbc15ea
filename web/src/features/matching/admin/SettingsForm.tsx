/** The program's matching mode and criteria, saved with `PUT /programs/:id/matching`. */
import { useState } from "preact/hooks";
import type { FieldErrors } from "../../../lib/api";
import { Checkbox, Field, NumberField, Submit, type NumberSpec } from "../../../lib/Field";
import { useFormSave } from "../../../lib/form";
import { saveSettings, type Settings } from "./data";

type Criterion = keyof Settings["weights"];

export const CRITERIA: [Criterion, string][] = [
  ["skills", "Skills offered vs sought"],
  ["goals", "Goals vs experience"],
  ["department", "Department"],
  ["seniority", "Seniority gap"],
  ["hours", "Shared working hours"],
  ["format", "Meeting format"],
];

const MODES: [Settings["mode"], string, string][] = [
  ["admin", "Admin-run", "You run matching on this page, review the pairs and publish them."],
  ["choice", "Mentee's choice", "Mentees see suggested mentors and send requests; mentors accept or decline."],
  ["both", "Both", "Mentees choose until a closing date; then a run here matches everyone left."],
];

const NUMBERS = {
  requestDays: {
    id: "m-request-days",
    label: "Days a mentor has to answer",
    hint: "For requests in mentee's choice (1–30)",
    range: [1, 30],
  },
  minGap: { id: "m-min-gap", label: "Smallest seniority gap (years)", range: [0, 40] },
  maxGap: { id: "m-max-gap", label: "Largest seniority gap (years)", hint: "Leave empty for no limit", range: [0, 60] },
} satisfies Record<string, NumberSpec>;

type Form = {
  mode: Settings["mode"];
  weights: Record<Criterion, string>;
  department: Settings["department"];
  minGap: string;
  maxGap: string;
  requireSharedLanguage: boolean;
  requestDays: string;
  choiceClosesOn: string;
};

const toForm = (s: Settings): Form => ({
  mode: s.mode,
  weights: Object.fromEntries(CRITERIA.map(([c]) => [c, String(s.weights[c])])) as Form["weights"],
  department: s.department,
  minGap: String(s.seniority.minGap),
  maxGap: s.seniority.maxGap === null ? "" : String(s.seniority.maxGap),
  requireSharedLanguage: s.requireSharedLanguage,
  requestDays: String(s.requestDays),
  choiceClosesOn: s.choiceClosesOn ?? "",
});

/** A whole number typed in a box; NaN (which the API refuses with a field error) when it is not one. */
const whole = (value: string) => (value.trim() === "" ? NaN : Number(value));

export function SettingsForm({
  id,
  settings,
  onSaved,
}: {
  id: string;
  settings: Settings;
  onSaved: (s: Settings) => void;
}) {
  const [form, setForm] = useState(() => toForm(settings));
  const save = useFormSave((body: Settings) => saveSettings(id, body), { saved: "Matching settings saved." });
  const { errors, formRef } = save;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const number = (k: keyof typeof NUMBERS, error: string | undefined) => (
    <NumberField {...NUMBERS[k]} error={error} value={form[k]} onInput={(text) => setForm({ ...form, [k]: text })} />
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    const local: FieldErrors = {};
    for (const [k, v] of [
      ["seniority.minGap", form.minGap],
      ["requestDays", form.requestDays],
    ] as const) {
      if (!Number.isInteger(whole(v))) local[k] = "Enter a whole number.";
    }
    if (form.maxGap.trim() !== "" && !Number.isInteger(whole(form.maxGap))) {
      local["seniority.maxGap"] = "Enter a whole number, or leave it empty for no limit.";
    }
    const body: Settings = {
      mode: form.mode,
      weights: Object.fromEntries(CRITERIA.map(([c]) => [c, Number(form.weights[c])])) as Settings["weights"],
      department: form.department,
      seniority: { minGap: whole(form.minGap), maxGap: form.maxGap.trim() === "" ? null : whole(form.maxGap) },
      requireSharedLanguage: form.requireSharedLanguage,
      requestDays: whole(form.requestDays),
      choiceClosesOn: form.choiceClosesOn || null,
    };
    const saved = await save.submit(body, local);
    if (saved) {
      setForm(toForm(saved));
      onSaved(saved);
    }
  };

  return (
    <form ref={formRef} class="card" onSubmit={submit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <fieldset>
        <legend>How people are matched</legend>
        {MODES.map(([mode, label, hint]) => (
          <div class="choice mode-choice" key={mode}>
            <input
              type="radio"
              name="mode"
              id={`mode-${mode}`}
              value={mode}
              checked={form.mode === mode}
              aria-describedby={`mode-${mode}-hint`}
              onChange={() => setForm({ ...form, mode })}
            />
            <label for={`mode-${mode}`}>{label}</label>
            <p class="hint" id={`mode-${mode}-hint`}>
              {hint}
            </p>
          </div>
        ))}
        {errors.mode && <p class="error">{errors.mode}</p>}
      </fieldset>

      <fieldset>
        <legend>How much each criterion counts</legend>
        <p class="hint">From 0 (ignored) to 10 (counts most).</p>
        <div class="weights">
          {CRITERIA.map(([c, label]) => (
            <Field key={c} id={`weight-${c}`} label={label} error={errors[`weights.${c}`] ?? errors.weights}>
              {(a) => (
                <span class="weight-input">
                  <input
                    {...a}
                    type="range"
                    min={0}
                    max={10}
                    step={1}
                    value={form.weights[c]}
                    aria-valuetext={`${form.weights[c]} of 10`}
                    onInput={(e) => setForm({ ...form, weights: { ...form.weights, [c]: value(e) } })}
                  />
                  <output for={a.id} aria-hidden="true">
                    {form.weights[c]}
                  </output>
                </span>
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <div class="row">
        <Field id="m-department" label="Department preference" error={errors.department}>
          {(a) => (
            <select
              {...a}
              value={form.department}
              onChange={(e) => setForm({ ...form, department: value(e) as Form["department"] })}
            >
              <option value="ignore">No preference</option>
              <option value="same">Same department</option>
              <option value="different">Different departments</option>
            </select>
          )}
        </Field>
        {number("requestDays", errors.requestDays)}
      </div>
      <div class="row">
        {number("minGap", errors["seniority.minGap"] ?? errors.seniority)}
        {number("maxGap", errors["seniority.maxGap"])}
      </div>
      <Checkbox
        id="m-language"
        label="Pair only people who share a language"
        checked={form.requireSharedLanguage}
        invalid={!!errors.requireSharedLanguage}
        onChange={(requireSharedLanguage) => setForm({ ...form, requireSharedLanguage })}
      />
      {errors.requireSharedLanguage && <p class="error">{errors.requireSharedLanguage}</p>}
      {form.mode === "both" && (
        <Field
          id="m-closes"
          label="Mentees choose until"
          hint="The last day of mentee's choice; a run matches everyone left after it"
          error={errors.choiceClosesOn}
        >
          {(a) => (
            <input
              {...a}
              type="date"
              value={form.choiceClosesOn}
              onInput={(e) => setForm({ ...form, choiceClosesOn: value(e) })}
            />
          )}
        </Field>
      )}
      <Submit busy={save.busy} label="Save settings" busyLabel="Saving…" result={save.result} />
    </form>
  );
}
