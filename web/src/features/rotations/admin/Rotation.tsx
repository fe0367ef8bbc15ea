/**
 * A reverse program's rotation, for its admins and managers: the term and cycle length, planning (again),
 * the schedule cycle by cycle, swapping two people in a planned cycle, and pausing or resuming.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../../lib/api";
import { Loading } from "../../../lib/Loading";
import { Status, type StatusMessage } from "../../../lib/Field";
import { plural } from "../../../lib/format";
import { ProgramLayout, useProgramPage } from "../../programs/ProgramLayout";
import { RequireSignIn } from "../../../lib/RequireSignIn";
import { useApiChange } from "../../../lib/query";
import { PauseControl } from "./PauseControl";
import { Schedule } from "./Schedule";
import { SwapForm } from "./SwapForm";

export type RotationData = Awaited<ReturnType<typeof loadRotation>>;
const loadRotation = (id: string) => ok(api.programs[":id"].rotations.$get({ param: { id } }));

export default function Rotation() {
  return <RequireSignIn>{() => <RotationView />}</RequireSignIn>;
}

function RotationView() {
  const id = useRoute().params.id!;
  const page = useProgramPage(id, "rotation", loadRotation);
  const { program, data: rotation, set: setRotation, error: loadError, reload: load } = page;
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const planChange = useApiChange(() => ok(api.programs[":id"].rotations.plan.$post({ param: { id } })));

  const plan = async () => {
    setMessage(null);
    const next = await planChange.run(undefined);
    if (!next) return;
    setRotation(next);
    const n = next.cycles.filter((c) => c.status === "planned").length;
    setMessage({ text: `${plural(n, "cycle")} planned.`, tone: "success" });
  };

  return (
    <ProgramLayout id={id} tab="rotation" class="rotation" heading={(name) => `Rotation${name && ` for ${name}`}`}>
      <Loading query={{ data: program && rotation, error: loadError, reload: load }} />
      {!program || !rotation ? null : (
        <>
          <p class="lead">
            Term: {program.startsOn ?? "not set"} to {program.endsOn ?? "not set"}, in cycles of{" "}
            {plural(rotation.cycleWeeks, "week")}. Each junior meets a new senior every cycle
            {rotation.mixDepartments ? ", from another department where possible" : ""}.{" "}
            {rotation.paused && <strong>The rotation is paused.</strong>}
          </p>
          {rotation.people.length === 0 ? (
            <p class="empty">
              Nobody takes part yet. Add juniors and seniors on the{" "}
              <a href={`/admin/programs/${id}/participants`}>Participants page</a>, then plan the rotation.
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
  return (
    <>
      {!planned && <p class="empty">The rotation is not planned yet.</p>}
      {rotation.unplanned.length > 0 && (
        <p class="notice">
          {plural(rotation.unplanned.length, "person", "people")} joined after planning: plan again to add them.
        </p>
      )}
      <p>
        <button type="button" onClick={onPlan} disabled={planning} aria-describedby="plan-hint">
          {planning ? "Planning…" : planned ? "Plan again" : "Plan the rotation"}
        </button>
      </p>
      <p class="hint" id="plan-hint">
        Plans every cycle that has not started, for everyone taking part now. Cycles that have started stay as they are.
      </p>
    </>
  );
}
