/**
 * The live clock of an event: the state from `GET /api/events/:id/live`, pushed over a WebSocket when
 * one connects (polled every 2 s when not), and the offset between this device's clock and the server's
 * so that every screen counts down to the same `endsAt`.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, ok, statusOf } from "../../lib/api";
import { inZone } from "../../lib/dates";
import { useApi } from "../../lib/query";
import type { Translate } from "../../lib/i18n";

export type LivePhase = "lobby" | "round" | "break" | "finished";
export type LiveState = {
  type: "state";
  phase: LivePhase;
  round: number;
  rounds?: number;
  paused?: boolean;
  endsAt: number | null;
  serverNow: number;
  remainingMs?: number;
};
type Pong = { type: "pong"; clientTime: number; serverNow: number };

const POLL_MS = 2000;

/** The clock as last heard, with the offset it suggests (null: keep the offset we have); no state: not live. */
type Heard = { state: LiveState | null; estimate: number | null };

/** One poll, with the offset taken from the middle of the request's round trip. */
async function poll(eventId: string): Promise<Heard> {
  const sent = Date.now();
  try {
    const s: LiveState = await ok(api.events[":id"].live.$get({ param: { id: eventId } }));
    return { state: s, estimate: s.serverNow - (sent + Date.now()) / 2 };
  } catch (err) {
    if (statusOf(err) === 404) return { state: null, estimate: null };
    throw err; // offline for a moment, or refused: the next poll tries again
  }
}

/**
 * `state` (null until known); `unavailable` when the event has no live clock to show yet. With
 * `socket: false` (nothing planned yet, so nothing to push) it only polls.
 */
export function useLive(eventId: string, { socket = true }: { socket?: boolean } = {}) {
  const [open, setOpen] = useState(false);
  // Loaded at once, then asked every 2 s for as long as no socket pushes it.
  const heard = useApi(["events", eventId, "live"], () => poll(eventId), { refetchInterval: open ? 0 : POLL_MS });
  const state = heard.data?.state ?? null;
  const unavailable = !!heard.data && !state;
  const offset = useRef<number | null>(null); // server time − local time, in ms
  const precise = useRef(false); // set once a ping's round trip has measured it
  if (heard.data?.estimate != null && !precise.current) offset.current = heard.data.estimate;

  useEffect(() => {
    let ws: WebSocket | null = null;
    let stopped = false;
    let reconnect: ReturnType<typeof setTimeout> | undefined;
    let pinger: ReturnType<typeof setInterval> | undefined;
    const ping = () => ws?.readyState === 1 && ws.send(JSON.stringify({ type: "ping", clientTime: Date.now() }));

    const connect = () => {
      if (stopped || !socket || typeof WebSocket === "undefined") return;
      try {
        ws = new WebSocket(`${location.origin.replace(/^http/, "ws")}/api/events/${eventId}/live`);
      } catch {
        return;
      }
      ws.onopen = () => {
        setOpen(true);
        ping();
        pinger = setInterval(ping, 15_000);
      };
      ws.onmessage = (e) => {
        let msg: LiveState | Pong;
        try {
          msg = JSON.parse(String(e.data));
        } catch {
          return;
        }
        if (msg.type === "pong") {
          offset.current = msg.serverNow - (msg.clientTime + Date.now()) / 2;
          precise.current = true;
        } else if (msg.type === "state") {
          heard.set({ state: msg, estimate: msg.serverNow - Date.now() });
        }
      };
      ws.onclose = () => {
        setOpen(false);
        clearInterval(pinger);
        if (!stopped) reconnect = setTimeout(connect, 5000);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearInterval(pinger);
      clearTimeout(reconnect);
      ws?.close();
    };
  }, [eventId, socket]);

  /** Milliseconds left in the running phase by the corrected clock; null when nothing is running. */
  const remaining = () => {
    if (!state) return null;
    if (state.endsAt != null) return Math.max(0, state.endsAt - (Date.now() + (offset.current ?? 0)));
    return state.remainingMs ?? null;
  };
  /** A change that answered with the clock puts it in place. */
  const setState = (s: LiveState) => heard.set({ state: s, estimate: null });
  return { state, unavailable, remaining, setState, refresh: heard.reload };
}

/** Re-renders every quarter second while `on`. */
export function useTick(on: boolean) {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!on) return;
    const t = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(t);
  }, [on]);
}

/** 83_400 → "1:24" (rounded up, so 0:00 shows only when time is up). */
export function clockText(ms: number) {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** "Round 2 of 5", "Break after round 2", "Waiting to start", "Finished", in the viewer's words. */
export function phaseText(t: Translate, s: LiveState) {
  const label =
    s.phase === "round"
      ? t("events.phase.round", { round: s.round, rounds: s.rounds ?? 0 })
      : s.phase === "break"
        ? t("events.phase.break", { round: s.round })
        : s.phase === "lobby"
          ? t("events.phase.lobby")
          : t("events.phase.finished");
  return s.paused ? t("events.phase.paused", { label }) : label;
}

/** The big countdown; a timer role so screen readers do not announce every second. */
export function Countdown({ live, label }: { live: ReturnType<typeof useLive>; label: string }) {
  const ms = live.remaining();
  useTick(ms != null && !live.state?.paused);
  if (ms == null) return null;
  return (
    <p class="ev-timer" role="timer" aria-label={label} data-remaining-ms={Math.round(ms)}>
      {clockText(ms)}
    </p>
  );
}

/** When an event starts, in its own time zone: "Thursday 4 March 2027, 09:00 (Europe/Berlin)". */
export const eventWhen = (e: { startsAt: number; timezone: string }) => inZone(e.startsAt, e.timezone);
