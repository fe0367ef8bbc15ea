/** What the room sees on the big screen: the link before the start, then the timer and the tables. */
import { QrCode } from "./QrCode";
import { useRoute } from "preact-iso";
import { Alert } from "../../lib/Alert";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { loadEvent, namesOf } from "./HostEvent";
import { Countdown, phaseText, useLive } from "./live";
import { loadPlan, seatText } from "./plan";
import { Skeleton } from "../../lib/Skeleton";

export default function Projector() {
  const { params } = useRoute();
  return <RequireSignIn>{() => <Screen id={params.id ?? ""} />}</RequireSignIn>;
}

function Screen({ id }: { id: string }) {
  const live = useLive(id);
  const s = live.state;
  const started = !!s && s.phase !== "lobby";
  // Asked again at each round, for the walk-ins' names; the last answer stays on screen meanwhile.
  const asOf = [started, s?.round ?? 0];
  const loaded = useApi(["events", id, "projected", ...asOf], () => loadEvent(id), { keepPrevious: true });
  // Before the start, asking for the plan would make it too early: wait for the first round.
  const planned = useApi(["events", id, "plan", ...asOf], () => loadPlan(id), { enabled: started, keepPrevious: true });
  const event = loaded.data;
  const plan = planned.data;
  const error = loaded.error ?? planned.error;

  if (!event) return error ? <Alert message={error} /> : <Skeleton />;
  const round = s?.phase === "break" ? s.round + 1 : (s?.round ?? 0);
  const tables = plan?.rounds.find((r) => r.round === round)?.tables ?? [];
  const names = namesOf(event);
  return (
    <section class="ev-projector">
      <h1>{event.title}</h1>
      <p class="ev-phase-big" role="status">
        {s ? phaseText(s) : "Waiting to start"}
      </p>
      <Countdown live={live} label="Time left" />
      {!started ? (
        <>
          <p class="ev-projector-hint">Scan to register, or open this link:</p>
          <QrCode text={event.joinUrl} label={`QR code of the link to ${event.title}`} />
          <p class="ev-link ev-link-big">{event.joinUrl}</p>
        </>
      ) : (
        tables.length > 0 && (
          <>
            <h2>{s?.phase === "break" ? `Next: round ${round}` : `Tables in round ${round}`}</h2>
            <ul class="ev-projector-tables">
              {tables.map((t) => (
                <li key={t.table}>
                  <span class="ev-table-no">Table {t.table}</span> {seatText(t, names)}
                </li>
              ))}
            </ul>
          </>
        )
      )}
      <Alert message={error} />
    </section>
  );
}
