/** The part of a thank-you form that a pair's page and an event's page share: the note, the manager, send. */
import { Field, Submit, type StatusMessage } from "../../lib/Field";
import { MAX_KUDOS_NOTE } from "../../../../workers/domain/recognition";

type Sending = {
  busy: boolean;
  errors: Record<string, string | undefined>;
  result: StatusMessage | null;
};

export function KudosFields(props: {
  id: string;
  label: string;
  note: string;
  onNote: (note: string) => void;
  tellManager: boolean;
  onTellManager: (tell: boolean) => void;
  sending: Sending;
}) {
  const { id, label, note, onNote, tellManager, onTellManager, sending } = props;
  return (
    <>
      <Field id={id} label={label} error={sending.errors.note}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            maxLength={MAX_KUDOS_NOTE}
            value={note}
            onInput={(e) => onNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <label class="choice">
        <input type="checkbox" checked={tellManager} onChange={(e) => onTellManager(e.currentTarget.checked)} />
        Also tell their manager by mail
      </label>
      <Submit busy={sending.busy} label="Send thanks" busyLabel="Sending…" result={sending.result} />
    </>
  );
}
