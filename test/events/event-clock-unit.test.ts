import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  EXTEND_MS,
  advance,
  applyAction,
  initialState,
  nextAlarm,
  parseConfig,
  reconfigure,
  stateMessage,
  type ClockAction,
  type ClockConfig,
  type ClockResult,
  type ClockState,
} from "../../workers/domain/events/live-clock";

const T0 = 1_800_000_000_000;
const config = fc.record({
  rounds: fc.integer({ min: 1, max: 8 }),
  roundMs: fc.integer({ min: 1_000, max: 600_000 }),
  breakMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300_000 })),
});
const action = fc.constantFrom(...ACTIONS);
/** A run of host actions, each some time after the one before. */
const script = fc.array(fc.record({ action, wait: fc.integer({ min: 0, max: 900_000 }) }), { maxLength: 30 });

const ok = (r: ClockResult): ClockState => {
  if ("error" in r) throw new Error(r.error);
  return r.state;
};
const started = (c: ClockConfig, at = T0) => ok(applyAction(initialState(c), "start", at));
/** Advances alarm by alarm, as a Durable Object woken exactly on time would. */
function stepwise(state: ClockState, now: number) {
  let s = state;
  for (let due = nextAlarm(s); due !== null && due <= now; due = nextAlarm(s)) s = advance(s, due);
  return s;
}

/** What must hold of every state. */
function checkInvariants(s: ClockState) {
  const { rounds } = s.config;
  expect(s.round).toBeGreaterThanOrEqual(0);
  expect(s.round).toBeLessThanOrEqual(rounds);
  if (s.phase === "lobby") expect(s.round).toBe(0);
  if (s.phase === "round") expect(s.round).toBeGreaterThanOrEqual(1);
  if (s.phase === "break") {
    // Never a break after the last round, nor when breaks are off.
    expect(s.round).toBeGreaterThanOrEqual(1);
    expect(s.round).toBeLessThan(rounds);
    expect(s.config.breakMs).toBeGreaterThan(0);
  }
  const live = s.phase === "round" || s.phase === "break";
  // A live phase is either running or paused, never both; other phases are neither.
  expect((s.endsAt !== null) !== (s.pausedRemainingMs !== null)).toBe(live);
  if (s.pausedRemainingMs !== null) expect(s.pausedRemainingMs).toBeGreaterThan(0);
  expect(nextAlarm(s)).toBe(s.endsAt);
}

