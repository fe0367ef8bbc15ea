/** The weeks the trends cover: from and to, sent when the organiser presses Show. */
import { useEffect, useState } from "preact/hooks";
import type { FieldErrors } from "../../lib/api";
import { Field } from "../../lib/Field";
import type { Range } from "./data";

export function RangeForm(props: {
  range: { from: string; to: string } | null;
  errors: FieldErrors;
  onRange: (r: Range) => void;
}) {
  const { range, errors, onRange } = props;
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
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
      aria-label="Weeks shown"
      onSubmit={(e) => {
        e.preventDefault();
        onRange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
      }}
    >
      <Field id="range-from" label="From" error={errors.from}>
        {(a) => <input {...a} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />}
      </Field>
      <Field id="range-to" label="To" error={errors.to}>
        {(a) => <input {...a} type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />}
      </Field>
      <button type="submit">Show</button>
    </form>
  );
}
