/** Step two, as the role asks: what a mentor offers and how many mentees, what a mentee seeks. */
import { Field, NumberField, type NumberSpec } from "../../../lib/Field";
import { isMenteeRole, isMentorRole } from "../../../lib/roles";
import { SkillFields, YearsField } from "../../profile/ProfileFields";
import type { StepProps } from "./form";
const CAPACITY: NumberSpec = {
  id: "capacity",
  label: "How many mentees can you take?",
  hint: "Most mentors take one to three.",
  range: [0, 50],
};

type Props = StepProps & { vocabulary: string[] };

export function OfferStep({ answers: a, set, errors, asks, vocabulary }: Props) {
  const mentors = isMentorRole(a.role);
  const goals = !mentors
    ? "What do you want to achieve in this program?"
    : isMenteeRole(a.role)
      ? "What do you want to achieve, and to help others with?"
      : "What would you like to help your mentees achieve?";
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
          {...CAPACITY}
          error={errors.capacity}
          value={a.capacity}
          onInput={(capacity) => set({ capacity })}
        />
      )}
    </>
  );
}
