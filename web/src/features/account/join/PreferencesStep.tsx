/** Step three: when and how the person likes to meet, in which languages, and their consent. */
import { useEffect } from "preact/hooks";
import { Field, Options } from "../../../lib/Field";
import { browserTimeZone } from "../../../lib/timezones";
import { LanguagesField } from "../../profile/LanguagesField";
import { TimeZonePicker } from "../../profile/TimeZonePicker";
import type { StepProps } from "./form";

type Props = StepProps & { privacyNotice: string };

const FORMATS = [
  ["", "No preference"],
  ["remote", "Remote"],
  ["in-person", "In person"],
  ["either", "Either"],
];
const FREQUENCIES = [
  ["", "No preference"],
  ["weekly", "Weekly"],
  ["biweekly", "Every two weeks"],
  ["monthly", "Monthly"],
];

export function PreferencesStep({ answers: a, set, errors, asks, privacyNotice }: Props) {
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
          hint="Set from your device. To change it, type a city, a country or an offset (Berlin, India, +05:30)."
        />
      )}
      {asks("languages") && (
        <LanguagesField
          label="Languages you can meet in"
          value={a.languages}
          onChange={(languages) => set({ languages })}
          error={errors.languages}
        />
      )}
      {asks("format") && choose("format", "Preferred way to meet", FORMATS)}
      {asks("frequency") && choose("frequency", "How often would you like to meet?", FREQUENCIES)}
      <div class="consent">
        <p id="privacy">{privacyNotice}</p>
        <p>
          <a href="/privacy" target="_blank" rel="noopener">
            The full privacy notice
          </a>{" "}
          says what is kept, for how long, and how to download or erase it.
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
          <label for="consent">I agree to the privacy notice above</label>
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
