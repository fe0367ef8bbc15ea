/**
 * Roulette in workerd: a roulette program, its people imported, and the clock writing each weekly round
 * once under doubled, concurrent, late and missed ticks, with one introduction per person; pauses, skips
 * and cadences honoured; roulette switched on in a program of another kind; bad input refused.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, env, joinAndConfirm, signIn, uniqueEmail, type Client } from "../helpers";
import { createDb } from "../../workers/platform/db";
import { writeRound } from "../../workers/features/roulette/repo/rounds";
import { HOUR, T0, WEEK, everyone, pairKeys, setUp, tick } from "./roulette-setup";

describe("roulette programs", () => {
  it("are created with a cadence of 1, 2 or 4 weeks, and refuse any other", async () => {
    const admin = await signIn(ADMIN);
    const made = await admin.json<{ id: string; slug: string; signupUrl: string; kind: string; cycleWeeks: number }>(
      "POST",
      "/api/programs",
      {
        body: { name: "Coffee", kind: "roulette", cadenceWeeks: 2 },
      },
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: "roulette", cycleWeeks: 2 });
    for (const body of [
      { name: "R", kind: "roulette", cadenceWeeks: 3 },
      { name: "R", kind: "one-to-one", cadenceWeeks: 2 },
    ]) {
      const refused = await admin.json<{ error: { fields: Record<string, string> } }>("POST", "/api/programs", {
        body,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields).toHaveProperty("cadenceWeeks");
    }
    // Joining through the shared link is opting in.
    const joined = await joinAndConfirm(made.body, uniqueEmail("joiner"), { role: "both" });
    const prefs = await joined.json<{ cadenceWeeks: number }>("GET", `/api/me/enrollments/${made.body.id}/roulette`);
    expect(prefs.body.cadenceWeeks).toBe(2);
    // Managers' input is checked too.
    const id = made.body.id;
    expect((await admin.json("GET", `/api/programs/${id}/roulette/rounds?limit=11`)).status).toBe(400);
    expect(
      (await admin.json("PUT", `/api/programs/${id}/roulette`, { body: { enabled: true, mixBy: ["height"] } })).status,
    ).toBe(400);
  });
});

describe("roulette rounds", () => {
  it("start once under doubled, concurrent, late and missed ticks, and repeat no pair", async () => {
    const names = ["a", "b", "c", "d", "e", "f"];
    const { rounds, intros, ids } = await setUp(names);
    await tick(T0 - HOUR); // before the start: nothing
    expect(await rounds()).toEqual([]);
    await tick(T0 + 5 * HOUR); // late by hours: still round 1, written
    await tick(T0 + 5 * HOUR + 60_000); // introduced
    await tick(T0 + 5 * HOUR + 60_000); // doubled
    let got = await rounds();
    expect(got.map((r) => r.round)).toEqual([1]);
    expect(everyone(got[0])).toEqual(Object.values(ids).sort());
    expect(await intros()).toHaveLength(6);
    expect(new Set((await intros()).map((m) => m.to)).size).toBe(6);

    await Promise.all([tick(T0 + WEEK + HOUR), tick(T0 + WEEK + HOUR)]); // two at once
    await Promise.all([tick(T0 + WEEK + 2 * HOUR), tick(T0 + WEEK + 2 * HOUR)]);
    await tick(T0 + 3 * WEEK + HOUR); // week 3 missed entirely: round 4 comes, round 3 never does
    await tick(T0 + 3 * WEEK + 2 * HOUR);
    got = await rounds();
    expect(got.map((r) => r.round)).toEqual([4, 2, 1]);
    expect(await intros()).toHaveLength(18);
    const keys = pairKeys(got);
    expect(new Set(keys).size).toBe(keys.length);
    const intro = (await intros())[0]!;
    expect(intro.text).toMatch(/A time inside everyone's working hours/);
    expect(intro.attachments.map((a) => a.contentType)).toEqual([expect.stringContaining("text/calendar")]);
  });

  it("leave out whoever paused or skips the round, and take each person at their cadence", async () => {
    const names = ["paused", "skipper", "slow", "p0", "p1", "p2", "p3", "p4"];
    const { rounds, ids, as, program } = await setUp(names);
    const put = (c: Client, body: unknown) =>
      c.json<{ skipRound: number | null; paused: boolean; cadenceWeeks: number }>(
        "PUT",
        `/api/me/enrollments/${program.id}/roulette`,
        { body },
      );
    expect((await put(await as("paused"), { paused: true })).body.paused).toBe(true);
    expect((await put(await as("skipper"), { skipNext: true })).body.skipRound).toBe(1);
    expect((await put(await as("slow"), { cadenceWeeks: 2 })).body.cadenceWeeks).toBe(2);
    for (const w of [0, 1, 2]) {
      await tick(T0 + w * WEEK + HOUR); // written
      await tick(T0 + w * WEEK + 2 * HOUR); // introduced
    }
    const [r3, r2, r1] = await rounds();
    const others = ["p0", "p1", "p2", "p3", "p4"].map((n) => ids[n as "p0"]);
    expect(everyone(r1)).toEqual([ids.slow, ...others].sort());
    expect(everyone(r2)).toEqual([ids.skipper, ...others].sort());
    expect(everyone(r3)).toEqual([ids.skipper, ids.slow, ...others].sort());
    expect(r3!.pairs.filter((p) => p.personIds.length === 3)).toHaveLength(1);
    expect(everyone(r3)).not.toContain(ids.paused);
  });

  it("run inside any program once its managers switch them on, for those who opt in", async () => {
    const { program, as, admin, rounds, ids } = await setUp(["a", "b", "c"], { kind: "peer", cadenceWeeks: undefined });
    const a = await as("a");
    const optIn = () => a.json("PUT", `/api/me/enrollments/${program.id}/roulette`, { body: { cadenceWeeks: 1 } });
    expect((await optIn()).status).toBe(409);
    const on = await admin.json("PUT", `/api/programs/${program.id}/roulette`, {
      body: { enabled: true, mixBy: ["location"] },
    });
    expect(on.body).toEqual({ enabled: true, mixBy: ["location"], cooldownWeeks: 26 });
    expect((await optIn()).status).toBe(200);
    await tick(T0 + HOUR);
    expect(await rounds()).toEqual([]); // one person in: no round yet
    expect(
      (await (await as("b")).json("PUT", `/api/me/enrollments/${program.id}/roulette`, { body: { cadenceWeeks: 1 } }))
        .status,
    ).toBe(200);
    await tick(T0 + 2 * HOUR);
    expect(everyone((await rounds())[0])).toEqual([ids.a, ids.b].sort());
  });

  it("keep the first writing of a round when two ticks write it at once", async () => {
    const { program, ids, rounds } = await setUp(["a", "b", "c", "d"]);
    const db = createDb(env.DB);
    const [a, b, c, d] = [ids.a!, ids.b!, ids.c!, ids.d!];
    const first = [
      [a, b],
      [c, d],
    ];
    const second = [
      [a, c],
      [b, d],
    ];
    expect(
      await Promise.all([writeRound(db, program.id, 9, T0, first), writeRound(db, program.id, 9, T0, second)]),
    ).toEqual([true, false]);
    const [nine] = await rounds();
    expect(nine!.pairs.map((p) => p.personIds.join("|")).sort()).toEqual(first.map((g) => g.sort().join("|")).sort());
  });
});
