/**
 * The development clock: `POST /api/dev/tick` runs the scheduled work at a simulated time, while
 * housekeeping keeps the real one, so the person watching stays signed in.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, createProgram, ok, signIn } from "../helpers";

/** What a tick answers, as far as the rotations job reports it (the route types `done` loosely). */
type Tick = { now: number; done: { rotations: { result: { started: number } } } };

describe("the development clock", () => {
  it("runs a rotation's start at the given time and keeps everyone signed in", async () => {
    const admin = await signIn(ADMIN);
    expect((await admin.json("POST", "/api/dev/tick", { body: { now: "next tuesday" } })).status).toBe(400);
    const program = await createProgram(admin, { kind: "reverse", startsAt: "2031-02-03", endsAt: "2031-03-02" });
    await admin.json("POST", `/api/programs/${program.id}/rotations/plan`);
    const tick = await admin.json<Tick>("POST", "/api/dev/tick", { body: { now: "2031-02-03T09:00:00Z" } });
    expect(tick.status).toBe(200);
    expect(tick.body.now).toBe(Date.parse("2031-02-03T09:00:00Z"));
    expect(tick.body.done.rotations.result.started).toBeGreaterThanOrEqual(1);
    // Years ahead, yet the session made today is still good.
    const rotation = await ok(admin.api.programs[":id"].rotations.$get({ param: { id: program.id } }));
    expect(rotation.cycles[0]!.status).toBe("under way");
  });
});
