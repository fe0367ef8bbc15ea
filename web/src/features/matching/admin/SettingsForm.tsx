/** The program's matching mode and criteria, saved with `PUT /programs/:id/matching`. */
import { useState } from "preact/hooks";
import type { FieldErrors } from "../../../lib/api";
import { Checkbox, Field, NumberField, Submit, type NumberSpec } from "../../../lib/Field";
import { useFormSave } from "../../../lib/form";
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import { saveSettings, type Settings } from "./data";

type Criterion = keyof Settings["weights"];

const CRITERIA: Criterion[] = ["skills", "goals", "department", "seniority", "hours", "format"];

const criterionLabel = (t: Translate): Record<Criterion, string> => ({
  skills: t("matching.settings.criterion.skills"),
  goals: t("matching.settings.criterion.goals"),
  department: t("matching.settings.criterion.department"),
  seniority: t("matching.settings.criterion.seniority"),
  hours: t("matching.settings.criterion.hours"),
  format: t("matching.settings.criterion.format"),
});

const modes = (t: Translate): [Settings["mode"], string, string][] => [
  ["admin", t("matching.settings.mode.admin"), t("matching.settings.mode.adminHint")],
  ["choice", t("matching.settings.mode.choice"), t("matching.settings.mode.choiceHint")],
  ["both", t("matching.settings.mode.both"), t("matching.settings.mode.bothHint")],
];

const numbers = (t: Translate) =>
  ({
    requestDays: {
      id: "m-request-days",
      label: t("matching.settings.requestDays"),
      hint: t("matching.settings.requestDaysHint"),
      range: [1, 30],
    },
    minGap: { id: "m-min-gap", label: t("matching.settings.minGap"), range: [0, 40] },
    maxGap: {
      id: "m-max-gap",
      label: t("matching.settings.maxGap"),
      hint: t("matching.settings.maxGapHint"),
      range: [0, 60],
    },
  }) satisfies Record<string, NumberSpec>;

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
  weights: Object.fromEntries(CRITERIA.map((c) => [c, String(s.weights[c])])) as Form["weights"],
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
  const { t } = useT();
  const NUMBERS = numbers(t);
  const [form, setForm] = useState(() => toForm(settings));
  const save = useFormSave((body: Settings) => saveSettings(id, body), { saved: t("matching.settings.saved") });
  const { errors, formRef } = save;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const number = (k: keyof ReturnType<typeof numbers>, error: string | undefined) => (
    <NumberField {...NUMBERS[k]} error={error} value={form[k]} onInput={(text) => setForm({ ...form, [k]: text })} />
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    const local: FieldErrors = {};
    for (const [k, v] of [
      ["seniority.minGap", form.minGap],
      ["requestDays", form.requestDays],
    ] as const) {
      if (!Number.isInteger(whole(v))) local[k] = t("matching.settings.checkWhole");
    }
    if (form.maxGap.trim() !== "" && !Number.isInteger(whole(form.maxGap))) {
      local["seniority.maxGap"] = t("matching.settings.checkMaxGap");
    }
    const body: Settings = {
      mode: form.mode,
      weights: Object.fromEntries(CRITERIA.map((c) => [c, Number(form.weights[c])])) as Settings["weights"],
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
      <h2 id="settings-title">{t("matching.settings.title")}</h2>
      <fieldset>
        <legend>{t("matching.settings.how")}</legend>
        {modes(t).map(([mode, label, hint]) => (
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
        <legend>{t("matching.settings.weights")}</legend>
        <p class="hint">{t("matching.settings.weightsHint")}</p>
        <div class="weights">
          {CRITERIA.map((c) => (
            <Field
              key={c}
              id={`weight-${c}`}
              label={criterionLabel(t)[c]}
              error={errors[`weights.${c}`] ?? errors.weights}
            >
              {(a) => (
                <span class="weight-input">
                  <input
                    {...a}
                    type="range"
                    min={0}
                    max={10}
                    step={1}
                    value={form.weights[c]}
                    aria-valuetext={t("matching.settings.weightOf", { weight: Number(form.weights[c]) })}
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
        <Field id="m-department" label={t("matching.settings.department")} error={errors.department}>
          {(a) => (
            <select
              {...a}
              value={form.department}
              onChange={(e) => setForm({ ...form, department: value(e) as Form["department"] })}
            >
              <option value="ignore">{t("matching.settings.department.ignore")}</option>
              <option value="same">{t("matching.settings.department.same")}</option>
              <option value="different">{t("matching.settings.department.different")}</option>
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
        label={t("matching.settings.sharedLanguage")}
        checked={form.requireSharedLanguage}
        invalid={!!errors.requireSharedLanguage}
        onChange={(requireSharedLanguage) => setForm({ ...form, requireSharedLanguage })}
      />
      {errors.requireSharedLanguage && <p class="error">{errors.requireSharedLanguage}</p>}
      {form.mode === "both" && (
        <Field
          id="m-closes"
          label={t("matching.settings.closes")}
          hint={t("matching.settings.closesHint")}
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
      <Submit change={save} label={t("matching.settings.save")} busyLabel={t("matching.settings.saving")} />
    </form>
  );
}
