/** Languages by name, several at once; the codes stay what the API stores ("de", "pt-br"). */
import { Picker } from "../../lib/Picker";
import { buildLanguages, languageName, searchLanguages } from "../../lib/languages";

export function LanguagesField(props: {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const { label, value, onChange, error } = props;
  return (
    <>
      <Picker
        id="languages"
        label={label}
        hint="Type a language and pick it, e.g. German or Deutsch; add as many as you speak."
        error={error}
        shown=""
        multiple
        noun="languages"
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
        <ul class="chips" aria-label={`${label}: chosen`}>
          {value.map((code) => (
            <li key={code}>
              {languageName(code)}
              <button
                type="button"
                aria-label={`Remove ${languageName(code)}`}
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
