/** When a pair counts as quiet or stalled, and when it ends itself: the API checks, the fields show why. */
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, type FieldErrors } from "../../lib/api";
import { Field, Status, focusFirstError } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { loadPolicy, savePolicy, type Policy } from "./data";
import { useT } from "./i18n";

type Form = Record<keyof Policy, string>;
const toForm = (p: Policy): Form => ({
  quietDays: String(p.quietDays),
  stalledDays: String(p.stalledDays),
  autoEndDays: p.autoEndDays === null ? "" : String(p.autoEndDays),
});
// Anything but a whole number goes to the API as NaN, which it refuses with the field's message.
const whole = (v: string) => (v.trim() === "" ? NaN : Number(v));

export function HealthPolicyForm({ id }: { id: string }) {
  const { t } = useT();
  const fields: [keyof Policy, string, string][] = [
    ["quietDays", t("insights.policy.quiet"), t("insights.policy.quietHint")],
    ["stalledDays", t("insights.policy.stalled"), t("insights.policy.stalledHint")],
    ["autoEndDays", t("insights.policy.autoEnd"), t("insights.policy.autoEndHint")],
  ];
  const policy = useApi(["programs", id, "health-policy"], () => loadPolicy(id));
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (policy.data) setForm(toForm(policy.data));
  }, [policy.data]);
  const save = useApiChange(
    (body: Policy) =>
      savePolicy(id, body).catch((err: unknown) => {
        setErrors(err instanceof ApiError ? err.fields : {});
        throw err;
      }),
    // Quiet and stalled counts and the list of pairs follow the thresholds.
    [
      ["programs", id, "insights"],
      ["programs", id, "health"],
    ],
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form) return;
    setErrors({});
    setSaved(false);
    const body = {
      quietDays: whole(form.quietDays),
      stalledDays: whole(form.stalledDays),
      autoEndDays: form.autoEndDays.trim() === "" ? null : whole(form.autoEndDays),
    };
    const answer = await save.run(body);
    if (!answer) return focusFirstError(formRef.current);
    policy.set(answer);
    setSaved(true);
  };

  return (
    <form ref={formRef} class="card policy no-print" onSubmit={submit} noValidate aria-labelledby="policy-title">
      <h3 id="policy-title">{t("insights.policy.title")}</h3>
      {policy.error && <p class="status error">{policy.error}</p>}
      {form && (
        <>
          <div class="policy-fields">
            {fields.map(([key, label, hint]) => (
              <Field key={key} id={`policy-${key}`} label={label} hint={hint} error={errors[key]}>
                {(a) => (
                  <input
                    {...a}
                    type="number"
                    inputMode="numeric"
                    value={form[key]}
                    onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          <button type="submit" disabled={save.busy}>
            {save.busy ? t("insights.policy.saving") : t("insights.policy.save")}
          </button>
        </>
      )}
      <Status
        tone={save.error ? "error" : "success"}
        message={save.error ?? (saved ? t("insights.policy.saved") : null)}
      />
    </form>
  );
}
