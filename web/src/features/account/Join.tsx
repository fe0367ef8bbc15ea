/** Sign-up through a program's shared link. */
import { useRef, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { LoadFailed } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { Field, focusFirstError, Status, Submit } from "../../lib/Field";
import { useApi, useApiChange } from "../../lib/query";
import { SkillFields, TimeZoneField, YearsField, type Skills } from "../profile/ProfileFields";
import { browserTimeZone } from "../../lib/timezones";
import { splitList } from "../../lib/text";
import { Skeleton } from "../../lib/Skeleton";

type Info = Awaited<ReturnType<typeof load>>;
const load = (slug: string, key: string) => ok(api.join[":slug"].$get({ param: { slug }, query: { key } }));
type Body = Parameters<(typeof api.join)[":slug"]["$post"]>[0]["json"];

const ROLE_LABELS: Record<string, string> = {
  mentor: "Mentor",
  mentee: "Mentee",
  both: "Both mentor and mentee",
  junior: "Junior (you mentor a senior colleague)",
  senior: "Senior (a junior colleague mentors you)",
};
const offers = (role: string) => ["mentor", "both", "junior"].includes(role);
const seeks = (role: string) => ["mentee", "both", "senior"].includes(role);

export default function Join() {
  const { params } = useRoute();
  const { query } = useLocation();
  const slug = params.slug ?? "";
  const key = query.key ?? "";
  const { data: info, failure, reload } = useApi(["join", slug, key], () => load(slug, key));

  if (failure) {
    const gone = {
      status: [404],
      title: "This sign-up link no longer works",
      text: "The link may have been replaced by a new one. Ask the program's organisers for the current sign-up link.",
    };
    return <LoadFailed failure={failure} gone={gone} onRetry={reload} />;
  }
  if (!info) return <Skeleton />;
  return <JoinForm info={info} slug={slug} joinKey={key} />;
}

function JoinForm({ info, slug, joinKey }: { info: Info; slug: string; joinKey: string }) {
  const p = info.program;
  const asks = (field: string) => p.profileFields.includes(field);
  const [form, setForm] = useState({
    name: "",
    email: "",
    role: p.roles[0] === "mentor" ? "mentee" : (p.roles[0] ?? ""),
    department: "",
    title: "",
    location: "",
    timezone: browserTimeZone(),
    yearsExperience: "",
    languages: "",
    goals: "",
    format: "",
    frequency: "",
    capacity: "2",
    consent: false,
  });
  const [skills, setSkills] = useState<Skills>({ skillsOffered: [], skillsSought: [] });
  const shown = {
    skillsOffered: asks("skillsOffered") && offers(form.role),
    skillsSought: asks("skillsSought") && seeks(form.role),
  };
  const joining = useApiChange((json: Body) => ok(api.join[":slug"].$post({ param: { slug }, json })));
  const { fields: errors, busy } = joining;
  const error = Object.keys(errors).length ? "Please correct the fields marked below." : joining.error;
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (k: keyof typeof form) => (e: Event) => {
    const t = e.currentTarget as HTMLInputElement;
    setForm({ ...form, [k]: t.type === "checkbox" ? t.checked : t.value });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      key: joinKey,
      name: form.name,
      email: form.email,
      role: form.role,
      consent: form.consent as true,
      ...(asks("department") && { department: form.department }),
      ...(asks("title") && { title: form.title }),
      ...(asks("location") && { location: form.location }),
      ...(asks("timezone") && { timezone: form.timezone }),
      ...(asks("yearsExperience") && form.yearsExperience !== "" && { yearsExperience: Number(form.yearsExperience) }),
      ...(asks("languages") && {
        languages: splitList(form.languages),
      }),
      ...(asks("goals") && { goals: form.goals }),
      ...(asks("format") && form.format && { format: form.format as "remote" }),
      ...(asks("frequency") && form.frequency && { frequency: form.frequency as "weekly" }),
      ...(shown.skillsOffered && { skillsOffered: skills.skillsOffered }),
      ...(shown.skillsSought && { skillsSought: skills.skillsSought }),
      ...(["mentor", "both"].includes(form.role) && { capacity: Number(form.capacity) }),
    };
    if ((await joining.run(body)) !== null) setDone(true);
    else focusFirstError(formRef.current);
  };

  if (done) {
    return (
      <section class="narrow">
        <h1>Check your email</h1>
        <Status
          tone="success"
          message={`We sent a confirmation link to ${form.email}. Open it within 24 hours to activate your place in ${p.name}.`}
        />
      </section>
    );
  }

  return (
    <section class="narrow">
      <h1>Join {p.name}</h1>
      {p.description && <p>{p.description}</p>}
      {(p.startsOn || p.endsOn) && (
        <p class="hint">
          {p.startsOn ?? "…"} to {p.endsOn ?? "…"}
        </p>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Field id="name" label="Your name" error={errors.name}>
          {(a) => <input {...a} autoComplete="name" required value={form.name} onInput={set("name")} />}
        </Field>
        <Field
          id="email"
          label="Work email"
          error={errors.email}
          hint={
            info.allowedEmailDomains.length
              ? `Use your ${info.allowedEmailDomains.map((d) => "@" + d).join(" or ")} address.`
              : undefined
          }
        >
          {(a) => <input {...a} type="email" autoComplete="email" required value={form.email} onInput={set("email")} />}
        </Field>
        <fieldset aria-describedby={errors.role ? "role-error" : undefined}>
          <legend>I am joining as</legend>
          {p.roles.map((r) => (
            <div class="choice" key={r}>
              <input
                type="radio"
                id={`role-${r}`}
                name="role"
                value={r}
                checked={form.role === r}
                onChange={set("role")}
              />
              <label for={`role-${r}`}>{ROLE_LABELS[r] ?? r}</label>
            </div>
          ))}
          {errors.role && (
            <p class="error" id="role-error">
              {errors.role}
            </p>
          )}
        </fieldset>
        {asks("department") && (
          <Field id="department" label="Department" error={errors.department}>
            {(a) => (
              <input {...a} autoComplete="organization-title" value={form.department} onInput={set("department")} />
            )}
          </Field>
        )}
        {asks("title") && (
          <Field id="title" label="Job title" error={errors.title}>
            {(a) => <input {...a} value={form.title} onInput={set("title")} />}
          </Field>
        )}
        {asks("location") && (
          <Field id="location" label="Location (office or city)" error={errors.location}>
            {(a) => <input {...a} value={form.location} onInput={set("location")} />}
          </Field>
        )}
        {asks("timezone") && (
          <TimeZoneField
            value={form.timezone}
            onChange={set("timezone")}
            error={errors.timezone}
            hint="Detected from your device; change it if it is wrong."
          />
        )}
        {asks("yearsExperience") && (
          <YearsField value={form.yearsExperience} onChange={set("yearsExperience")} error={errors.yearsExperience} />
        )}
        <SkillFields vocabulary={p.skills} shown={shown} value={skills} onChange={setSkills} errors={errors} />
        {asks("goals") && (
          <Field id="goals" label="Your goals for this program" error={errors.goals}>
            {(a) => <textarea {...a} rows={3} value={form.goals} onInput={set("goals")} />}
          </Field>
        )}
        {asks("format") && (
          <Field id="format" label="Preferred way to meet" error={errors.format}>
            {(a) => (
              <select {...a} value={form.format} onChange={set("format")}>
                <option value="">No preference</option>
                <option value="remote">Remote</option>
                <option value="in-person">In person</option>
                <option value="either">Either</option>
              </select>
            )}
          </Field>
        )}
        {asks("frequency") && (
          <Field id="frequency" label="How often would you like to meet?" error={errors.frequency}>
            {(a) => (
              <select {...a} value={form.frequency} onChange={set("frequency")}>
                <option value="">No preference</option>
                <option value="weekly">Weekly</option>
                <option value="biweekly">Every two weeks</option>
                <option value="monthly">Monthly</option>
              </select>
            )}
          </Field>
        )}
        {asks("languages") && (
          <Field
            id="languages"
            label="Languages you can mentor in"
            hint="Separate with commas, e.g. en, de"
            error={errors.languages}
          >
            {(a) => <input {...a} value={form.languages} onInput={set("languages")} />}
          </Field>
        )}
        {["mentor", "both"].includes(form.role) && (
          <Field id="capacity" label="How many mentees can you take?" error={errors.capacity}>
            {(a) => <input {...a} type="number" min={0} max={50} value={form.capacity} onInput={set("capacity")} />}
          </Field>
        )}
        <div class="consent">
          <p id="privacy">{info.privacyNotice}</p>
          <div class="choice">
            <input
              type="checkbox"
              id="consent"
              checked={form.consent}
              onChange={set("consent")}
              aria-describedby={errors.consent ? "privacy consent-error" : "privacy"}
              aria-invalid={errors.consent ? "true" : undefined}
            />
            <label for="consent">I agree to the privacy notice above</label>
          </div>
          {errors.consent && (
            <p class="error" id="consent-error">
              {errors.consent}
            </p>
          )}
        </div>
        <Submit busy={busy} label="Sign up" busyLabel="Signing up…" error={error} />
      </form>
    </section>
  );
}
