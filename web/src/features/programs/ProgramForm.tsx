/** The form that creates a program or changes its details, settings and managers. */
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Checkbox, Field, NumberField, SelectField, Submit } from "../../lib/Field";
import { useFormSave } from "../../lib/form";
import { splitList } from "../../lib/text";
import type { Program } from "./ProgramLayout";
import type { Start } from "./StartFrom";
import { FIELD_KEYS, KINDS, cadenceOf, fieldsOf, kindName, numbersOf } from "./program-fields";
import { RETENTION_MONTHS } from "../../../../workers/domain/audit";
import { useT } from "./i18n";

type FormState = {
  name: string;
  kind: string;
  description: string;
  startsOn: string;
  endsOn: string;
  defaultCapacity: string;
  cycleWeeks: string;
  mixDepartments: boolean;
  meetingEveryDays: string;
  retentionMonths: string;
  needApproval: boolean;
  skills: string;
  managers: string;
};

/** What the API takes of the form, for a new program and an edited one alike. */
const bodyOf = (form: FormState, fields: string[]) => ({
  name: form.name,
  kind: form.kind as (typeof KINDS)[number],
  description: form.description,
  startsOn: form.startsOn || null,
  endsOn: form.endsOn || null,
  defaultCapacity: Number(form.defaultCapacity),
  ...(form.kind === "reverse"
    ? { cycleWeeks: Number(form.cycleWeeks), rotationMixDepartments: form.mixDepartments }
    : form.kind === "roulette"
      ? { cycleWeeks: Number(form.cycleWeeks) }
      : {}),
  skills: splitList(form.skills),
  profileFields: fields as never,
  meetingEveryDays: form.meetingEveryDays ? Number(form.meetingEveryDays) : null,
  retentionMonths: Number(form.retentionMonths),
  mentorsNeedApproval: form.needApproval,
});
type ProgramBody = ReturnType<typeof bodyOf>;

