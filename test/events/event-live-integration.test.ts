/**
 * The live-event Durable Object in workerd: HTTP and WebSocket clients, alarms, and state that outlives
 * the object. Time is moved with a faked `Date` (the object runs in the tests' isolate), and alarms are
 * fired with `runDurableObjectAlarm`, so no test waits for a round to end.
 */
import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClockState, StateMessage } from "../../workers/domain/events/live-clock";
import type { EventLive } from "../../workers/features/events/live-object";
import { liveObject } from "../../workers/features/events/live";
import { inboxOf, isState } from "./live-socket";

const CONFIG = { rounds: 2, roundMs: 600_000, breakMs: 120_000 };
const BASE = "https://event-live";
let now = 0;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  now = Date.now();
});
afterEach(() => vi.useRealTimers());

/** Moves the faked clock on by `ms`. */
function wait(ms: number) {
  now += ms;
  vi.setSystemTime(now);
}

const stubFor = (name: string) => liveObject(env, name);
type Stub = ReturnType<typeof stubFor>;

/** The object's answer: its state, or the error envelope. */
type Answer = Partial<StateMessage> & { error?: { code: string; message: string } };

async function call(stub: Stub, path: string, body?: unknown) {
  const init = body === undefined ? {} : { method: "POST", body: JSON.stringify(body) };
  const res = await stub.fetch(`${BASE}${path}`, init);
  return { status: res.status, body: (await res.json()) as Answer };
}
const control = (stub: Stub, action: string) => call(stub, "/control", { action });

/** A configured (and optionally started) event with a fresh id. */
async function event(start = true) {
  const stub = stubFor(crypto.randomUUID());
  expect((await call(stub, "/configure", CONFIG)).status).toBe(200);
  if (start) expect((await control(stub, "start")).status).toBe(200);
  return stub;
}

const stored = (stub: Stub) =>
  runInDurableObject(stub, async (_: EventLive, state) => ({
    clock: await state.storage.get<ClockState>("clock"),
    alarm: await state.storage.getAlarm(),
  }));

/** A WebSocket client that queues what it receives. */
async function connect(stub: Stub) {
  const res = await stub.fetch(`${BASE}/`, { headers: { Upgrade: "websocket" } });
  expect(res.status).toBe(101);
  return inboxOf(res.webSocket!);
}

describe("the live event object over HTTP", () => {
  it("has nothing to show before it is configured", async () => {
    const stub = stubFor(crypto.randomUUID());
    expect(await call(stub, "/")).toMatchObject({ status: 404, body: { error: { code: "not_configured" } } });
    expect((await control(stub, "start")).status).toBe(404);
  });

  it("is configured in the lobby and starts round 1 with an end time and an alarm", async () => {
    const stub = await event(false);
    const lobby = await call(stub, "/");
    expect(lobby).toEqual({
      status: 200,
      body: {
        type: "state",
        phase: "lobby",
        round: 0,
        rounds: 2,
        paused: false,
        endsAt: null,
        serverNow: now,
        version: 0,
      },
    });
    expect((await stored(stub)).alarm).toBeNull();
    wait(5_000);
    const started = await control(stub, "start");
    expect(started.body).toMatchObject({ phase: "round", round: 1, endsAt: now + CONFIG.roundMs, serverNow: now });
    expect((await call(stub, "/")).body).toEqual(started.body);
    expect((await stored(stub)).alarm).toBe(now + CONFIG.roundMs);
  });

  it("accepts the same config again but no other once started, and rejects bad configs", async () => {
    const stub = await event();
    expect((await call(stub, "/configure", CONFIG)).body).toMatchObject({ phase: "round", round: 1 });
    expect(await call(stub, "/configure", { ...CONFIG, rounds: 5 })).toMatchObject({
      status: 409,
      body: { error: { code: "already_started" } },
    });
    const fresh = stubFor(crypto.randomUUID());
    expect(await call(fresh, "/configure", { ...CONFIG, roundMs: "ten" })).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_config" } },
    });
    expect((await call(fresh, "/")).status).toBe(404);
  });

  it("advances by alarm: round → break → round → finished, with no alarm left", async () => {
    const stub = await event();
    const start = now;
    wait(CONFIG.roundMs);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await call(stub, "/")).body).toMatchObject({ phase: "break", round: 1, endsAt: start + 720_000 });
    expect((await stored(stub)).alarm).toBe(start + 720_000);
    wait(CONFIG.breakMs);
    await runDurableObjectAlarm(stub);
    expect((await call(stub, "/")).body).toMatchObject({ phase: "round", round: 2, endsAt: start + 1_320_000 });
    wait(CONFIG.roundMs);
    await runDurableObjectAlarm(stub);
    expect((await call(stub, "/")).body).toMatchObject({ phase: "finished", round: 2, endsAt: null });
    expect((await stored(stub)).alarm).toBeNull();
    expect(await runDurableObjectAlarm(stub)).toBe(false);
  });

  it("catches up on the schedule when the alarm is late by several phases", async () => {
    const stub = await event();
    const start = now;
    wait(CONFIG.roundMs + CONFIG.breakMs + 60_000);
    await runDurableObjectAlarm(stub);
    // Round 2 started on schedule at +12 min, not when the alarm ran.
    expect((await call(stub, "/")).body).toMatchObject({ phase: "round", round: 2, endsAt: start + 1_320_000 });
    expect((await stored(stub)).alarm).toBe(start + 1_320_000);
  });

  it("ignores an early alarm and keeps it armed", async () => {
    const stub = await event();
    const before = (await call(stub, "/")).body;
    wait(1_000);
    await runDurableObjectAlarm(stub);
    expect((await call(stub, "/")).body).toMatchObject({ phase: "round", round: 1, version: before.version });
    expect((await stored(stub)).alarm).toBe(before.endsAt);
  });

  it("pauses, extends, resumes, skips and ends on the host's actions", async () => {
    const stub = await event();
    wait(100_000);
    const paused = await control(stub, "pause");
    expect(paused.body).toMatchObject({ phase: "round", paused: true, endsAt: null, remainingMs: 500_000 });
    expect((await stored(stub)).alarm).toBeNull();
    expect((await control(stub, "extend")).body.remainingMs).toBe(560_000);
    wait(30_000);
    expect((await control(stub, "resume")).body).toMatchObject({ paused: false, endsAt: now + 560_000 });
    expect((await control(stub, "extend")).body.endsAt).toBe(now + 620_000);
    expect((await stored(stub)).alarm).toBe(now + 620_000);
    expect((await control(stub, "next")).body).toMatchObject({ phase: "break", round: 1, endsAt: now + 120_000 });
    expect((await control(stub, "next")).body).toMatchObject({ phase: "round", round: 2, endsAt: now + 600_000 });
    expect((await control(stub, "end")).body).toMatchObject({ phase: "finished", endsAt: null });
    expect((await stored(stub)).alarm).toBeNull();
  });

  it("answers 409 to actions that do not fit the phase, and 400 to unknown ones", async () => {
    const stub = await event(false);
    const refused = await control(stub, "pause");
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({ error: { code: "invalid_action", message: expect.any(String) } });
    await control(stub, "start");
    expect((await control(stub, "start")).status).toBe(409);
    expect((await control(stub, "resume")).status).toBe(409);
    await control(stub, "end");
    expect((await control(stub, "next")).status).toBe(409);
    expect(await control(stub, "explode")).toMatchObject({ status: 400, body: { error: { code: "bad_request" } } });
    expect((await call(stub, "/control", "not json")).status).toBe(400);
  });
});

