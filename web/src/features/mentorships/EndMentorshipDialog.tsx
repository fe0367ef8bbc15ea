/**
 * Ending a mentorship early: a no-fault reason, a note for the organisers if wanted, and a reminder
 * that the partner is not emailed about it.
 */
import { useState } from "preact/hooks";
import { api, ok, type FieldErrors } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Dialog } from "../../lib/Dialog";
import { Field } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { END_REASONS, type EndReason, type Mentorship } from "./myMentorships";
import { useT } from "./i18n";
import { EndReasonText } from "./EndReasonText";

export function EndMentorshipDialog({
  m,
  onClose,
  onEnded,
}: {
  m: Mentorship;
  onClose: () => void;
  onEnded: () => void;
}) {
  const { t } = useT();
  const [reason, setReason] = useState<EndReason | null>(null);
  const [note, setNote] = useState("");
  const save = useFormSave((json: { reason: EndReason; note: string }) =>
    ok(api.mentorships[":id"].end.$post({ param: { id: m.id }, json })),
  );
  const reasonError = save.errors.reason;
  const error = save.result?.tone === "error" ? save.result.text : null;
  const busy = save.busy;

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: FieldErrors = reason ? {} : { reason: t("mentorships.end.chooseReason") };
    // Without a reason nothing is sent: the stand-in only keeps the body's type.
    if ((await save.submit({ reason: reason ?? "other", note }, problems)) !== null) onEnded();
  };

  return (
    <Dialog title={t("mentorships.end.title", { name: m.partner.name })} onClose={onClose}>
      <p>
        {t("mentorships.end.okay")}
        {m.role === "mentee" && ` ${t("mentorships.end.newMatch")}`}
      </p>
      <form ref={save.formRef} onSubmit={submit} noValidate>
        <fieldset aria-describedby={reasonError ? "end-reason-error" : undefined}>
          <legend>{t("mentorships.end.whatFits")}</legend>
          {(Object.keys(END_REASONS) as EndReason[]).map((key, i) => (
            <div class="choice" key={key}>
              <input
                type="radio"
                name="end-reason"
                id={`end-reason-${i}`}
                value={key}
                checked={reason === key}
                aria-invalid={reasonError ? "true" : undefined}
                onChange={() => setReason(key)}
              />
              <label for={`end-reason-${i}`}>
                <EndReasonText reason={key} />
              </label>
            </div>
          ))}
          {reasonError && (
            <p class="error" id="end-reason-error">
              {reasonError}
            </p>
          )}
        </fieldset>
        <Field id="end-note" label={t("mentorships.end.note")}>
          {(a) => (
            <textarea {...a} rows={3} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          )}
        </Field>
        <p class="hint">{t("mentorships.end.noEmail", { name: m.partner.name })}</p>
        <Alert message={error} />
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t("mentorships.end.submit")}
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            {t("mentorships.end.keep")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
