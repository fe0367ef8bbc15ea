/** Step one: who is signing up, with which address, and in which role. */
import { Field } from "../../../lib/Field";
import { type Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import type { StepProps } from "./form";

const roleText = (t: Translate): Record<string, { label: string; hint: string }> => ({
  mentor: { label: t("join.role.mentor"), hint: t("join.role.mentorHint") },
  mentee: { label: t("join.role.mentee"), hint: t("join.role.menteeHint") },
  both: { label: t("join.role.both"), hint: t("join.role.bothHint") },
  junior: { label: t("join.role.junior"), hint: t("join.role.juniorHint") },
  senior: { label: t("join.role.senior"), hint: t("join.role.seniorHint") },
});

type Props = StepProps & { roles: string[]; emailDomains: string[] };

export function AboutStep({ answers: a, set, errors, asks, roles, emailDomains }: Props) {
  const { t } = useT();
  const ROLES = roleText(t);
  const text = (q: "name" | "email" | "department" | "title" | "location") => ({
    value: a[q],
    onInput: (e: Event) => set({ [q]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <>
      <Field id="name" label={t("join.about.name")} error={errors.name}>
        {(x) => <input {...x} autoComplete="name" required {...text("name")} />}
      </Field>
      <Field
        id="email"
        label={t("join.about.email")}
        error={errors.email}
        hint={
          emailDomains.length
            ? t("join.about.emailDomains", {
                count: emailDomains.length,
                domains: emailDomains.map((d) => "@" + d).join(", "),
              })
            : undefined
        }
      >
        {(x) => <input {...x} type="email" autoComplete="email" required {...text("email")} />}
      </Field>
      <fieldset class="roles" aria-describedby={errors.role ? "role-error" : undefined}>
        <legend>{t("join.about.role")}</legend>
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
        <Field id="department" label={t("join.about.department")} error={errors.department}>
          {(x) => <input {...x} autoComplete="organization-title" {...text("department")} />}
        </Field>
      )}
      {asks("title") && (
        <Field id="title" label={t("join.about.jobTitle")} error={errors.title}>
          {(x) => <input {...x} {...text("title")} />}
        </Field>
      )}
      {asks("location") && (
        <Field id="location" label={t("join.about.location")} error={errors.location}>
          {(x) => <input {...x} {...text("location")} />}
        </Field>
      )}
    </>
  );
}
