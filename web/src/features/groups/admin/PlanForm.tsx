/** The form that forms (or forms again) a program's proposed groups: size, department rule, mentors per group. */
import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Field, focusFirstError } from "../../../lib/Field";
import { useApiChange } from "../../../lib/query";
import type { GroupsData } from "./Groups";

type PlanJson = Parameters<(typeof api.programs)[":id"]["groups"]["plan"]["$post"]>[0]["json"];

type Props = {
  programId: string;
  kind: "group" | "peer";
  hasProposal: boolean;
  onPlanned: (data: GroupsData) => void;
  onFailed: (err: unknown) => void;
};

/** "" for an empty box, else the number typed (the API says what is wrong with it). */
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

export function PlanForm({ programId, kind, hasProposal, onPlanned, onFailed }: Props) {
  const [size, setSize] = useState("4");
  const [maxPerDepartment, setMax] = useState("2");
  const [mentors, setMentors] = useState("1");
  const planning = useApiChange((json: PlanJson) =>
    ok(api.programs[":id"].groups.plan.$post({ param: { id: programId }, json })),
  );
  const { fields: errors, busy } = planning;
  const form = useRef<HTMLFormElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const json = {
      groupSize: numberOrNull(size) ?? Number.NaN,
      maxPerDepartment: numberOrNull(maxPerDepartment),
      ...(kind === "group" ? { mentorsPerGroup: numberOrNull(mentors) ?? 1 } : {}),
    };
    const planned = await planning.run(json, onFailed);
    if (planned) onPlanned(planned);
    else focusFirstError(form.current);
  };

  const number = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    error?: string,
    hint?: string,
  ) => (
    <Field id={id} label={label} error={error} hint={hint}>
      {(aria) => (
        <input {...aria} type="number" inputMode="numeric" value={value} onInput={(e) => set(e.currentTarget.value)} />
      )}
    </Field>
  );

  return (
    <form ref={form} class="card" onSubmit={submit} noValidate aria-labelledby="plan-title">
      <h2 id="plan-title">Form {kind === "peer" ? "circles" : "groups"}</h2>
      <p class="hint">
        {kind === "peer" ? "Circles of equals" : "Each group has its mentors and several mentees"}, formed so that
        members share the most interests. Published groups and their members stay as they are.
      </p>
      <div class="row">
        {number(
          "plan-size",
          kind === "peer" ? "People per circle" : "Mentees per group",
          size,
          setSize,
          errors.groupSize,
          "2 to 12",
        )}
        {number(
          "plan-max",
          "At most this many from one department (optional)",
          maxPerDepartment,
          setMax,
          errors.maxPerDepartment,
          "Leave empty for no limit",
        )}
      </div>
      {kind === "group" && number("plan-mentors", "Mentors per group", mentors, setMentors, errors.mentorsPerGroup)}
      <button type="submit" disabled={busy}>
        {busy ? "Forming…" : hasProposal ? "Form groups again" : "Form groups"}
      </button>
    </form>
  );
}
