/**
 * Adding to a program's library: an article (Markdown), a link or a file, with a title, the program's
 * skills as tags, and who may read it.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Submit } from "../../lib/Field";
import { useFormSave } from "../../lib/form";

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
  const blank: Sent = { kind: "article", title: "", body: "", url: "", file: null, tags: [], scope: "program" };
  const [s, setS] = useState<Sent>(blank);
  const save = useFormSave((x: Sent) => send(programId, x), {
    saved: (e) => `Added “${e.title}”.`,
    invalidates: [["library"]],
  });
  const set = (patch: Partial<Sent>) => setS({ ...s, ...patch });
  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!s.title.trim()) problems.title = "Give it a title.";
    if (s.kind === "file" && !s.file) problems.file = "Choose a file.";
    if ((await save.submit(s, problems)) !== null) setS({ ...blank, kind: s.kind });
  };
  const err = save.errors;
  return (
    <form ref={save.formRef} class="add-entry" onSubmit={submit} noValidate>
      <h2>Add to the library</h2>
      <Field id="entry-kind" label="What">
        {(a) => (
          <select {...a} value={s.kind} onChange={(e) => set({ kind: e.currentTarget.value as Kind })}>
            <option value="article">An article (Markdown)</option>
            <option value="link">A link</option>
            <option value="file">A file (up to 10 MB)</option>
          </select>
        )}
      </Field>
      <Field id="entry-title" label="Title" error={err.title}>
        {(a) => <input {...a} value={s.title} maxLength={160} onInput={(e) => set({ title: e.currentTarget.value })} />}
      </Field>
      {s.kind === "link" && (
        <Field id="entry-url" label="Address" error={err.url}>
          {(a) => <input {...a} type="url" value={s.url} onInput={(e) => set({ url: e.currentTarget.value })} />}
        </Field>
      )}
      {s.kind === "file" && (
        <Field id="entry-file" label="File" error={err.file} hint="PDF, image, text or Office document">
          {(a) => <input {...a} type="file" onChange={(e) => set({ file: e.currentTarget.files?.[0] ?? null })} />}
        </Field>
      )}
      <Field id="entry-body" label={s.kind === "article" ? "Text (Markdown)" : "What it is"} error={err.body}>
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
          <legend>Skills it helps with</legend>
          {err.tags && <p class="error">{err.tags}</p>}
          {skills.map((skill) => (
            <label class="choice" key={skill}>
              <input
                type="checkbox"
                checked={s.tags.includes(skill)}
                onChange={(e) =>
                  set({ tags: e.currentTarget.checked ? [...s.tags, skill] : s.tags.filter((t) => t !== skill) })
                }
              />
              {skill}
            </label>
          ))}
        </fieldset>
      )}
      <Field id="entry-scope" label="Who may read it">
        {(a) => (
          <select {...a} value={s.scope} onChange={(e) => set({ scope: e.currentTarget.value as Sent["scope"] })}>
            <option value="program">The program's people</option>
            <option value="company">Everyone in the company</option>
          </select>
        )}
      </Field>
      <Submit busy={save.busy} label="Add" busyLabel="Adding…" result={save.result} />
    </form>
  );
}
