/** A group's next meeting: when and where (a room or a video link), and the small form any member sets it with. */
import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, focusFirstError, outcome, Submit } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { localInputValue } from "../../lib/dates";
import { formatDateTime } from "../../lib/dates";

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
  const saving = useApiChange((json: { at: string; place: string }) =>
    ok(api.groups[":id"].meeting.$put({ param: { id: groupId }, json })),
  );
  const { busy } = saving;
  const [noDate, setNoDate] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = noDate ? { at: "Choose a date and time." } : saving.fields;
  const message = outcome(noDate ? null : saving.error, saved ? "The next meeting is set." : null);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const when = at ? new Date(at) : null; // a datetime-local value is read in the reader's time zone
    const invalid = !when || Number.isNaN(when.getTime());
    setNoDate(invalid);
    setSaved(false);
    if (invalid) return focusFirstError(form.current);
    const next = await saving.run({ at: when.toISOString(), place });
    if (!next) return focusFirstError(form.current);
    onSaved(next);
    setSaved(true);
  };

  return (
    <section aria-labelledby="meeting-title">
      <h2 id="meeting-title">Next meeting</h2>
      {meeting.at ? (
        <p>
          <strong>{formatDateTime(meeting.at)}</strong>
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
