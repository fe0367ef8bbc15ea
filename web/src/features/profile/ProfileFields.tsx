/** Profile inputs that the sign-up form and the profile editor share. */
import { Field } from "../../lib/Field";
import { timeZones } from "../../lib/timezones";

type Props = { value: string; onChange: (e: Event) => void; error?: string; hint?: string };

/** A time-zone picker; the current value stays selectable even if this browser does not list it. */
export function TimeZoneField({ value, onChange, error, hint }: Props) {
  return (
    <Field id="timezone" label="Time zone" hint={hint} error={error}>
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
  return (
    <Field id="years" label="Years of work experience" error={error}>
      {(a) => <input {...a} type="number" min={0} max={70} inputMode="numeric" value={value} onInput={onChange} />}
    </Field>
  );
}
