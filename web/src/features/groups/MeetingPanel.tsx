/** A group's next meeting: when and where (a room or a video link), and the small form any member sets it with. */
import { useRef, useState } from "preact/hooks";
import { api, fieldsOf, ok } from "../../lib/api";
import { Field, focusFirstError, Submit, type StatusMessage } from "../../lib/Field";
import { localInputValue } from "../../lib/dates";
import { whenExactly } from "../../lib/dates";

type Meeting = { at: number | null; place: string };
type Props = {
  groupId: string;
  meeting: Meeting;
  canEdit: boolean;
  onSaved: (m: { at: number; place: string }) => void;
};

const isLink = (place: string) => /^https?:\/\/\S+$/.test(place);

export function MeetingPanel({ groupId, meeting, canEdit, onSaved }: Props) {
  const [at, setAt] = useState(meeting.at ? localInputValue(meeting.at) : "");
  const [place, setPlace] = useState(meeting.place);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const when = at ? new Date(at) : null; // a datetime-local value is read in the reader's time zone
    if (!when || Number.isNaN(when.getTime())) {
      setErrors({ at: "Choose a date and time." });
      focusFirstError(form.current);
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const json = { at: when.toISOString(), place };
      onSaved(await ok(api.groups[":id"].meeting.$put({ param: { id: groupId }, json })));
      setMessage({ text: "The next meeting is set.", tone: "success" });
    } catch (err) {
      setErrors(fieldsOf(err));
      setMessage({ text: err instanceof Error ? err.message : "The meeting could not be saved.", tone: "error" });
      focusFirstError(form.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="meeting-title">
      <h2 id="meeting-title">Next meeting</h2>
      {meeting.at ? (
        <p>
          <strong>{whenExactly(meeting.at)}</strong>
          {meeting.place && (
            <>
              {", "}
              {isLink(meeting.place) ? (
                <a href={meeting.place} style={{ overflowWrap: "anywhere" }}>
                  {meeting.place}
                </a>
              ) : (
                meeting.place
              )}
            </>
          )}
        </p>
      ) : (
        <p class="empty">No meeting set yet.{canEdit && " Any member can propose one below."}</p>
      )}
      {canEdit && (
        <form ref={form} class="card" onSubmit={submit} noValidate aria-labelledby="meeting-form-title">
          <h3 id="meeting-form-title">{meeting.at ? "Change the next meeting" : "Set the next meeting"}</h3>
          <div class="row">
            <Field id="meeting-at" label="When" error={errors.at}>
              {(aria) => (
                <input {...aria} type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
              )}
            </Field>
            <Field id="meeting-place" label="Where" hint="A room, or the video link" error={errors.place}>
              {(aria) => (
                <input {...aria} value={place} maxLength={300} onInput={(e) => setPlace(e.currentTarget.value)} />
              )}
            </Field>
          </div>
          <Submit busy={busy} label="Save the meeting" busyLabel="Saving…" result={message} />
        </form>
      )}
    </section>
  );
}
