/** Step one: who is signing up, with which address, and in which role. */
import { Field } from "../../../lib/Field";
import type { StepProps } from "./form";

const ROLES: Record<string, { label: string; hint: string }> = {
  mentor: { label: "Mentor", hint: "You share what you know with a colleague." },
  mentee: { label: "Mentee", hint: "A colleague helps you grow." },
  both: { label: "Both", hint: "You mentor someone and are mentored too." },
  junior: { label: "Junior", hint: "You mentor a senior colleague in what you know best." },
  senior: { label: "Senior", hint: "A junior colleague mentors you." },
};

type Props = StepProps & { roles: string[]; emailDomains: string[] };

export function AboutStep({ answers: a, set, errors, asks, roles, emailDomains }: Props) {
  const text = (q: "name" | "email" | "department" | "title" | "location") => ({
    value: a[q],
    onInput: (e: Event) => set({ [q]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <>
      <Field id="name" label="Your name" error={errors.name}>
        {(x) => <input {...x} autoComplete="name" required {...text("name")} />}
      </Field>
      <Field
        id="email"
        label="Work email"
        error={errors.email}
        hint={emailDomains.length ? `Use your ${emailDomains.map((d) => "@" + d).join(" or ")} address.` : undefined}
      >
        {(x) => <input {...x} type="email" autoComplete="email" required {...text("email")} />}
      </Field>
      <fieldset class="roles" aria-describedby={errors.role ? "role-error" : undefined}>
        <legend>I am joining as</legend>
        {roles.map((r) => (
          <div class="choice" key={r}>
            <input
              type="radio"
              id={`role-${r}`}
              name="role"
              value={r}
              checked={a.role === r}
              onChange={() => set({ role: r })}
              aria-describedby={`role-${r}-hint`}
              aria-invalid={errors.role && r === roles[0] ? "true" : undefined}
            />
            <label for={`role-${r}`}>{ROLES[r]?.label ?? r}</label>
            <span class="hint" id={`role-${r}-hint`}>
              {ROLES[r]?.hint}
            </span>
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
          {(x) => <input {...x} autoComplete="organization-title" {...text("department")} />}
        </Field>
      )}
      {asks("title") && (
        <Field id="title" label="Job title" error={errors.title}>
          {(x) => <input {...x} {...text("title")} />}
        </Field>
      )}
      {asks("location") && (
        <Field id="location" label="Location (office or city)" error={errors.location}>
          {(x) => <input {...x} {...text("location")} />}
        </Field>
      )}
    </>
  );
}