/** The program's details: a new program (blank, from a template or a copy) or an existing one. */
export function ProgramForm(props: {
  program: Program | null;
  start: Start | null;
  isAdmin: boolean;
  onSaved: (p: Program) => void;
}) {
  const { program, start, isAdmin, onSaved } = props;
  const { route } = useLocation();
  const { t } = useT();
  const numbers = numbersOf(t);
  const [form, setForm] = useState<FormState>({
    name: program?.name ?? start?.name ?? "",
    kind: program?.kind ?? "one-to-one",
    description: program?.description ?? "",
    startsOn: program?.startsOn ?? "",
    endsOn: program?.endsOn ?? "",
    defaultCapacity: String(program?.defaultCapacity ?? 2),
    cycleWeeks: String(program?.cycleWeeks ?? 4),
    mixDepartments: program?.rotationMixDepartments ?? false,
    meetingEveryDays: program?.meetingEveryDays ? String(program.meetingEveryDays) : "",
    retentionMonths: String(program?.retentionMonths ?? RETENTION_MONTHS.default),
    needApproval: program?.mentorsNeedApproval ?? false,
    skills: program?.skills.join(", ") ?? "",
    managers: program?.managers.map((m) => m.email).join(", ") ?? "",
  });
  const [fields, setFields] = useState<string[]>(program?.profileFields ?? FIELD_KEYS);
  const save = useFormSave(
    async (body: ProgramBody): Promise<Program> => {
      const managerEmails = splitList(form.managers);
      if (!program && start) {
        const { templateId, copyFrom } = start;
        const { name, startsOn, endsOn } = body;
        return ok(api.programs.$post({ json: { templateId, copyFrom, name, startsOn, endsOn, managerEmails } }));
      }
      if (!program) return ok(api.programs.$post({ json: { ...body, managerEmails } }));
      const saved = await ok(api.programs[":id"].$patch({ param: { id: program.id }, json: body }));
      if (!isAdmin || form.managers === program.managers.map((m) => m.email).join(", ")) return saved;
      const json = { emails: splitList(form.managers) };
      return ok(api.programs[":id"].managers.$put({ param: { id: program.id }, json }));
    },
    {
      saved: t("programs.form.saved"),
      fieldOf: (k) => (k.startsWith("managerEmails") || k.startsWith("emails") ? "managers" : k),
    },
  );
  const { errors, formRef } = save;
  const number = (k: keyof typeof numbers) => (
    <NumberField
      {...numbers[k]}
      error={errors[k]}
      value={form[k]}
      onInput={(text) => setForm({ ...form, [k]: text })}
    />
  );
  const check = (k: "mixDepartments" | "needApproval", id: string, label: string) => (
    <Checkbox id={id} label={label} checked={form[k]} onChange={(on) => setForm({ ...form, [k]: on })} />
  );
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await save.submit(bodyOf(form, fields));
    if (saved && program) onSaved(saved);
    else if (saved) route(`/admin/programs/${saved.id}`);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <h2>{t("programs.form.details")}</h2>
      <Field id="p-name" label={t("programs.form.name")} error={errors.name}>
        {(a) => <input {...a} required value={form.name} onInput={set("name")} />}
      </Field>
      {!start && (
        <>
          <Field id="p-kind" label={t("programs.form.kind")} error={errors.kind}>
            {(a) => (
              <select {...a} value={form.kind} onChange={set("kind")}>
                {KINDS.map((k) => (
                  <option value={k}>{kindName(t, k)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field id="p-description" label={t("programs.form.description")} error={errors.description}>
            {(a) => <textarea {...a} rows={3} value={form.description} onInput={set("description")} />}
          </Field>
        </>
      )}
      <div class="row">
        <Field id="p-starts" label={t("programs.form.startsOn")} error={errors.startsOn}>
          {(a) => <input {...a} type="date" value={form.startsOn} onInput={set("startsOn")} />}
        </Field>
        <Field id="p-ends" label={t("programs.form.endsOn")} error={errors.endsOn}>
          {(a) => <input {...a} type="date" value={form.endsOn} onInput={set("endsOn")} />}
        </Field>
      </div>
      {form.kind === "reverse" && (
        <>
          {number("cycleWeeks")}
          {check("mixDepartments", "p-mix", t("programs.form.mixDepartments"))}
        </>
      )}
      {form.kind === "roulette" && (
        <SelectField
          {...cadenceOf(t)}
          error={errors.cycleWeeks}
          value={form.cycleWeeks}
          onChange={(cycleWeeks) => setForm({ ...form, cycleWeeks })}
        />
      )}
      {!start && (
        <>
          {number("meetingEveryDays")}
          {check("needApproval", "p-approval", t("programs.form.needApproval"))}
          {number("defaultCapacity")}
          {number("retentionMonths")}
          <Field id="p-skills" label={t("programs.form.skills")} hint={t("programs.form.commas")} error={errors.skills}>
            {(a) => <textarea {...a} rows={2} value={form.skills} onInput={set("skills")} />}
          </Field>
          <fieldset>
            <legend>{t("programs.form.profileFields")}</legend>
            {fieldsOf(t).map(([f, label]) => (
              <Checkbox
                key={f}
                id={`pf-${f}`}
                label={label}
                checked={fields.includes(f)}
                onChange={(on) => setFields(on ? [...fields, f] : fields.filter((x) => x !== f))}
              />
            ))}
          </fieldset>
        </>
      )}
      {isAdmin && (
        <Field
          id="p-managers"
          label={t("programs.form.managers")}
          hint={t("programs.form.commas")}
          error={errors.managers}
        >
          {(a) => <input {...a} value={form.managers} onInput={set("managers")} />}
        </Field>
      )}
      <Submit
        change={save}
        label={program ? t("programs.form.save") : t("programs.form.create")}
        busyLabel={t("programs.form.saving")}
      />
    </form>
  );
}
