/** Picks skills from a program's vocabulary, each with a level from 1 (basic) to 3 (expert). */
import { useT } from "./i18n";

export type Skill = { name: string; level: number };

export function SkillPicker(props: {
  id: string;
  legend: string;
  vocabulary: string[];
  value: Skill[];
  error?: string;
  onChange: (skills: Skill[]) => void;
}) {
  const { id, legend, vocabulary, value, error, onChange } = props;
  const { t } = useT();
  const levels = ["", t("profile.levelBasic"), t("profile.levelWorking"), t("profile.levelExpert")];
  const levelOf = (name: string) => value.find((s) => s.name === name)?.level;
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...value, { name, level: 2 }] : value.filter((s) => s.name !== name));
  const setLevel = (name: string, level: number) => onChange(value.map((s) => (s.name === name ? { ...s, level } : s)));
  return (
    <fieldset class="skills" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {vocabulary.length === 0 && <p class="hint">{t("profile.noSkills")}</p>}
      {vocabulary.map((name, i) => {
        const level = levelOf(name);
        return (
          <div class="skill" key={name}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={level !== undefined}
              // The first box carries the group's error, so a form can move focus to it.
              aria-invalid={error && i === 0 ? "true" : undefined}
              onChange={(e) => toggle(name, e.currentTarget.checked)}
            />
            <label for={`${id}-${i}`}>{name}</label>
            {level !== undefined && (
              <select
                aria-label={t("profile.levelIn", { skill: name })}
                value={level}
                onChange={(e) => setLevel(name, Number(e.currentTarget.value))}
              >
                {[1, 2, 3].map((l) => (
                  <option value={l}>
                    {l} – {levels[l]}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
