/**
 * A host's event page as the day goes: Share the link → Check people in → Plan → Run the clock →
 * Follow up. Each step is a section; the one to do now is highlighted and those done are ticked.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { HostControls } from "./HostControls";
import { eventWhen, useLive } from "./live";
import { PlanTable, loadPlan, replan } from "./plan";
import { Registrations } from "./Registrations";
import { Step, stepsOf } from "./Stepper";
import { WalkIn } from "./WalkIn";
import { useApi, useApiChange } from "../../lib/query";
import { FeedbackSurvey } from "./FeedbackSurvey";
import { Skeleton } from "../../lib/Skeleton";
import { useT } from "./i18n";

export type HostedEvent = Awaited<ReturnType<typeof loadEvent>>;
export const loadEvent = (id: string) => ok(api.events[":id"].$get({ param: { id } }));
export const namesOf = (e: HostedEvent) => new Map(e.registrations.map((r) => [r.personId, r.name]));
export type Registration = HostedEvent["registrations"][number];

/** The event with one registration changed (a check-in answers with just that one), or added at the end. */
const withRegistration = (e: HostedEvent, changed: Registration): HostedEvent => {
  const known = e.registrations.some((r) => r.personId === changed.personId);
  const registrations = known
    ? e.registrations.map((r) => (r.personId === changed.personId ? changed : r))
    : [...e.registrations, changed];
  return { ...e, registrations };
};

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
  return <Hosting event={event} onChange={(r) => setEvent(withRegistration(event, r))} />;
}

function Hosting({ event, onChange }: { event: HostedEvent; onChange: (r: Registration) => void }) {
  // Until a plan seats a pair there is no clock to follow: poll the lobby, open no socket.
  const live = useLive(event.id, { socket: event.planned });
  const { t } = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const current = live.state?.phase === "round" || live.state?.phase === "break" ? live.state.round : 0;
  const started = !!live.state && live.state.phase !== "lobby";
  // A plan made before (or the one under way) shows without being asked; asking never plans.
  const planned = useApi(["events", event.id, "plan"], () => loadPlan(event.id), {
    enabled: started || event.planned,
  });
  const planning = useApiChange((afterRound: number) => replan(event.id, afterRound), [["events", event.id]]);
  const plan = planned.data;
  const planError = planning.error ?? planned.error;
  const planBusy = planning.busy || planned.fetching;
  /** Before the start, planning always starts afresh from who is checked in; later it keeps past rounds. */
  const makePlan = async () => {
    const next = await planning.run(started ? current : 0);
    if (next) planned.set(next);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(event.joinUrl);
      setCopied(t("events.host.copied"));
    } catch {
      setCopied(t("events.host.copyFailed"));
    }
  };
  const present = event.registrations.filter((r) => r.status === "present").length;
  const seatsAPair = !!plan?.rounds.some((r) => r.tables.some((t) => t.menteeIds.length > 0));
  const steps = stepsOf({
    registered: event.registrations.length > 0,
    checkedIn: present >= 2,
    planned: event.planned || seatsAPair,
    started,
    finished: live.state?.phase === "finished",
  });
  const why = seatsAPair || event.planned ? null : t("events.host.startBlocked");

  return (
    <section class="ev-host">
      <h1>{event.title}</h1>
      <p>{eventWhen(event)}</p>
      {event.place && <p>{event.place}</p>}
      <p>
        <a href={`/host/events/${event.id}/projector`}>{t("events.host.projector")}</a>
      </p>
      <ol class="ev-steps" aria-label={t("events.host.steps")}>
        <Step n={1} title={t("events.host.share.title")} state={steps.share}>
          <p class="hint">{t("events.host.share.hint")}</p>
          <p class="ev-link">
            <a href={event.joinUrl}>{event.joinUrl}</a>
          </p>
          <button type="button" class="secondary" onClick={copy}>
            {t("events.host.copy")}
          </button>
          <p role="status" class="status">
            {copied ?? ""}
          </p>
        </Step>
        <Step n={2} title={t("events.host.checkIn.title")} state={steps.checkin}>
          <Registrations event={event} onChange={onChange} />
          <WalkIn eventId={event.id} peer={event.mode === "peer"} onChange={onChange} />
        </Step>
        <Step n={3} title={t("events.host.plan.title")} state={steps.plan}>
          <p class="hint">{t("events.host.plan.hint")}</p>
          <p>
            <button type="button" disabled={planBusy || present === 0} onClick={makePlan}>
              {plan ? t("events.host.plan.again") : t("events.host.plan.make")}
            </button>
          </p>
          <Alert message={planError} />
          {plan && <PlanTable plan={plan} names={namesOf(event)} current={current} />}
        </Step>
        <Step n={4} title={t("events.host.run.title")} state={steps.run}>
          <HostControls eventId={event.id} live={live} blocked={started ? null : why} />
        </Step>
        <Step n={5} title={t("events.host.followUp.title")} state={steps.followUp}>
          <p class="hint">{t("events.host.followUp.hint")}</p>
          <FeedbackSurvey eventId={event.id} />
        </Step>
      </ol>
    </section>
  );
}
