/** Languages by name, several at once; the codes stay what the API stores ("de", "pt-br"). */
import { useT } from "./i18n";
import { Picker } from "../../lib/Picker";
import { buildLanguages, languageName, searchLanguages } from "../../lib/languages";

export function LanguagesField(props: {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const { label, value, onChange, error } = props;
  const { t } = useT();
  return (
    <>
      <Picker
        id="languages"
        label={label}
        hint={t("profile.languagesHint")}
        error={error}
        shown=""
        multiple
        noun={t("profile.languagesNoun")}
        load={async () => buildLanguages(value)}
        search={(all, q) =>
          searchLanguages(
            all.filter((l) => !value.includes(l.value)),
            q,
          )
        }
        onPick={(l) => onChange([...value, l.value])}
      />
      {value.length > 0 && (
        <ul class="chips" aria-label={t("profile.languagesChosen", { label })}>
          {value.map((code) => (
            <li key={code}>
              {languageName(code)}
              <button
                type="button"
                aria-label={t("profile.languagesRemove", { language: languageName(code) })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
