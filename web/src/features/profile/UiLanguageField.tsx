/** Which language Tandem's screens speak to this person: one they choose, or their browser's. */
import { Field } from "../../lib/Field";
import { chooseLanguage, LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from "../../lib/i18n";
import { useT } from "./i18n";

type Props = { value: UiLanguage | null; onChange: (value: UiLanguage | null) => void; error?: string };

export function UiLanguageField({ value, onChange, error }: Props) {
  const { t } = useT();
  const browser = LANGUAGE_NAMES[chooseLanguage(null)];
  return (
    <Field id="uiLanguage" label={t("profile.uiLanguage")} error={error}>
      {(a) => (
        <select
          {...a}
          value={value ?? ""}
          onChange={(e) => onChange((e.currentTarget.value || null) as UiLanguage | null)}
        >
          <option value="">{t("profile.uiLanguageBrowser", { language: browser })}</option>
          {/* Each language is named in itself, so someone lost in a foreign one still finds their own. */}
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
