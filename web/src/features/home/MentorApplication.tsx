/**
 * A mentor's application in a program that approves its mentors, on their dashboard card: the form
 * (why, experience, topics) until they apply, then where it stands and the organisers' reason.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Submit } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { useApi } from "../../lib/query";
import { splitList } from "../../lib/text";

const load = (id: string) => ok(api.programs[":id"]["mentor-applications"].mine.$get({ param: { id } }));

const STANDING = {
  pending: "Your application to mentor waits for the organisers' decision.",
  accepted: "Your application to mentor was accepted: you can be matched.",
  declined: "Your application to mentor was not accepted.",
};

export function MentorApplication({ programId, programName }: { programId: string; programName: string }) {
  const key = ["me", "mentor-application", programId];
  const loaded = useApi(key, () => load(programId));
  const [form, setForm] = useState({ why: "", experience: "", topics: "" });
  const save = useFormSave(
    (json: { why: string; experience: string; topics: string[] }) =>
      ok(api.programs[":id"]["mentor-applications"].$post({ param: { id: programId }, json })),
    { saved: "Sent: the organisers will decide.", invalidates: [key] },
  );
  const mine = loaded.data;
  if (!mine?.required) return null;
  const a = mine.application;
  if (a && a.status !== "declined") return <p class="hint">{STANDING[a.status]}</p>;
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLTextAreaElement).value });
  return (
    <form
      ref={save.formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit({ ...form, topics: splitList(form.topics) });
      }}
    >
      <p>
        {a ? `${STANDING.declined}${a.reason ? ` “${a.reason}”` : ""} You may apply again.` : ""}
        {!a && `${programName} approves its mentors before matching them: tell the organisers about yourself.`}
      </p>
      <Field id={`apply-why-${programId}`} label="Why you would like to mentor" error={save.errors.why}>
        {(attrs) => <textarea {...attrs} rows={2} value={form.why} onInput={set("why")} />}
      </Field>
      <Field id={`apply-exp-${programId}`} label="Your experience" error={save.errors.experience}>
        {(attrs) => <textarea {...attrs} rows={2} value={form.experience} onInput={set("experience")} />}
      </Field>
      <Field id={`apply-topics-${programId}`} label="Topics" hint="Separate with commas" error={save.errors.topics}>
        {(attrs) => <input {...attrs} value={form.topics} onInput={set("topics")} />}
      </Field>
      <Submit busy={save.busy} label="Apply to mentor" busyLabel="Sending…" result={save.result} />
    </form>
  );
}
