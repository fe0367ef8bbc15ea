/**
 * An author edits a draft of captured knowledge before approving it: its title, its text and its skills.
 * Others who approved approved other words, so saving asks them to approve again, as the form says.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Submit, TextAreaField, TextField } from "../../lib/Field";
import { bindText, useFormSave } from "../../lib/form";
import { useSession } from "../../lib/session";
import { useT } from "./i18n";
import { listOf } from "./Snippet";

type Draft = {
  id: string;
  title: string;
  body: string;
  tags: string[];
  authors: { id: string; name: string; approved: boolean }[];
};
type Sent = { title: string; body: string; tags: string };

const tagsOf = (s: string) =>
  s
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);

export function EditDraft<E extends Draft>({ entry, onSaved }: { entry: E; onSaved: (e: E) => void }) {
  const { me } = useSession();
  const { t, language } = useT();
  const [open, setOpen] = useState(false);
  const [s, setS] = useState<Sent>({ title: entry.title, body: entry.body, tags: entry.tags.join(", ") });
  const save = useFormSave(
    (x: Sent) =>
      ok(
        api.knowledge[":id"].$patch({
          param: { id: entry.id },
          json: { title: x.title, body: x.body, tags: tagsOf(x.tags) },
        }),
      ),
    { saved: t("library.edit.saved"), invalidates: [["library"], ["mentorships"], ["groups"]] },
  );
  const approvedBy = entry.authors.filter((a) => a.approved && a.id !== me?.person.id).map((a) => a.name);
  if (!open) {
    return (
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        {t("library.edit.open")}
      </button>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!s.title.trim()) problems.title = t("library.edit.needTitle");
    if (!s.body.trim()) problems.body = t("library.edit.needBody");
    const next = await save.submit(s, problems);
    if (next) {
      onSaved({ ...entry, ...next });
      setOpen(false);
    }
  };
  const bind = bindText(
    {
      title: { id: "draft-title", label: t("library.edit.entryTitle") },
      body: { id: "draft-body", label: t("library.edit.text") },
      tags: { id: "draft-tags", label: t("library.edit.skills"), hint: t("library.edit.skillsHint") },
    },
    s,
    (patch) => setS({ ...s, ...patch }),
    save.errors,
  );
  return (
    <form ref={save.formRef} class="edit-draft" onSubmit={submit} noValidate>
      <h2>{t("library.edit.title")}</h2>
      <p class="notice">
        {approvedBy.length
          ? t("library.edit.approvedBy", { names: listOf(language, approvedBy) })
          : t("library.edit.approvedByNobody")}
      </p>
      <TextField {...bind("title")} maxLength={160} />
      <TextAreaField {...bind("body")} rows={12} />
      <TextField {...bind("tags")} />
      <div class="actions">
        <Submit change={save} label={t("library.edit.submit")} busyLabel={t("library.edit.busy")} />
        <button type="button" class="secondary" onClick={() => setOpen(false)}>
          {t("library.edit.cancel")}
        </button>
      </div>
    </form>
  );
}
