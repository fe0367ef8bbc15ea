/** A group's notes, newest first, and the form a member posts one with. */
import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { focusFirstError, outcome, Submit, TextAreaField } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { formatDateTime } from "../../lib/dates";
import type { GroupData } from "./GroupPage";
import { useT } from "./i18n";

type Note = GroupData["notes"][number];
type Props = { groupId: string; notes: Note[]; canPost: boolean; onPosted: (note: Note) => void };
const MAX = 2000;

export function Notes({ groupId, notes, canPost, onPosted }: Props) {
  const { t } = useT();
  const [body, setBody] = useState("");
  const posting = useApiChange((json: { body: string }) =>
    ok(api.groups[":id"].notes.$post({ param: { id: groupId }, json })),
  );
  const { busy } = posting;
  const [empty, setEmpty] = useState(false);
  const [posted, setPosted] = useState(false);
  const error = empty ? t("groups.notes.needBody") : posting.fields.body;
  const message = outcome(empty ? null : posting.error, posted ? t("groups.notes.posted") : null);
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
      <h2 id="notes-title">{t("groups.notes.title")}</h2>
      {canPost && (
        <form ref={form} onSubmit={submit} noValidate aria-label={t("groups.notes.form")}>
          <TextAreaField
            id="note-body"
            label={t("groups.notes.label")}
            hint={t("groups.notes.hint", { max: MAX })}
            error={error}
            rows={3}
            maxLength={MAX}
            value={body}
            onInput={setBody}
          />
          <Submit
            change={{ busy, result: message }}
            label={t("groups.notes.submit")}
            busyLabel={t("groups.notes.busy")}
          />
        </form>
      )}
      {notes.length === 0 ? (
        <p class="empty">{t("groups.notes.none")}</p>
      ) : (
        <ul class="cards" aria-label={t("groups.notes.list")}>
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
