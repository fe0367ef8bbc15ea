/** The form that forms (or forms again) a program's proposed groups: size, department rule, mentors per group. */
import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../../lib/api";
import { Field, focusFirstError } from "../../../lib/Field";
import { useApiChange } from "../../../lib/query";
import type { GroupsData } from "./Groups";
import { useT } from "../i18n";

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
  const { t } = useT();
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
      <h2 id="plan-title">{t("groups.plan.title", { kind })}</h2>
      <p class="hint">{t("groups.plan.hint", { kind })}</p>
      <div class="row">
        {number(
          "plan-size",
          kind === "peer" ? t("groups.plan.peoplePerCircle") : t("groups.plan.menteesPerGroup"),
          size,
          setSize,
          errors.groupSize,
          t("groups.plan.sizeHint", { min: 2, max: 12 }),
        )}
        {number(
          "plan-max",
          t("groups.plan.maxPerDepartment"),
          maxPerDepartment,
          setMax,
          errors.maxPerDepartment,
          t("groups.plan.maxHint"),
        )}
      </div>
      {kind === "group" &&
        number("plan-mentors", t("groups.plan.mentorsPerGroup"), mentors, setMentors, errors.mentorsPerGroup)}
      <button type="submit" disabled={busy}>
        {busy ? t("groups.plan.busy") : hasProposal ? t("groups.plan.again") : t("groups.plan.submit")}
      </button>
    </form>
  );
}
