/** Profile inputs that the sign-up form and the profile editor share. */
import type { FieldErrors } from "../../lib/api";
import { Field } from "../../lib/Field";
import { useT } from "./i18n";
import { SkillPicker, type Skill } from "./SkillPicker";
import { timeZones } from "../../lib/timezones";

type Props = { value: string; onChange: (e: Event) => void; error?: string; hint?: string };

/**
 * A plain list of zone ids for forms about an event's own zone; people pick theirs with TimeZonePicker.
 * The current value stays selectable even if this browser does not list it.
 */
export function TimeZoneField({ value, onChange, error, hint }: Props) {
  const { t } = useT();
  return (
    <Field id="timezone" label={t("profile.timezone")} hint={hint} error={error}>
      {(a) => (
        <select {...a} value={value} onChange={onChange}>
          {[...new Set([value, ...timeZones()])].map((tz) => (
            <option value={tz}>{tz}</option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function YearsField({ value, onChange, error }: Props) {
  const { t } = useT();
  return (
    <Field id="years" label={t("profile.years")} error={error}>
      {(a) => <input {...a} type="number" min={0} max={70} inputMode="numeric" value={value} onInput={onChange} />}
    </Field>
  );
}

export type Skills = { skillsOffered: Skill[]; skillsSought: Skill[] };
const SKILLS = [
  { key: "skillsOffered", id: "offered" },
  { key: "skillsSought", id: "sought" },
] as const;

/** The skills someone shares as a mentor and wants to grow as a mentee: each only where `shown` says. */
export function SkillFields(props: {
  idPrefix?: string;
  vocabulary: string[];
  shown: Record<keyof Skills, boolean>;
  value: Skills;
  onChange: (skills: Skills) => void;
  errors: FieldErrors;
}) {
  const { idPrefix = "", vocabulary, shown, value, onChange, errors } = props;
  const { t } = useT();
  const legends = { skillsOffered: t("profile.skillsOffered"), skillsSought: t("profile.skillsSought") };
  return (
    <>
      {SKILLS.filter((s) => shown[s.key]).map((s) => (
        <SkillPicker
          key={s.id}
          id={`${idPrefix}${s.id}`}
          legend={legends[s.key]}
          vocabulary={vocabulary}
          value={value[s.key]}
          onChange={(skills) => onChange({ ...value, [s.key]: skills })}
          error={errors[s.key]}
        />
      ))}
    </>
  );
}
