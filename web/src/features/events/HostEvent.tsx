/** A host's event page: the link to share, who registered, check-in and walk-ins, the plan, the clock. */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { HostControls } from "./HostControls";
import { eventWhen, useLive } from "./live";
import { PlanTable, loadPlan, replan } from "./plan";
import { Registrations } from "./Registrations";
import { WalkIn } from "./WalkIn";
import { useApi, useApiChange } from "../../lib/query";
import { FeedbackSurvey } from "./FeedbackSurvey";
import { Skeleton } from "../../lib/Skeleton";

export type HostedEvent = Awaited<ReturnType<typeof loadEvent>>;
export const loadEvent = (id: string) => ok(api.events[":id"].$get({ param: { id } }));
export const namesOf = (e: HostedEvent) => new Map(e.registrations.map((r) => [r.personId, r.name]));

export default function HostEvent() {
  const { params } = useRoute();
  return <RequireSignIn>{() => <EventPage id={params.id ?? ""} />}</RequireSignIn>;
}

function EventPage({ id }: { id: string }) {
  // Registrations come in while the host watches: asked again every 15 s while the tab is visible.
  const {
    data: event,
    error,
    reload: load,
    set: setEvent,
  } = useApi(["events", id], () => loadEvent(id), { refetchInterval: 15_000 });
  if (!event) {
    return error ? (
      <Alert message={error}>
        <TryAgain onClick={load} />
      </Alert>
    ) : (
      <Skeleton />
    );
  }
  return <Hosting event={event} onChange={setEvent} />;
}

function Hosting({ event, onChange }: { event: HostedEvent; onChange: (e: HostedEvent) => void }) {
  const live = useLive(event.id);
  const [copied, setCopied] = useState<string | null>(null);
  const current = live.state?.phase === "round" || live.state?.phase === "break" ? live.state.round : 0;

  const started = !!live.state && live.state.phase !== "lobby";
  // Once the event runs, its plan shows without being asked.
  const planned = useApi(["events", event.id, "plan"], () => loadPlan(event.id), { enabled: started });
  const planning = useApiChange((afterRound: number) => replan(event.id, afterRound));
  const plan = planned.data;
  const planError = planning.error ?? planned.error;
  const planBusy = planning.busy || planned.fetching;
  /** Before the start, planning always starts afresh from who is checked in; later it keeps past rounds. */
  const makePlan = async (again: boolean) => {
    if (started && !again) return planned.reload();
    const next = await planning.run(started ? current : 0);
    if (next) planned.set(next);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(event.joinUrl);
      setCopied("Link copied.");
    } catch {
      setCopied("Copying did not work here; select the link and copy it.");
    }
  };

  return (
    <section class="ev-host">
      <h1>{event.title}</h1>
      <p>{eventWhen(event)}</p>
      {event.place && <p>{event.place}</p>}
      <p>
        <a href={`/host/events/${event.id}/projector`}>Open the projector view</a>
      </p>

      <h2>Link to share</h2>
      <p class="hint">People register through this link. Show it on screen or send it round.</p>
      <p class="ev-link">
        <a href={event.joinUrl}>{event.joinUrl}</a>
      </p>
      <button type="button" class="secondary" onClick={copy}>
        Copy link
      </button>
      <p role="status" class="status">
        {copied ?? ""}
      </p>

      <HostControls eventId={event.id} live={live} beforeStart={() => (plan ? Promise.resolve() : makePlan(true))} />

      <Registrations event={event} onChange={onChange} />
      <WalkIn eventId={event.id} peer={event.mode === "peer"} onChange={onChange} />

      <h2 id="ev-plan-h">Plan</h2>
      <p class="hint">
        The plan seats who is checked in. After check-ins, no-shows or early leavers, plan again: rounds up to the one
        under way stay as they are.
      </p>
      <p>
        <button type="button" disabled={planBusy} onClick={() => makePlan(!!plan)}>
          {plan ? "Plan again" : "Make the plan"}
        </button>
      </p>
      <Alert message={planError} />
      {plan && <PlanTable plan={plan} names={namesOf(event)} current={current} />}
      <FeedbackSurvey eventId={event.id} />
    </section>
  );
}
