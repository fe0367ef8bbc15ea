/**
 * @module domain/events/live-clock
 * The clock of a live speed-mentoring event, as pure functions over a plain state (no Cloudflare
 * imports; the Durable Object in `live-object.ts` stores it and arms alarms from it).
 *
 * lobby → round 1 → break → round 2 → … → round N → finished. A round or break is either running
 * (`endsAt` is set) or paused (`pausedRemainingMs` is set). There is no break after the last round, and
 * none at all when `breakMs` is 0. During a break, `round` is the round just played.
 *
 * Time only moves through `advance`, which ends phases at their scheduled `endsAt` (never at `now`), so
 * a late alarm catches up without drift. `version` grows by one with every change, so clients can drop
 * messages older than what they have.
 */

export type ClockConfig = { rounds: number; roundMs: number; breakMs: number };
export type ClockPhase = "lobby" | "round" | "break" | "finished";
export type ClockState = {
  phase: ClockPhase;
  /** 0 in the lobby; the current round, or during a break the round just played. */
  round: number;
  /** When the running round or break ends (epoch ms); null in the lobby, when paused, and when finished. */
  endsAt: number | null;
  /** The time left in a paused round or break; null otherwise. */
  pausedRemainingMs: number | null;
  config: ClockConfig;
  version: number;
};
export type ClockAction = "start" | "pause" | "resume" | "extend" | "next" | "end";
export type ClockResult = { state: ClockState } | { error: string };

/** What the host's "extend" adds. */
export const EXTEND_MS = 60_000;
export const ACTIONS: readonly ClockAction[] = ["start", "pause", "resume", "extend", "next", "end"];
export const LIMITS = { maxRounds: 100, minRoundMs: 1_000, maxPhaseMs: 24 * 60 * 60_000 } as const;

export const isAction = (value: unknown): value is ClockAction => ACTIONS.includes(value as ClockAction);

/** Validates an untrusted config: whole numbers, 1–100 rounds, rounds of 1 s to 24 h, breaks of 0 to 24 h. */
export function parseConfig(input: unknown): { config: ClockConfig } | { error: string } {
  const { rounds, roundMs, breakMs } = (input ?? {}) as Record<string, unknown>;
  const whole = (v: unknown, min: number, max: number): v is number =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
  if (!whole(rounds, 1, LIMITS.maxRounds))
    return { error: `rounds must be a whole number from 1 to ${LIMITS.maxRounds}.` };
  if (!whole(roundMs, LIMITS.minRoundMs, LIMITS.maxPhaseMs)) return { error: "roundMs must be 1 s to 24 h in ms." };
  if (!whole(breakMs, 0, LIMITS.maxPhaseMs)) return { error: "breakMs must be 0 to 24 h in ms." };
  return { config: { rounds, roundMs, breakMs } };
}

export function initialState(config: ClockConfig): ClockState {
  return { phase: "lobby", round: 0, endsAt: null, pausedRemainingMs: null, config: { ...config }, version: 0 };
}

/** Replaces the config in the lobby; the same config is accepted (unchanged) in any phase. */
export function reconfigure(state: ClockState, config: ClockConfig): ClockResult {
  const c = state.config;
  if (c.rounds === config.rounds && c.roundMs === config.roundMs && c.breakMs === config.breakMs) return { state };
  if (state.phase !== "lobby") return { error: "The event has started; its rounds can no longer be changed." };
  return { state: { ...initialState(config), version: state.version + 1 } };
}

const isPaused = (s: ClockState) => s.pausedRemainingMs !== null;

/** The phase after the current one, starting at `at`: round k → break k → round k+1; last round → finished. */
function following(s: ClockState, at: number): ClockState {
  const { rounds, roundMs, breakMs } = s.config;
  const base = { ...s, pausedRemainingMs: null, version: s.version + 1 };
  if (s.phase === "round" && s.round >= rounds) return { ...base, phase: "finished", endsAt: null };
  if (s.phase === "round" && breakMs > 0) return { ...base, phase: "break", endsAt: at + breakMs };
  return { ...base, phase: "round", round: s.round + 1, endsAt: at + roundMs };
}

/**
 * The state once time has reached `now`: every running phase whose `endsAt` is at or before `now` ends
 * at its `endsAt`, and the next one is timed from there. Unchanged (the same object) when nothing ended.
 */
export function advance(state: ClockState, now: number): ClockState {
  let s = state;
  while (s.endsAt !== null && s.endsAt <= now) s = following(s, s.endsAt);
  return s;
}

/** When the object's alarm should fire next: the end of the running phase, or null. */
export const nextAlarm = (state: ClockState): number | null => state.endsAt;

/**
 * A host action at `now`, after catching up with `advance`. `next` skips to the following phase, which
 * starts running even if the current one was paused. Errors leave the state as it was.
 */
export function applyAction(state: ClockState, action: ClockAction, now: number): ClockResult {
  const s = advance(state, now);
  const changed = (patch: Partial<ClockState>): ClockResult => ({ state: { ...s, ...patch, version: s.version + 1 } });
  const live = s.phase === "round" || s.phase === "break";
  switch (action) {
    case "start":
      if (s.phase !== "lobby") return { error: "The event has already started." };
      return changed({ phase: "round", round: 1, endsAt: now + s.config.roundMs, pausedRemainingMs: null });
    case "pause":
      if (!live) return { error: `Nothing to pause ${s.phase === "lobby" ? "before the start" : "after the end"}.` };
      if (isPaused(s)) return { error: "The clock is already paused." };
      return changed({ endsAt: null, pausedRemainingMs: s.endsAt! - now });
    case "resume":
      if (!live || !isPaused(s)) return { error: "The clock is not paused." };
      return changed({ endsAt: now + s.pausedRemainingMs!, pausedRemainingMs: null });
    case "extend":
      if (!live) return { error: "Only a round or a break can be extended." };
      if (isPaused(s)) return changed({ pausedRemainingMs: s.pausedRemainingMs! + EXTEND_MS });
      return changed({ endsAt: s.endsAt! + EXTEND_MS });
    case "next":
      if (!live) return { error: s.phase === "lobby" ? "Start the event first." : "The event has finished." };
      return { state: following(s, now) };
    case "end":
      if (s.phase === "finished") return { error: "The event has already finished." };
      return changed({ phase: "finished", endsAt: null, pausedRemainingMs: null });
  }
}

/** The message sent to every client (and answered to GET): `endsAt` null unless running. */
export type StateMessage = {
  type: "state";
  phase: ClockPhase;
  round: number;
  rounds: number;
  paused: boolean;
  endsAt: number | null;
  /** Only when paused. */
  remainingMs?: number;
  serverNow: number;
  version: number;
};

export function stateMessage(state: ClockState, now: number): StateMessage {
  const { phase, round, endsAt, pausedRemainingMs, config, version } = state;
  const paused = pausedRemainingMs !== null;
  return {
    type: "state",
    phase,
    round,
    rounds: config.rounds,
    paused,
    endsAt,
    ...(paused ? { remainingMs: pausedRemainingMs } : {}),
    serverNow: now,
    version,
  };
}
