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
import { useT } from "./i18n";

const load = (id: string) => ok(api.programs[":id"]["mentor-applications"].mine.$get({ param: { id } }));

export function MentorApplication({ programId, programName }: { programId: string; programName: string }) {
  const { t } = useT();
  const key = ["me", "mentor-application", programId];
  const loaded = useApi(key, () => load(programId));
  const [form, setForm] = useState({ why: "", experience: "", topics: "" });
  const save = useFormSave(
    (json: { why: string; experience: string; topics: string[] }) =>
      ok(api.programs[":id"]["mentor-applications"].$post({ param: { id: programId }, json })),
    { saved: t("home.apply.sent"), invalidates: [key] },
  );
  const mine = loaded.data;
  if (!mine?.required) return null;
  const a = mine.application;
  if (a && a.status !== "declined") return <p class="hint">{t("home.apply.standing", { status: a.status })}</p>;
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
        {a && (a.reason ? t("home.apply.declinedBecause", { reason: a.reason }) : t("home.apply.declined"))}
        {!a && t("home.apply.intro", { program: programName })}
      </p>
      <Field id={`apply-why-${programId}`} label={t("home.apply.why")} error={save.errors.why}>
        {(attrs) => <textarea {...attrs} rows={2} value={form.why} onInput={set("why")} />}
      </Field>
      <Field id={`apply-exp-${programId}`} label={t("home.apply.experience")} error={save.errors.experience}>
        {(attrs) => <textarea {...attrs} rows={2} value={form.experience} onInput={set("experience")} />}
      </Field>
      <Field
        id={`apply-topics-${programId}`}
        label={t("home.apply.topics")}
        hint={t("home.apply.topicsHint")}
        error={save.errors.topics}
      >
        {(attrs) => <input {...attrs} value={form.topics} onInput={set("topics")} />}
      </Field>
      <Submit change={save} label={t("home.apply.submit")} busyLabel={t("home.apply.sending")} />
    </form>
  );
}
