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

export function EndMentorshipDialog({
  m,
  onClose,
  onEnded,
}: {
  m: Mentorship;
  onClose: () => void;
  onEnded: () => void;
}) {
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
    const problems: FieldErrors = reason ? {} : { reason: "Choose the reason that fits best." };
    // Without a reason nothing is sent: the stand-in only keeps the body's type.
    if ((await save.submit({ reason: reason ?? "other", note }, problems)) !== null) onEnded();
  };

  return (
    <Dialog title={`End your mentorship with ${m.partner.name}?`} onClose={onClose}>
      <p>
        It is okay to part company. Mentorships end early for all sorts of reasons, and it is nobody's fault.
        {m.role === "mentee" && " You can choose or be matched with someone new afterwards."}
      </p>
      <form ref={save.formRef} onSubmit={submit} noValidate>
        <fieldset aria-describedby={reasonError ? "end-reason-error" : undefined}>
          <legend>What fits best?</legend>
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
              <label for={`end-reason-${i}`}>{END_REASONS[key]}</label>
            </div>
          ))}
          {reasonError && (
            <p class="error" id="end-reason-error">
              {reasonError}
            </p>
          )}
        </fieldset>
        <Field id="end-note" label="Anything the organisers should know? (optional)">
          {(a) => (
            <textarea {...a} rows={3} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          )}
        </Field>
        <p class="hint">
          Tandem does not email {m.partner.name} about this, so let them know yourself if you have not already.
        </p>
        <Alert message={error} />
        <div class="actions">
          <button type="submit" disabled={busy}>
            End mentorship
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            Keep it going
          </button>
        </div>
      </form>
    </Dialog>
  );
}