describe("the live event object's WebSockets", () => {
  it("sends the state on connect and after every change, and answers pings", async () => {
    const stub = await event();
    const a = await connect(stub);
    const b = await connect(stub);
    const first = await a.next(isState);
    expect(first).toMatchObject({ type: "state", phase: "round", round: 1, serverNow: now });
    await b.next();

    wait(1_000);
    await control(stub, "pause");
    for (const client of [a, b]) {
      expect(await client.next()).toMatchObject({ type: "state", paused: true, remainingMs: 599_000, endsAt: null });
    }

    a.socket.send(JSON.stringify({ type: "ping", clientTime: 12345 }));
    expect(await a.next()).toEqual({ type: "pong", clientTime: 12345, serverNow: now });
    a.socket.send("hello");
    expect(await a.next()).toMatchObject({ type: "error", error: { code: "bad_request" } });

    // Alarms broadcast too.
    await control(stub, "resume");
    await a.next();
    wait(CONFIG.roundMs);
    await runDurableObjectAlarm(stub);
    expect(await a.next()).toMatchObject({ type: "state", phase: "break", round: 1 });
    a.socket.close(1000, "bye");
    b.socket.close(1000, "bye");
  });

  it("refuses sockets before the event is configured", async () => {
    const res = await stubFor(crypto.randomUUID()).fetch(`${BASE}/`, { headers: { Upgrade: "websocket" } });
    expect(res.status).toBe(404);
  });
});

describe("the live event object's memory", () => {
  it("keeps the state and the alarm through eviction, and hibernated sockets still get changes", async () => {
    const stub = await event();
    const client = await connect(stub);
    await client.next();
    wait(10_000);
    const paused = (await control(stub, "pause")).body;
    await client.next();

    await evictDurableObject(stub);
    // A new stub, as a reloading client's request would use.
    const again = env.EVENT_LIVE.get(stub.id);
    expect((await call(again, "/")).body).toEqual({ ...paused, serverNow: now });
    expect((await stored(again)).clock).toMatchObject({ phase: "round", pausedRemainingMs: 590_000 });

    expect((await control(again, "resume")).status).toBe(200);
    expect(await client.next()).toMatchObject({ type: "state", paused: false, endsAt: now + 590_000 });
    client.socket.send(JSON.stringify({ type: "ping", clientTime: 1 }));
    expect(await client.next()).toMatchObject({ type: "pong", clientTime: 1 });
    client.socket.close(1000, "bye");
  });

  it("re-arms a lost alarm from the stored state when the object wakes", async () => {
    const stub = await event();
    const { endsAt } = (await call(stub, "/")).body;
    await runInDurableObject(stub, (_: EventLive, state) => state.storage.deleteAlarm());
    await evictDurableObject(stub);
    expect((await stored(env.EVENT_LIVE.get(stub.id))).alarm).toBe(endsAt);
  });

  it("catches up on a request even if the alarm has not run yet", async () => {
    const stub = await event();
    wait(CONFIG.roundMs);
    expect((await call(stub, "/")).body).toMatchObject({ phase: "break", round: 1 });
    expect((await stored(stub)).clock).toMatchObject({ phase: "break", round: 1 });
  });
});
