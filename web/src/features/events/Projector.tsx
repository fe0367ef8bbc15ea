/**
 * What the room sees on the big screen, with no app navigation: the timer, the link and its QR code
 * (never cut off), and the current round's tables in a grid that fits the screen (40 tables on
 * 1920×1080) with empty seats said as such. A fullscreen button, and an optional chime at each change.
 */
import { useEffect } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Alert } from "../../lib/Alert";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { loadEvent, namesOf } from "./HostEvent";
import { Countdown, phaseText, useLive } from "./live";
import { loadPlan } from "./plan";
import { FullscreenButton, ChimeToggle, useChime } from "./ProjectorTools";
import { QrCode } from "./QrCode";
// Only the projector needs its styles: they load with its page.
import "../../styles/projector.css";
import { Skeleton } from "../../lib/Skeleton";
import { useT } from "./i18n";

export default function Projector() {
  const { params } = useRoute();
  // The app's header and navigation stay off the projected screen (styles/projector.css).
  useEffect(() => {
    document.body.classList.add("ev-projecting");
    return () => document.body.classList.remove("ev-projecting");
  }, []);
  return <RequireSignIn>{() => <Screen id={params.id ?? ""} />}</RequireSignIn>;
}

/** Columns and rows for `n` tables on a wide screen: about as many columns as 16:9 asks for. */
function gridOf(n: number) {
  const cols = Math.max(1, Math.min(n, Math.ceil(Math.sqrt((n * 16) / 9))));
  return { cols, rows: Math.max(1, Math.ceil(n / cols)) };
}

function Screen({ id }: { id: string }) {
  const loaded = useApi(["events", id, "projected"], () => loadEvent(id), { keepPrevious: true });
  const { t } = useT();
  const event = loaded.data;
  const live = useLive(id, { socket: !!event?.planned });
  const s = live.state;
  const started = !!s && s.phase !== "lobby";
  const round = s?.phase === "break" ? s.round + 1 : (s?.round ?? 0);
  // Asked again at each round, for the walk-ins' names; the last answer stays on screen meanwhile.
  const again = useApi(["events", id, "projected", round], () => loadEvent(id), {
    enabled: started,
    keepPrevious: true,
  });
  const planned = useApi(["events", id, "plan", round], () => loadPlan(id), { enabled: started, keepPrevious: true });
  const chime = useChime(s ? `${s.phase}:${s.round}:${s.paused ? 1 : 0}` : "");
  const shown = again.data ?? event;
  const error = loaded.error ?? planned.error;

  if (!shown) return error ? <Alert message={error} /> : <Skeleton />;
  const tables = planned.data?.rounds.find((r) => r.round === round)?.tables ?? [];
  const names = namesOf(shown);
  const name = (pid: string) => names.get(pid) ?? t("events.plan.someone");
  const seats = shown.mode === "peer" ? 1 : shown.menteesPerTable;
  const grid = gridOf(tables.length);
  return (
    <section class="ev-projector" data-started={started ? "true" : "false"}>
      <header class="ev-proj-top">
        <h1>{shown.title}</h1>
        <p class="ev-phase-big" role="status">
          {s ? phaseText(t, s) : t("events.phase.lobby")}
        </p>
        <Countdown live={live} label={t("events.control.timeLeft")} />
        <div class="ev-proj-tools">
          <ChimeToggle chime={chime} />
          <FullscreenButton />
        </div>
      </header>
      <div class="ev-proj-body">
        {started && tables.length > 0 && (
          <div class="ev-proj-tables-wrap">
            <h2>
              {s?.phase === "break"
                ? t("events.projector.nextRound", { round })
                : t("events.projector.tables", { round })}
            </h2>
            <ul
              class="ev-projector-tables"
              style={{ "--cols": grid.cols, "--rows": grid.rows } as Record<string, number>}
            >
              {tables.map((table) => (
                <li key={table.table}>
                  <span class="ev-table-no">{t("events.seat.table", { table: table.table })}</span>
                  <span class="ev-seat">{name(table.mentorId)}</span>
                  {table.menteeIds.map((m) => (
                    <span key={m} class="ev-seat">
                      {name(m)}
                    </span>
                  ))}
                  {Array.from({ length: Math.max(0, seats - table.menteeIds.length) }, (_, i) => (
                    <span key={`open-${i}`} class="ev-seat ev-open-seat">
                      {t("events.projector.openSeat")}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        )}
        <aside class="ev-proj-join" aria-label={t("events.projector.register")}>
          <p class="ev-projector-hint">{t("events.projector.scan")}</p>
          <QrCode text={shown.joinUrl} label={t("events.projector.qr", { title: shown.title })} />
          <p class="ev-link ev-proj-link">{shown.joinUrl}</p>
        </aside>
      </div>
      <Alert message={error} />
    </section>
  );
}
