/** A group's notes, newest first, and the form a member posts one with. */
import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { focusFirstError, outcome, Submit, TextAreaField } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { formatDateTime } from "../../lib/dates";
import type { GroupData } from "./GroupPage";

type Note = GroupData["notes"][number];
type Props = { groupId: string; notes: Note[]; canPost: boolean; onPosted: (note: Note) => void };
const MAX = 2000;

export function Notes({ groupId, notes, canPost, onPosted }: Props) {
  const [body, setBody] = useState("");
  const posting = useApiChange((json: { body: string }) =>
    ok(api.groups[":id"].notes.$post({ param: { id: groupId }, json })),
  );
  const { busy } = posting;
  const [empty, setEmpty] = useState(false);
  const [posted, setPosted] = useState(false);
  const error = empty ? "Write a note first." : posting.fields.body;
  const message = outcome(empty ? null : posting.error, posted ? "Your note is posted." : null);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setPosted(false);
    setEmpty(!body.trim());
    if (!body.trim()) return focusFirstError(form.current);
    const note = await posting.run({ body });
    if (!note) return focusFirstError(form.current);
    onPosted(note);
    setBody("");
    setPosted(true);
  };

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      {canPost && (
        <form ref={form} onSubmit={submit} noValidate aria-label="Add a note">
          <TextAreaField
            id="note-body"
            label="Your note"
            hint={`Up to ${MAX.toLocaleString()} characters`}
            error={error}
            rows={3}
            maxLength={MAX}
            value={body}
            onInput={setBody}
          />
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
                <strong>{n.authorName}</strong> · {formatDateTime(n.createdAt)}
              </p>
              <p style={{ margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
