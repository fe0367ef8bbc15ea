/** Step two, as the role asks: what a mentor offers and how many mentees, what a mentee seeks. */
import { Field, NumberField } from "../../../lib/Field";
import { useT } from "../i18n";
import { isMenteeRole, isMentorRole } from "../../../lib/roles";
import { SkillFields, YearsField } from "../../profile/ProfileFields";
import type { StepProps } from "./form";

type Props = StepProps & { vocabulary: string[] };

export function OfferStep({ answers: a, set, errors, asks, vocabulary }: Props) {
  const { t } = useT();
  const mentors = isMentorRole(a.role);
  const goals = !mentors
    ? t("join.offer.goalsMentee")
    : isMenteeRole(a.role)
      ? t("join.offer.goalsBoth")
      : t("join.offer.goalsMentor");
  return (
    <>
      {asks("yearsExperience") && (
        <YearsField
          value={a.yearsExperience}
          onChange={(e) => set({ yearsExperience: (e.currentTarget as HTMLInputElement).value })}
          error={errors.yearsExperience}
        />
      )}
      <SkillFields
        vocabulary={vocabulary}
        shown={{ skillsOffered: asks("skillsOffered"), skillsSought: asks("skillsSought") }}
        value={{ skillsOffered: a.skillsOffered, skillsSought: a.skillsSought }}
        onChange={(skills) => set(skills)}
        errors={errors}
      />
      {asks("goals") && (
        <Field id="goals" label={goals} error={errors.goals}>
          {(x) => <textarea {...x} rows={3} value={a.goals} onInput={(e) => set({ goals: e.currentTarget.value })} />}
        </Field>
      )}
      {asks("capacity") && (
        <NumberField
          id="capacity"
          label={t("join.offer.capacity")}
          hint={t("join.offer.capacityHint")}
          range={[0, 50]}
          error={errors.capacity}
          value={a.capacity}
          onInput={(capacity) => set({ capacity })}
        />
      )}
    </>
  );
}