describe("the event clock", () => {
  it("starts in the lobby and runs round 1 from the start", () => {
    const c = { rounds: 3, roundMs: 420_000, breakMs: 60_000 };
    const s = initialState(c);
    expect(s).toEqual({ phase: "lobby", round: 0, endsAt: null, pausedRemainingMs: null, config: c, version: 0 });
    expect(nextAlarm(s)).toBeNull();
    const r = started(c);
    expect(r).toMatchObject({ phase: "round", round: 1, endsAt: T0 + 420_000, pausedRemainingMs: null, version: 1 });
    expect(nextAlarm(r)).toBe(T0 + 420_000);
  });

  it("goes round → break → round and finishes after the last round with no break", () => {
    const c = { rounds: 2, roundMs: 1_000, breakMs: 500 };
    const s = started(c);
    expect(advance(s, T0 + 999)).toBe(s);
    expect(advance(s, T0 + 1_000)).toMatchObject({ phase: "break", round: 1, endsAt: T0 + 1_500 });
    expect(advance(s, T0 + 1_500)).toMatchObject({ phase: "round", round: 2, endsAt: T0 + 2_500 });
    expect(advance(s, T0 + 2_500)).toMatchObject({ phase: "finished", round: 2, endsAt: null, version: 4 });
    // Nothing moves after the end.
    const end = advance(s, T0 + 2_500);
    expect(advance(end, T0 + 10_000_000)).toBe(end);
  });

  it("skips breaks when breakMs is 0", () => {
    const s = started({ rounds: 3, roundMs: 1_000, breakMs: 0 });
    expect(advance(s, T0 + 1_000)).toMatchObject({ phase: "round", round: 2, endsAt: T0 + 2_000 });
    expect(ok(applyAction(s, "next", T0 + 10))).toMatchObject({ phase: "round", round: 2, endsAt: T0 + 1_010 });
  });

  it("refuses actions that make no sense, leaving the state alone", () => {
    const c = { rounds: 1, roundMs: 1_000, breakMs: 0 };
    const lobby = initialState(c);
    for (const a of ["pause", "resume", "extend", "next"] as const)
      expect(applyAction(lobby, a, T0)).toHaveProperty("error");
    const running = started(c);
    expect(applyAction(running, "start", T0)).toHaveProperty("error");
    expect(applyAction(running, "resume", T0)).toHaveProperty("error");
    const paused = ok(applyAction(running, "pause", T0 + 100));
    expect(applyAction(paused, "pause", T0 + 200)).toHaveProperty("error");
    const done = ok(applyAction(running, "end", T0 + 1));
    for (const a of ACTIONS) expect(applyAction(done, a, T0 + 2)).toHaveProperty("error");
    // The lobby can be ended (a cancelled event).
    expect(ok(applyAction(lobby, "end", T0))).toMatchObject({ phase: "finished", round: 0 });
  });

  it("pauses with the time left, extends running and paused phases, and resumes with what was left", () => {
    const s = started({ rounds: 2, roundMs: 10_000, breakMs: 5_000 });
    const p = ok(applyAction(s, "pause", T0 + 4_000));
    expect(p).toMatchObject({ phase: "round", endsAt: null, pausedRemainingMs: 6_000 });
    expect(advance(p, T0 + 1e9)).toBe(p);
    const pe = ok(applyAction(p, "extend", T0 + 5_000));
    expect(pe.pausedRemainingMs).toBe(6_000 + EXTEND_MS);
    expect(ok(applyAction(pe, "resume", T0 + 9_000)).endsAt).toBe(T0 + 9_000 + 6_000 + EXTEND_MS);
    expect(ok(applyAction(s, "extend", T0 + 1)).endsAt).toBe(T0 + 10_000 + EXTEND_MS);
  });

  it("'next' skips to the following phase from now, and a paused phase's successor runs", () => {
    const s = started({ rounds: 2, roundMs: 10_000, breakMs: 5_000 });
    const b = ok(applyAction(s, "next", T0 + 3_000));
    expect(b).toMatchObject({ phase: "break", round: 1, endsAt: T0 + 8_000 });
    const pb = ok(applyAction(b, "pause", T0 + 4_000));
    const r2 = ok(applyAction(pb, "next", T0 + 6_000));
    expect(r2).toMatchObject({ phase: "round", round: 2, endsAt: T0 + 16_000, pausedRemainingMs: null });
    expect(ok(applyAction(r2, "next", T0 + 7_000))).toMatchObject({ phase: "finished", round: 2, endsAt: null });
  });

  it("catches up before applying an action that arrives after a phase was due to end", () => {
    const s = started({ rounds: 3, roundMs: 1_000, breakMs: 500 });
    // Round 1 ended at +1000, the break at +1500: pausing at +1700 pauses round 2 with 800 ms left.
    expect(ok(applyAction(s, "pause", T0 + 1_700))).toMatchObject({ phase: "round", round: 2, pausedRemainingMs: 800 });
  });

  it("validates configs and only changes them in the lobby", () => {
    expect(parseConfig({ rounds: 5, roundMs: 60_000, breakMs: 0 })).toEqual({
      config: { rounds: 5, roundMs: 60_000, breakMs: 0 },
    });
    for (const bad of [
      null,
      {},
      { rounds: 0, roundMs: 60_000, breakMs: 0 },
      { rounds: 2.5, roundMs: 60_000, breakMs: 0 },
    ]) {
      expect(parseConfig(bad)).toHaveProperty("error");
    }
    expect(parseConfig({ rounds: 2, roundMs: 10, breakMs: 0 })).toHaveProperty("error");
    expect(parseConfig({ rounds: 2, roundMs: 60_000, breakMs: -1 })).toHaveProperty("error");
    expect(parseConfig({ rounds: 2, roundMs: "60000", breakMs: 0 })).toHaveProperty("error");
    const c = { rounds: 2, roundMs: 1_000, breakMs: 0 };
    const lobby = initialState(c);
    expect(ok(reconfigure(lobby, { ...c }))).toBe(lobby);
    expect(ok(reconfigure(lobby, { ...c, rounds: 4 }))).toMatchObject({ config: { rounds: 4 }, version: 1 });
    const s = started(c);
    expect(ok(reconfigure(s, { ...c }))).toBe(s);
    expect(reconfigure(s, { ...c, rounds: 4 })).toHaveProperty("error");
  });

  it("describes the state for clients, with the time left only when paused", () => {
    const s = started({ rounds: 2, roundMs: 10_000, breakMs: 0 });
    expect(stateMessage(s, T0 + 5)).toEqual({
      type: "state",
      phase: "round",
      round: 1,
      rounds: 2,
      paused: false,
      endsAt: T0 + 10_000,
      serverNow: T0 + 5,
      version: 1,
    });
    const p = ok(applyAction(s, "pause", T0 + 1_000));
    expect(stateMessage(p, T0 + 2_000)).toMatchObject({ paused: true, endsAt: null, remainingMs: 9_000 });
  });
});

