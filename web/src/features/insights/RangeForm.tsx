/** The weeks the trends cover (from and to) and, if chosen, one sign-up month's cohort; sent on Show. */
import { useEffect, useState } from "preact/hooks";
import type { FieldErrors } from "../../lib/api";
import { Field } from "../../lib/Field";
import type { Range } from "./data";
import { useT } from "./i18n";

export function RangeForm(props: {
  range: { from: string; to: string } | null;
  errors: FieldErrors;
  onRange: (r: Range) => void;
}) {
  const { range, errors, onRange } = props;
  const { t } = useT();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [cohort, setCohort] = useState("");
  // The first answer says which weeks the default covers; the boxes start from it.
  useEffect(() => {
    if (range && !from && !to) {
      setFrom(range.from);
      setTo(range.to);
    }
  }, [range]);
  return (
    <form
      class="range"
      noValidate
      aria-label={t("insights.range.label")}
      onSubmit={(e) => {
        e.preventDefault();
        onRange({ ...(from ? { from } : {}), ...(to ? { to } : {}), ...(cohort ? { cohort } : {}) });
      }}
    >
      <Field id="range-from" label={t("insights.range.from")} error={errors.from}>
        {(a) => <input {...a} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />}
      </Field>
      <Field id="range-to" label={t("insights.range.to")} error={errors.to}>
        {(a) => <input {...a} type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />}
      </Field>
      <Field id="range-cohort" label={t("insights.range.cohort")} error={errors.cohort}>
        {(a) => <input {...a} type="month" value={cohort} onInput={(e) => setCohort(e.currentTarget.value)} />}
      </Field>
      <button type="submit">{t("insights.range.show")}</button>
    </form>
  );
}
