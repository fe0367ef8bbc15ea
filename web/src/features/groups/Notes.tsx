/** A group's notes, newest first, and the form a member posts one with. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Submit, TextAreaField } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { formatDateTime } from "../../lib/dates";
import type { GroupData } from "./GroupPage";
import { useT } from "./i18n";

type Note = GroupData["notes"][number];
type Props = { groupId: string; notes: Note[]; canPost: boolean; onPosted: (note: Note) => void };
const MAX = 2000;

export function Notes({ groupId, notes, canPost, onPosted }: Props) {
  const { t } = useT();
  const [body, setBody] = useState("");
  const posting = useFormSave(
    (json: { body: string }) => ok(api.groups[":id"].notes.$post({ param: { id: groupId }, json })),
    { saved: t("groups.notes.posted"), quietChecks: true },
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    const note = await posting.submit({ body }, body.trim() ? {} : { body: t("groups.notes.needBody") });
    if (!note) return;
    onPosted(note);
    setBody("");
  };

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t("groups.notes.title")}</h2>
      {canPost && (
        <form ref={posting.formRef} onSubmit={submit} noValidate aria-label={t("groups.notes.form")}>
          <TextAreaField
            id="note-body"
            label={t("groups.notes.label")}
            hint={t("groups.notes.hint", { max: MAX })}
            error={posting.errors.body}
            rows={3}
            maxLength={MAX}
            value={body}
            onInput={setBody}
          />
          <Submit change={posting} label={t("groups.notes.submit")} busyLabel={t("groups.notes.busy")} />
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
