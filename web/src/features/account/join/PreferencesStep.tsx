/** Step three: when and how the person likes to meet, in which languages, and their consent. */
import { useEffect } from "preact/hooks";
import { Field, Options } from "../../../lib/Field";
import { type Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import { browserTimeZone } from "../../../lib/timezones";
import { LanguagesField } from "../../profile/LanguagesField";
import { TimeZonePicker } from "../../profile/TimeZonePicker";
import type { StepProps } from "./form";

type Props = StepProps & { privacyNotice: string };

const formats = (t: Translate) => [
  ["", t("join.preferences.noPreference")],
  ["remote", t("join.preferences.remote")],
  ["in-person", t("join.preferences.inPerson")],
  ["either", t("join.preferences.either")],
];
const frequencies = (t: Translate) => [
  ["", t("join.preferences.noPreference")],
  ["weekly", t("join.preferences.weekly")],
  ["biweekly", t("join.preferences.biweekly")],
  ["monthly", t("join.preferences.monthly")],
];

export function PreferencesStep({ answers: a, set, errors, asks, privacyNotice }: Props) {
  const { t } = useT();
  const choose = (q: "format" | "frequency", label: string, options: string[][]) => (
    <Field id={q} label={label} error={errors[q]}>
      {(x) => (
        <select {...x} value={a[q]} onChange={(e) => set({ [q]: e.currentTarget.value })}>
          <Options options={options} />
        </select>
      )}
    </Field>
  );
  useEffect(() => {
    if (!a.timezone) set({ timezone: browserTimeZone() });
  }, []);
  return (
    <>
      {asks("timezone") && (
        <TimeZonePicker
          value={a.timezone}
          onChange={(timezone) => set({ timezone })}
          error={errors.timezone}
          hint={t("join.preferences.timezoneHint")}
        />
      )}
      {asks("languages") && (
        <LanguagesField
          label={t("join.preferences.languages")}
          value={a.languages}
          onChange={(languages) => set({ languages })}
          error={errors.languages}
        />
      )}
      {asks("format") && choose("format", t("join.preferences.format"), formats(t))}
      {asks("frequency") && choose("frequency", t("join.preferences.frequency"), frequencies(t))}
      <div class="consent">
        <p id="privacy">{privacyNotice}</p>
        <p>
          <a href="/privacy" target="_blank" rel="noopener">
            {t("join.preferences.privacyLink")}
          </a>{" "}
          {t("join.preferences.privacyText")}
        </p>
        <div class="choice">
          <input
            type="checkbox"
            id="consent"
            checked={a.consent}
            onChange={(e) => set({ consent: e.currentTarget.checked })}
            aria-describedby={errors.consent ? "privacy consent-error" : "privacy"}
            aria-invalid={errors.consent ? "true" : undefined}
          />
          <label for="consent">{t("join.preferences.consent")}</label>
        </div>
        {errors.consent && (
          <p class="error" id="consent-error">
            {errors.consent}
          </p>
        )}
      </div>
    </>
  );
}
