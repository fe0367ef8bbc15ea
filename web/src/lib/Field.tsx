/** A labelled form control with its error, wired for screen readers. */
import type { ComponentChildren, JSX } from "preact";

type Props = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: { id: string; "aria-invalid"?: "true"; "aria-describedby"?: string }) => ComponentChildren;
};

export function Field({ id, label, error, hint, children }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, "aria-invalid": error ? "true" : undefined, "aria-describedby": described })}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The field's texts, for a form that keeps them in a table (and binds each to its state and error). */
export type FieldSpec = Omit<Props, "children" | "error">;

/** What a number box is: a form lists its boxes as these and binds each to its state and error. */
export type NumberSpec = FieldSpec & { range: [number, number] };

/** A box whose text is kept as typed, so a wrong value can be said next to it. */
type Typed = { error?: string; value: string; onInput: (value: string) => void };
const typed = (onInput: (value: string) => void) => (e: Event) =>
  onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);

/** A box for a whole number. */
export function NumberField(props: NumberSpec & Typed) {
  const { range, value, onInput, ...field } = props;
  return (
    <Field {...field}>
      {(a) => (
        <input
          {...a}
          type="number"
          inputMode="numeric"
          min={range[0]}
          max={range[1]}
          value={value}
          onInput={typed(onInput)}
        />
      )}
    </Field>
  );
}

/** A box for one line of text (or an address, a link, a date). */
export function TextField(
  props: FieldSpec & Typed & Pick<JSX.InputHTMLAttributes<HTMLInputElement>, "type" | "maxLength" | "autoComplete">,
) {
  const { id, label, hint, error, value, onInput, ...box } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a) => <input {...a} {...box} value={value} onInput={typed(onInput)} />}
    </Field>
  );
}

/** A box for a few lines of text. */
export function TextAreaField(props: FieldSpec & Typed & { rows: number; maxLength?: number }) {
  const { rows, maxLength, value, onInput, ...field } = props;
  return (
    <Field {...field}>
      {(a) => <textarea {...a} rows={rows} maxLength={maxLength} value={value} onInput={typed(onInput)} />}
    </Field>
  );
}

/** A choice from a short list of [value, text] pairs. */
export function SelectField<V extends string>(
  props: FieldSpec & {
    error?: string;
    value: V;
    options: readonly (readonly [V, string])[];
    onChange: (value: V) => void;
  },
) {
  const { value, options, onChange, ...field } = props;
  return (
    <Field {...field}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
          <Options options={options} />
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label after it; `invalid` marks it for `focusFirstError`. */
export function Checkbox(props: {
  id: string;
  label: string;
  checked: boolean;
  invalid?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { id, label, checked, invalid, onChange } = props;
  return (
    <div class="choice">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-invalid={invalid ? "true" : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** What an action said about how it went, for `Status`. */
export type StatusMessage = { text: string; tone: "success" | "error" };

/** A polite live region for results of async actions. */
export function Status({ message, tone = "info" }: { message?: string | null; tone?: "info" | "error" | "success" }) {
  return (
    <p class={`status ${message ? tone : ""}`} role={tone === "error" ? "alert" : "status"} aria-live="polite">
      {message ?? ""}
    </p>
  );
}

/** Focuses the first invalid control of a form, after the errors render. */
export function focusFirstError(form: HTMLFormElement | null) {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/** What a submit button follows: a change under way, and how it went (a line of its own, or only its error). */
export type SubmitChange = { busy: boolean } & ({ result: StatusMessage | null } | { error: string | null });

/** A form's submit button, saying so while the change is being sent, and the line saying how it went. */
export function Submit({ change, label, busyLabel }: { change: SubmitChange; label: string; busyLabel: string }) {
  return (
    <>
      <button type="submit" disabled={change.busy}>
        {change.busy ? busyLabel : label}
      </button>
      {"error" in change ? (
        <Status tone="error" message={change.error} />
      ) : (
        <Status tone={change.result?.tone} message={change.result?.text} />
      )}
    </>
  );
}

/** How a change went, for `Status`: its error, else what the page says of its success. */
export const outcome = (error: string | null, success: string | null): StatusMessage | null =>
  error ? { text: error, tone: "error" } : success ? { text: success, tone: "success" } : null;

/** A select's options from [value, text] pairs; the text is the value itself when left out. */
export const Options = ({ options }: { options: readonly (readonly string[])[] }) => (
  <>
    {options.map(([value, text]) => (
      <option key={value} value={value}>
        {text ?? value}
      </option>
    ))}
  </>
);
