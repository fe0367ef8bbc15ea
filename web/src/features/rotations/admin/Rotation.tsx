/**
 * A reverse program's rotation, for its admins and managers: the term and cycle length, planning (again),
 * the schedule cycle by cycle, swapping two people in a planned cycle, and pausing or resuming.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../../lib/api";
import { Loading } from "../../../lib/Loading";
import { Status, type StatusMessage } from "../../../lib/Field";
import { ProgramLayout, useProgramPage } from "../../programs/ProgramLayout";
import { RequireSignIn } from "../../../lib/RequireSignIn";
import { useApiChange } from "../../../lib/query";
import { PauseControl } from "./PauseControl";
import { Schedule } from "./Schedule";
import { SwapForm } from "./SwapForm";
import { useT } from "../i18n";

export type RotationData = Awaited<ReturnType<typeof loadRotation>>;
const loadRotation = (id: string) => ok(api.programs[":id"].rotations.$get({ param: { id } }));

export default function Rotation() {
  return <RequireSignIn>{() => <RotationView />}</RequireSignIn>;
}

function RotationView() {
  const id = useRoute().params.id!;
  const { program, data: rotation, set: setRotation, loading } = useProgramPage(id, "rotation", loadRotation);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const { t } = useT();
  const planChange = useApiChange(() => ok(api.programs[":id"].rotations.plan.$post({ param: { id } })));

  const plan = async () => {
    setMessage(null);
    const next = await planChange.run(undefined);
    if (!next) return;
    setRotation(next);
    const n = next.cycles.filter((c) => c.status === "planned").length;
    setMessage({ text: t("rotations.admin.planned", { count: n }), tone: "success" });
  };

  const heading = (name: string) => (name ? t("rotations.admin.titleFor", { name }) : t("rotations.admin.title"));
  return (
    <ProgramLayout tab="rotation" class="rotation" heading={heading}>
      <Loading query={loading} />
      {!program || !rotation ? null : (
        <>
          <p class="lead">
            {t("rotations.admin.term", {
              starts: program.startsOn ?? t("rotations.admin.notSet"),
              ends: program.endsOn ?? t("rotations.admin.notSet"),
              weeks: rotation.cycleWeeks,
            })}{" "}
            {rotation.mixDepartments ? t("rotations.admin.eachMixed") : t("rotations.admin.each")}{" "}
            {rotation.paused && <strong>{t("rotations.admin.paused")}</strong>}
          </p>
          {rotation.people.length === 0 ? (
            <p class="empty">
              {t("rotations.admin.nobodyBefore")}{" "}
              <a href={`/admin/programs/${id}/participants`}>{t("rotations.admin.nobodyLink")}</a>
              {t("rotations.admin.nobodyAfter")}
            </p>
          ) : (
            <Planning rotation={rotation} planning={planChange.busy} onPlan={plan} />
          )}
          <Status tone={planChange.error ? "error" : message?.tone} message={planChange.error ?? message?.text} />
          {rotation.cycles.length > 0 && (
            <>
              <Schedule rotation={rotation} />
              <SwapForm programId={id} rotation={rotation} onSwapped={setRotation} />
            </>
          )}
          <PauseControl programId={id} paused={rotation.paused} onChanged={setRotation} />
        </>
      )}
    </ProgramLayout>
  );
}

function Planning(props: { rotation: RotationData; planning: boolean; onPlan: () => void }) {
  const { rotation, planning, onPlan } = props;
  const planned = rotation.cycles.length > 0;
  const { t } = useT();
  return (
    <>
      {!planned && <p class="empty">{t("rotations.admin.notPlanned")}</p>}
      {rotation.unplanned.length > 0 && (
        <p class="notice">{t("rotations.admin.unplanned", { count: rotation.unplanned.length })}</p>
      )}
      <p>
        <button type="button" onClick={onPlan} disabled={planning} aria-describedby="plan-hint">
          {planning ? t("rotations.admin.busy") : planned ? t("rotations.admin.again") : t("rotations.admin.plan")}
        </button>
      </p>
      <p class="hint" id="plan-hint">
        {t("rotations.admin.planHint")}
      </p>
    </>
  );
}