describe("the event clock's properties", () => {
  it("advancing once to a late time equals advancing alarm by alarm, or in any split", () => {
    fc.assert(
      fc.property(config, fc.nat(20_000_000), fc.nat(20_000_000), (c, a, b) => {
        const s = started(c);
        const [t1, t2] = [T0 + Math.min(a, b), T0 + Math.max(a, b)];
        const once = advance(s, t2);
        expect(stepwise(s, t2)).toEqual(once);
        expect(advance(advance(s, t1), t2)).toEqual(once);
        // Advancing is idempotent, and a running phase never ends in the past.
        expect(advance(once, t2)).toBe(once);
        if (once.endsAt !== null) expect(once.endsAt).toBeGreaterThan(t2);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the schedule: round k starts at start + (k-1)(round + break), however late the alarms", () => {
    fc.assert(
      fc.property(config, fc.nat(20_000_000), (c, late) => {
        const s = advance(started(c), T0 + late);
        const cycle = c.roundMs + c.breakMs;
        const finish = T0 + c.rounds * c.roundMs + (c.rounds - 1) * c.breakMs;
        if (s.phase === "finished") expect(T0 + late).toBeGreaterThanOrEqual(finish);
        if (s.phase === "round") expect(s.endsAt).toBe(T0 + (s.round - 1) * cycle + c.roundMs);
        if (s.phase === "break") expect(s.endsAt).toBe(T0 + s.round * cycle);
        // One version per phase passed: 1 (start) + rounds ended + breaks ended.
        const breaks = c.breakMs > 0 ? s.round - 1 : 0;
        const roundsEnded = s.phase === "round" ? s.round - 1 : s.round;
        expect(s.version).toBe(1 + roundsEnded + breaks);
      }),
      { numRuns: 500 },
    );
  });

  it("pause then resume keeps the time left, however long the pause", () => {
    fc.assert(
      fc.property(config, fc.nat(5_000_000), fc.nat(5_000_000), (c, at, pauseFor) => {
        const running = advance(started(c), T0 + at);
        fc.pre(running.phase !== "finished");
        const left = running.endsAt! - (T0 + at);
        const paused = ok(applyAction(running, "pause", T0 + at));
        expect(paused.pausedRemainingMs).toBe(left);
        const resumed = ok(applyAction(paused, "resume", T0 + at + pauseFor));
        expect(resumed).toMatchObject({ phase: running.phase, round: running.round, pausedRemainingMs: null });
        expect(resumed.endsAt).toBe(T0 + at + pauseFor + left);
      }),
      { numRuns: 300 },
    );
  });

  it("under any script of actions and waits: invariants hold, versions rise on every change, errors change nothing", () => {
    fc.assert(
      fc.property(config, script, (c, steps) => {
        let s = initialState(c);
        let now = T0;
        for (const { action, wait } of steps) {
          now += wait;
          const before = s;
          const r = applyAction(s, action as ClockAction, now);
          if ("error" in r) {
            expect(r.error).toEqual(expect.any(String));
            expect(s).toEqual(before);
            continue;
          }
          s = r.state;
          expect(s.version).toBeGreaterThan(before.version);
          checkInvariants(s);
          // An alarm between actions also only moves forward.
          const later = advance(s, now + wait);
          if (later !== s) expect(later.version).toBeGreaterThan(s.version);
          checkInvariants(later);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("pressing 'next' walks every round and break in order, then finishes", () => {
    fc.assert(
      fc.property(config, (c) => {
        let s = started(c);
        const seen: string[] = [`${s.phase}${s.round}`];
        while (s.phase !== "finished") {
          // All at the start instant, so even a 1 ms break cannot end by itself in between.
          s = ok(applyAction(s, "next", T0));
          seen.push(`${s.phase}${s.round}`);
        }
        const expected = Array.from({ length: c.rounds }, (_, i) =>
          i + 1 < c.rounds && c.breakMs > 0 ? [`round${i + 1}`, `break${i + 1}`] : [`round${i + 1}`],
        ).flat();
        expect(seen).toEqual([...expected, `finished${c.rounds}`]);
      }),
      { numRuns: 300 },
    );
  });
});
