/**
 * Rotations and groups belong to their own kinds of program: the guards refuse a stranger (401, 404)
 * before they read the body, and refuse a manager's program of the wrong kind with a 400 of its own.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, Client, createProgram, joinAndConfirm, signIn, uniqueEmail, type Refusal } from "../helpers";

/** Someone signed in who takes part in another program and manages none. */
const stranger = async (admin: Client) => joinAndConfirm(await createProgram(admin), uniqueEmail("stranger"));

const BAD_BODY = { paused: "sometimes", groupSize: "many" };

describe("program kind guards", () => {
  it("rotations are for reverse programs, and their managers only, before the body is read", async () => {
    const admin = await signIn(ADMIN);
    const mentoring = await createProgram(admin);
    const wrong = await admin.json<Refusal>("POST", `/api/programs/${mentoring.id}/rotations/pause`, {
      body: { paused: true },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("not_reverse");

    const reverse = await createProgram(admin, { kind: "reverse", startsAt: "2027-01-04", endsAt: "2027-03-28" });
    const path = `/api/programs/${reverse.id}/rotations/pause`;
    expect((await new Client().json("POST", path, { body: BAD_BODY })).status).toBe(401);
    expect((await (await stranger(admin)).json("POST", path, { body: BAD_BODY })).status).toBe(404);
    const bad = await admin.json<Refusal>("POST", path, { body: BAD_BODY });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
  });

  it("groups are for group and peer programs, and their managers only, before the body is read", async () => {
    const admin = await signIn(ADMIN);
    const peer = await createProgram(admin, { kind: "peer" });
    const path = `/api/programs/${peer.id}/groups/plan`;
    expect((await new Client().json("POST", path, { body: BAD_BODY })).status).toBe(401);
    expect((await (await stranger(admin)).json("POST", path, { body: BAD_BODY })).status).toBe(404);
    const bad = await admin.json<Refusal>("POST", path, { body: BAD_BODY });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
  });
});
