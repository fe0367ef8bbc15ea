/**
 * Mentor response times in workerd when the development clock runs ahead of the real time: a request
 * passed on by a simulated tick is sent "in the future", and answering it now must not give a
 * negative time to answer.
 */
import { describe, expect, it } from "vitest";
import { runClock } from "../../workers/clock";
import { env, ok, signIn } from "../helpers";
import { seedProgram } from "../seed";

const DAY = 86_400_000;

describe("mentor response times", () => {
  it("are never negative after the development clock moved time ahead", async () => {
    const {
      admin,
      program,
      emails: e,
      ids,
    } = await seedProgram({
      people: {
        ada: { name: "Ada Mentor", role: "mentor", capacity: 2 },
        ben: { name: "Ben Mentor", role: "mentor", capacity: 2 },
        m0: { name: "Mentee 0", role: "mentee" },
        m1: { name: "Mentee 1", role: "mentee" },
      },
    });
    await ok(
      admin.api.programs[":id"].matching.$put({ param: { id: program.id }, json: { mode: "choice", requestDays: 2 } }),
    );
    const [ada, ben] = [ids.ada, ids.ben];
    for (const mentee of [e.m0, e.m1]) {
      const asked = await (
        await signIn(mentee)
      ).json("POST", `/api/programs/${program.id}/requests`, { body: { mentorIds: [ada, ben] } });
      expect(asked.status).toBe(201);
    }
    // Ada does not answer; the development clock, three days ahead, passes both requests on to Ben.
    await runClock(env, Date.now() + 3 * DAY);
    const benClient = await signIn(e.ben);
    const { received } = await ok(benClient.api.me.requests.$get({ query: {} }));
    expect(received).toHaveLength(2);
    expect((await benClient.json("POST", `/api/requests/${received[0]!.id}/accept`)).status).toBe(200);
    expect((await benClient.json("POST", `/api/requests/${received[1]!.id}/decline`)).status).toBe(200);

    const rows = await env.DB.prepare(
      "SELECT sent_at, responded_at FROM mentor_requests WHERE mentor_id = ? AND responded_at IS NOT NULL",
    )
      .bind(ben)
      .all<{ sent_at: number; responded_at: number }>();
    expect(rows.results).toHaveLength(2);
    for (const r of rows.results) expect(r.responded_at).toBeGreaterThanOrEqual(r.sent_at);
    const responses = await ok(admin.api.programs[":id"]["mentor-responses"].$get({ param: { id: program.id } }));
    const benRow = responses.items.find((r) => r.email === e.ben);
    expect(benRow).toMatchObject({ received: 2, accepted: 1, declined: 1 });
    expect(benRow?.averageHours).toBeGreaterThanOrEqual(0);
  });
});
