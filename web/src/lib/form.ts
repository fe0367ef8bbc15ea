/**
 * The one way a form saves: what the page can check itself is checked first, then the change is sent
 * through `useApiChange`. Either way the errors show at their fields, the first invalid control gets the
 * focus, and one line says how it went — so no form catches its own errors.
 */
import type { QueryKey } from "@tanstack/preact-query";
import { useRef, useState } from "preact/hooks";
import type { FieldErrors } from "./api";
import { focusFirstError, outcome, type FieldSpec, type StatusMessage } from "./Field";
import { t } from "./i18n";
import { useApiChange } from "./query";

export function useFormSave<A, T>(
  change: (args: A) => Promise<T>,
  options: {
    /** The line shown after a save went through (of what it answered); none when the page moves on instead. */
    saved?: string | ((result: T) => string);
    invalidates?: QueryKey[];
    /** The form's field for an error the API names otherwise ("managerEmails.2" → "managers"). */
    fieldOf?: (key: string) => string;
    /** What the page's own checks find shows at the fields alone, with no line under the button. */
    quietChecks?: boolean;
  } = {},
) {
  const formRef = useRef<HTMLFormElement>(null);
  const c = useApiChange(change, options.invalidates);
  const [checked, setChecked] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);

  /** Sends `args` unless `problems` (the page's own checks) names a field; null when nothing was saved. */
  const submit = async (args: A, problems: FieldErrors = {}): Promise<T | null> => {
    setChecked(problems);
    setSaved(null);
    if (Object.keys(problems).length) {
      focusFirstError(formRef.current);
      return null;
    }
    const result = await c.run(args);
    if (result === null) focusFirstError(formRef.current);
    else setSaved(typeof options.saved === "function" ? options.saved(result) : (options.saved ?? null));
    return result;
  };

  const invalid = Object.keys(checked).length > 0;
  const fieldOf = options.fieldOf;
  const errors: FieldErrors = invalid
    ? checked
    : fieldOf
      ? Object.fromEntries(Object.entries(c.fields).map(([k, v]) => [fieldOf(k), v]))
      : c.fields;
  const said: StatusMessage | null = options.quietChecks ? null : { text: t("form.invalid"), tone: "error" };
  const result = invalid ? said : outcome(c.error, saved);
  return { formRef, submit, busy: c.busy, errors, result, failure: c.failure };
}

/** A one-click change whose answer is the line to show; `result` says how the last click went. */
export function useAction<A>(change: (args: A) => Promise<string>, invalidates?: QueryKey[]) {
  const c = useApiChange(change, invalidates);
  const [said, setSaid] = useState<string | null>(null);
  const run = async (args: A) => {
    setSaid(null);
    const line = await c.run(args);
    setSaid(line);
    return line;
  };
  return { run, busy: c.busy, result: outcome(c.error, said) };
}

/**
 * Binds a form's text boxes to its state: `bind("title")` gives a `TextField` or `TextAreaField` the box's
 * texts (from `specs`), what was typed, its error and how to change it.
 */
export const bindText =
  <F extends Record<string, string>, K extends keyof F & string>(
    specs: Record<K, FieldSpec>,
    form: F,
    set: (patch: Partial<F>) => void,
    errors: FieldErrors,
  ) =>
  (k: K) => ({
    ...specs[k],
    error: errors[k],
    value: form[k],
    onInput: (value: string) => set({ [k]: value } as Partial<F>),
  });
