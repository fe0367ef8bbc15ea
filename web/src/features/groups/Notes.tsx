/** A group's notes, newest first, and the form a member posts one with. */
import { useRef, useState } from "preact/hooks";
import { api, fieldsOf, messageOf, ok } from "../../lib/api";
import { Field, focusFirstError, Submit, type StatusMessage } from "../../lib/Field";
import { whenExactly } from "../../lib/dates";
import type { GroupData } from "./GroupPage";

type Note = GroupData["notes"][number];
type Props = { groupId: string; notes: Note[]; canPost: boolean; onPosted: (note: Note) => void };
const MAX = 2000;

export function Notes({ groupId, notes, canPost, onPosted }: Props) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    if (!body.trim()) {
      setError("Write a note first.");
      focusFirstError(form.current);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onPosted(await ok(api.groups[":id"].notes.$post({ param: { id: groupId }, json: { body } })));
      setBody("");
      setMessage({ text: "Your note is posted.", tone: "success" });
    } catch (err) {
      setError(fieldsOf(err).body);
      setMessage({ text: messageOf(err), tone: "error" });
      focusFirstError(form.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      {canPost && (
        <form ref={form} onSubmit={submit} noValidate aria-label="Add a note">
          <Field id="note-body" label="Your note" hint={`Up to ${MAX.toLocaleString()} characters`} error={error}>
            {(aria) => (
              <textarea
                {...aria}
                rows={3}
                maxLength={MAX}
                value={body}
                onInput={(e) => setBody(e.currentTarget.value)}
              />
            )}
          </Field>
          <Submit busy={busy} label="Post the note" busyLabel="Posting…" result={message} />
        </form>
      )}
      {notes.length === 0 ? (
        <p class="empty">No notes yet.</p>
      ) : (
        <ul class="cards" aria-label="Notes, newest first">
          {notes.map((n) => (
            <li class="card" key={n.id} style={{ margin: 0 }}>
              <p class="hint" style={{ margin: "0 0 4px" }}>
                <strong>{n.authorName}</strong> · {whenExactly(n.createdAt)}
              </p>
              <p style={{ margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
