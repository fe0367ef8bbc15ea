/**
 * Adding to a program's library: an article (Markdown), a link or a file, with a title, the program's
 * skills as tags, and who may read it.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Submit } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { useT } from "./i18n";

type Kind = "article" | "link" | "file";
type Sent = {
  kind: Kind;
  title: string;
  body: string;
  url: string;
  file: File | null;
  tags: string[];
  scope: "program" | "company";
};

const send = (programId: string, s: Sent) => {
  const param = { id: programId };
  const common = { title: s.title, tags: s.tags, scope: s.scope };
  if (s.kind === "file") {
    const form = { file: s.file!, title: s.title, body: s.body, tags: s.tags.join(","), scope: s.scope };
    return ok(api.programs[":id"].library.files.$post({ param, form }));
  }
  const json =
    s.kind === "link"
      ? { kind: s.kind, url: s.url, body: s.body, ...common }
      : { kind: s.kind, body: s.body, ...common };
  return ok(api.programs[":id"].library.$post({ param, json }));
};

export function AddEntry({ programId, skills }: { programId: string; skills: string[] }) {
  const { t } = useT();
  const blank: Sent = { kind: "article", title: "", body: "", url: "", file: null, tags: [], scope: "program" };
  const [s, setS] = useState<Sent>(blank);
  const save = useFormSave((x: Sent) => send(programId, x), {
    saved: (e) => t("library.add.added", { title: e.title }),
    invalidates: [["library"]],
  });
  const set = (patch: Partial<Sent>) => setS({ ...s, ...patch });
  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!s.title.trim()) problems.title = t("library.add.needTitle");
    if (s.kind === "file" && !s.file) problems.file = t("library.add.needFile");
    if ((await save.submit(s, problems)) !== null) setS({ ...blank, kind: s.kind });
  };
  const err = save.errors;
  return (
    <form ref={save.formRef} class="add-entry" onSubmit={submit} noValidate>
      <h2>{t("library.add.title")}</h2>
      <Field id="entry-kind" label={t("library.add.kind")}>
        {(a) => (
          <select {...a} value={s.kind} onChange={(e) => set({ kind: e.currentTarget.value as Kind })}>
            <option value="article">{t("library.add.article")}</option>
            <option value="link">{t("library.add.link")}</option>
            <option value="file">{t("library.add.file")}</option>
          </select>
        )}
      </Field>
      <Field id="entry-title" label={t("library.add.entryTitle")} error={err.title}>
        {(a) => <input {...a} value={s.title} maxLength={160} onInput={(e) => set({ title: e.currentTarget.value })} />}
      </Field>
      {s.kind === "link" && (
        <Field id="entry-url" label={t("library.add.url")} error={err.url}>
          {(a) => <input {...a} type="url" value={s.url} onInput={(e) => set({ url: e.currentTarget.value })} />}
        </Field>
      )}
      {s.kind === "file" && (
        <Field id="entry-file" label={t("library.add.fileLabel")} error={err.file} hint={t("library.add.fileHint")}>
          {(a) => <input {...a} type="file" onChange={(e) => set({ file: e.currentTarget.files?.[0] ?? null })} />}
        </Field>
      )}
      <Field
        id="entry-body"
        label={s.kind === "article" ? t("library.add.text") : t("library.add.what")}
        error={err.body}
      >
        {(a) => (
          <textarea
            {...a}
            rows={s.kind === "article" ? 10 : 3}
            value={s.body}
            onInput={(e) => set({ body: e.currentTarget.value })}
          />
        )}
      </Field>
      {skills.length > 0 && (
        <fieldset>
          <legend>{t("library.add.skills")}</legend>
          {err.tags && <p class="error">{err.tags}</p>}
          {skills.map((skill) => (
            <label class="choice" key={skill}>
              <input
                type="checkbox"
                checked={s.tags.includes(skill)}
                onChange={(e) =>
                  set({ tags: e.currentTarget.checked ? [...s.tags, skill] : s.tags.filter((tag) => tag !== skill) })
                }
              />
              {skill}
            </label>
          ))}
        </fieldset>
      )}
      <Field id="entry-scope" label={t("library.add.scope")}>
        {(a) => (
          <select {...a} value={s.scope} onChange={(e) => set({ scope: e.currentTarget.value as Sent["scope"] })}>
            <option value="program">{t("library.add.scopeProgram")}</option>
            <option value="company">{t("library.add.scopeCompany")}</option>
          </select>
        )}
      </Field>
      <Submit change={save} label={t("library.add.submit")} busyLabel={t("library.add.busy")} />
    </form>
  );
}
