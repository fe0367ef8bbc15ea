/** The host's buttons for the live clock: start, pause, resume, one more minute, next, end. */
import { api, ok, statusOf } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { useApiChange } from "../../lib/query";
import { Countdown, phaseText, type LiveState, type useLive } from "./live";
import { useT } from "./i18n";
import type { Translate } from "../../lib/i18n";

type Action = "start" | "pause" | "resume" | "extend" | "next" | "end";
const labelOf = (t: Translate, action: Action) =>
  ({
    start: t("events.control.start"),
    pause: t("events.control.pause"),
    resume: t("events.control.resume"),
    extend: t("events.control.extend"),
    next: t("events.control.next"),
    end: t("events.control.end"),
  })[action];

/** Which actions fit the phase (the server has the last word, with a 409). */
function actionsFor(s: LiveState | null): Action[] {
  if (!s || s.phase === "lobby") return ["start"];
  if (s.phase === "finished") return [];
  return [s.paused ? "resume" : "pause", "extend", "next", "end"];
}

/** `blocked` says why the clock cannot start yet; Start stays disabled, with the reason beside it. */
export function HostControls({
  eventId,
  live,
  blocked,
}: {
  eventId: string;
  live: ReturnType<typeof useLive>;
  blocked: string | null;
}) {
  const control = useApiChange((action: Action) =>
    ok(api.events[":id"].control.$post({ param: { id: eventId }, json: { action } })),
  );
  const { busy } = control;
  const { t } = useT();
  const error = statusOf(control.failure) === 404 ? t("events.control.unavailable") : control.error;
  const act = async (action: Action) => {
    const next = await control.run(action);
    if (next) live.setState(next);
    void live.refresh();
  };
  const s = live.state;
  return (
    <div class="card">
      <p role="status" class="ev-phase">
        {s ? phaseText(t, s) : t("events.control.notStarted")}
      </p>
      <Countdown live={live} label={t("events.control.timeLeft")} />
      <div class="ev-controls">
        {actionsFor(s).map((a) => (
          <button
            type="button"
            key={a}
            class={a === "end" ? "secondary" : undefined}
            disabled={busy || (a === "start" && !!blocked)}
            aria-describedby={a === "start" && blocked ? "ev-start-why" : undefined}
            onClick={() => act(a)}
          >
            {labelOf(t, a)}
          </button>
        ))}
      </div>
      {blocked && (
        <p id="ev-start-why" class="hint ev-why">
          {blocked}
        </p>
      )}
      <Alert message={error} />
    </div>
  );
}
