/** Step two, as the role asks: what a mentor offers and how many mentees, what a mentee seeks. */
import { Field } from "../../../lib/Field";
import type { FieldErrors } from "../../../lib/api";
import { isMenteeRole, isMentorRole } from "../../../lib/roles";
import { SkillFields, YearsField } from "../../profile/ProfileFields";
import type { Answers } from "./form";

type Props = {
  answers: Answers;
  set: (change: Partial<Answers>) => void;
  errors: FieldErrors;
  asks: (q: keyof Answers) => boolean;
  vocabulary: string[];
};

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
        <Field
          id="capacity"
          label="How many mentees can you take?"
          hint="Most mentors take one to three."
          error={errors.capacity}
        >
          {(x) => (
            <input
              {...x}
              type="number"
              inputMode="numeric"
              min={0}
              max={50}
              value={a.capacity}
              onInput={(e) => set({ capacity: e.currentTarget.value })}
            />
          )}
        </Field>
      )}
    </>
  );
}
