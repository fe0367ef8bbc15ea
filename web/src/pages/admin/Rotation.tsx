/**
 * A reverse program's rotation, for its admins and managers: the term and cycle length, planning (again),
 * the schedule cycle by cycle, swapping two people in a planned cycle, and pausing or resuming.
 */
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, messageOf, ok } from "../../api";
import { Alert, TryAgain } from "../../components/Alert";
import { Status, type StatusMessage } from "../../components/Field";
import { plural } from "../../components/format";
import { RequireSignIn } from "../../components/RequireSignIn";
import { PauseControl } from "./rotation/PauseControl";
import { Schedule } from "./rotation/Schedule";
import { SwapForm } from "./rotation/SwapForm";

export type RotationData = Awaited<ReturnType<typeof loadRotation>>;
const loadRotation = (id: string) => ok(api.programs[":id"].rotations.$get({ param: { id } }));
const loadProgram = (id: string) => ok(api.programs[":id"].$get({ param: { id } }));
type Program = Awaited<ReturnType<typeof loadProgram>>;

export default function Rotation() {
  return <RequireSignIn>{() => <RotationView />}</RequireSignIn>;
}

function RotationView() {
  const id = useRoute().params.id!;
  const [program, setProgram] = useState<Program | null>(null);
  const [rotation, setRotation] = useState<RotationData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [planning, setPlanning] = useState(false);

  const load = () => {
    setLoadError(null);
    Promise.all([loadProgram(id), loadRotation(id)]).then(
      ([p, r]) => {
        setProgram(p);
        setRotation(r);
      },
      (e) => setLoadError(messageOf(e)),
    );
  };
  useEffect(load, [id]);

  const plan = async () => {
    setPlanning(true);
    setMessage(null);
    try {
      const next = await ok(api.programs[":id"].rotations.plan.$post({ param: { id } }));
      setRotation(next);
      const n = next.cycles.filter((c) => c.status === "planned").length;
      setMessage({ text: `${plural(n, "cycle")} planned.`, tone: "success" });
    } catch (err) {
      setMessage({ text: messageOf(err), tone: "error" });
    } finally {
      setPlanning(false);
    }
  };

  return (
    <section class="rotation">
      <p>
        <a href={`/admin/programs/${id}`}>← {program?.name ?? "Program"}</a>
      </p>
      <h1>Rotation{program && ` for ${program.name}`}</h1>
      <Alert message={loadError}>
        <TryAgain onClick={load} />
      </Alert>
      {!program || !rotation ? (
        !loadError && <p aria-busy="true">Loading…</p>
      ) : (
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
            <Planning rotation={rotation} planning={planning} onPlan={plan} />
          )}
          <Status tone={message?.tone} message={message?.text} />
          {rotation.cycles.length > 0 && (
            <>
              <Schedule rotation={rotation} />
              <SwapForm programId={id} rotation={rotation} onSwapped={setRotation} />
            </>
          )}
          <PauseControl programId={id} paused={rotation.paused} onChanged={setRotation} />
        </>
      )}
    </section>
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
