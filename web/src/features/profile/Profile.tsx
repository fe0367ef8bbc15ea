/** Edits the person's own profile and their profile in each program. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Status, outcome } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { SkillFields, YearsField, type Skills } from "./ProfileFields";
import { LanguagesField } from "./LanguagesField";
import { TimeZonePicker } from "./TimeZonePicker";
import { UiLanguageField } from "./UiLanguageField";
import { useSession, type Me } from "../../lib/session";
import { MyRecognition } from "../recognition/MyRecognition";
import { YourData } from "./YourData";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";

/** The profile's plain text boxes: each box's id is the field it edits. */
const texts = (t: Translate) =>
  [
    ["name", t("profile.page.name")],
    ["department", t("profile.page.department")],
    ["title", t("profile.page.jobTitle")],
    ["location", t("profile.page.location")],
  ] as const;

export default function Profile() {
  return <RequireSignIn>{(me) => <ProfileView me={me} />}</RequireSignIn>;
}

function ProfileView({ me }: { me: Me }) {
  const { t } = useT();
  const { refresh } = useSession();
  const p = me.person;
  const [form, setForm] = useState({
    name: p.name,
    department: p.department,
    title: p.title,
    location: p.location,
    timezone: p.timezone,
    yearsExperience: p.yearsExperience?.toString() ?? "",
  });
  const [languages, setLanguages] = useState(p.languages);
  const [uiLanguage, setUiLanguage] = useState(p.uiLanguage);
  const saving = useApiChange(async (json: Parameters<typeof api.me.$patch>[0]["json"]) => {
    await ok(api.me.$patch({ json }));
    await refresh();
  });
  const errors = saving.fields;
  const [saved, setSaved] = useState(false);
  const status = outcome(saving.error, saved ? t("profile.page.saved") : null);
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const json = {
      ...form,
      yearsExperience: form.yearsExperience === "" ? null : Number(form.yearsExperience),
      languages,
      uiLanguage,
    };
    if ((await saving.run(json)) !== null) setSaved(true);
  };

  return (
    <section class="narrow">
      <h1>{t("profile.page.title")}</h1>
      <p>
        <a href="/preferences">{t("profile.page.mailPreferences")}</a>
        {t("profile.page.mailPreferencesText")}
      </p>
      <form onSubmit={save} noValidate>
        {texts(t).map(([k, label]) => (
          <Field key={k} id={k} label={label} error={errors[k]}>
            {(a) => <input {...a} value={form[k]} onInput={set(k)} />}
          </Field>
        ))}
        <TimeZonePicker
          value={form.timezone}
          onChange={(timezone) => setForm({ ...form, timezone })}
          error={errors.timezone}
        />
        <YearsField value={form.yearsExperience} onChange={set("yearsExperience")} error={errors.yearsExperience} />
        <LanguagesField
          label={t("profile.page.languages")}
          value={languages}
          onChange={setLanguages}
          error={errors.languages}
        />
        <UiLanguageField value={uiLanguage} onChange={setUiLanguage} error={errors.uiLanguage} />
        <button type="submit">{t("profile.page.save")}</button>
        <Status tone={status?.tone} message={status?.text} />
      </form>
      <MyRecognition />
      {me.enrollments
        .filter((e) => e.status !== "withdrawn")
        .map((e) => (
          <EnrollmentEditor key={e.id} enrollment={e} />
        ))}
      <YourData />
    </section>
  );
}

type EnrollmentJson = Parameters<(typeof api.me.enrollments)[":programId"]["$patch"]>[0]["json"];

function EnrollmentEditor({ enrollment: e }: { enrollment: Me["enrollments"][number] }) {
  const { t } = useT();
  const [goals, setGoals] = useState(e.goals);
  const [skills, setSkills] = useState<Skills>({ skillsOffered: e.skillsOffered, skillsSought: e.skillsSought });
  const [capacity, setCapacity] = useState(e.capacity?.toString() ?? "");
  const saving = useApiChange((json: EnrollmentJson) =>
    ok(api.me.enrollments[":programId"].$patch({ param: { programId: e.programId }, json })),
  );
  const errors = saving.fields;
  const [saved, setSaved] = useState(false);
  const status = outcome(saving.error, saved ? t("profile.program.saved", { program: e.program.name }) : null);
  const mentor = ["mentor", "both", "junior"].includes(e.role);
  const mentee = ["mentee", "both", "senior"].includes(e.role);
  const id = `p-${e.programId}`;

  const save = async (ev: Event) => {
    ev.preventDefault();
    setSaved(false);
    const json = {
      goals,
      ...(mentor && { skillsOffered: skills.skillsOffered }),
      ...(mentee && { skillsSought: skills.skillsSought }),
      ...(["mentor", "both"].includes(e.role) && { capacity: capacity === "" ? null : Number(capacity) }),
    };
    if ((await saving.run(json)) !== null) setSaved(true);
  };

  return (
    <form onSubmit={save} noValidate class="card">
      <h2>{t("profile.program.title", { program: e.program.name })}</h2>
      <SkillFields
        idPrefix={`${id}-`}
        vocabulary={e.program.skills}
        shown={{ skillsOffered: mentor, skillsSought: mentee }}
        value={skills}
        onChange={setSkills}
        errors={errors}
      />
      <Field id={`${id}-goals`} label={t("profile.program.goals")} error={errors.goals}>
        {(a) => <textarea {...a} rows={3} value={goals} onInput={(ev) => setGoals(ev.currentTarget.value)} />}
      </Field>
      {["mentor", "both"].includes(e.role) && (
        <Field id={`${id}-capacity`} label={t("profile.program.capacity")} error={errors.capacity}>
          {(a) => (
            <input
              {...a}
              type="number"
              min={0}
              max={50}
              value={capacity}
              onInput={(ev) => setCapacity(ev.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <button type="submit">{t("profile.program.save")}</button>
      <Status tone={status?.tone} message={status?.text} />
    </form>
  );
}
