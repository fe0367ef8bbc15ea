/** A pick is about a conversation that happened: only once the round the two shared has ended. */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { LiveStateSchema, PicksSchema } from "../../workers/features/events/schemas";
import { ADMIN, createProgram, env, ok, refusalIn, signIn, uniqueEmail, type EventCreated } from "../helpers";

type Picks = z.infer<typeof PicksSchema>;

describe("picks during an event", () => {
  it("are refused with 409 until the round the two shared has ended", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const emails = [uniqueEmail("m1"), uniqueEmail("m2"), uniqueEmail("a"), uniqueEmail("b")];
    await admin.json("POST", `/api/programs/${program.id}/people/import`, {
      raw: ["email,name,role", ...emails.map((e, i) => `${e},P${i},${i < 2 ? "mentor" : "mentee"}`)].join("\n"),
      headers: { "content-type": "text/csv" },
    });
    const created = await admin.json<EventCreated>("POST", "/api/events", {
      body: {
        title: "Picks",
        startsAt: "2031-03-04T09:00:00Z",
        timezone: "UTC",
        roundMinutes: 5,
        breakMinutes: 0,
        tables: 2,
      },
    });
    const eventId = created.body.id;
    const key = new URL(created.body.joinUrl).searchParams.get("key")!;
    const idOf = async (e: string) =>
      (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(e).first<{ id: string }>())!.id;
    const clients: Awaited<ReturnType<typeof signIn>>[] = [];
    for (const [i, e] of emails.entries()) {
      const client = await signIn(e);
      await client.json("POST", `/api/events/${eventId}/register`, {
        body: { key, role: i < 2 ? "mentor" : "mentee" },
      });
      await admin.json("POST", `/api/events/${eventId}/checkin`, { body: { personId: await idOf(e) } });
      clients.push(client);
    }
    const plan = await ok(admin.api.events[":id"].plan.$post({ param: { id: eventId }, json: {} }));
    expect(plan.rounds).toHaveLength(2);
    const m1 = await idOf(emails[0]!);
    const table = (round: number) => plan.rounds[round]!.tables.find((t) => t.mentorId === m1)!;
    const [first, second] = [table(0).menteeIds[0]!, table(1).menteeIds[0]!];
    const pick = (personIds: string[]) =>
      clients[0]!.json<Picks>("PUT", `/api/events/${eventId}/picks`, { body: { personIds } });
    const control = (action: string) =>
      admin.json<z.infer<typeof LiveStateSchema>>("POST", `/api/events/${eventId}/control`, { body: { action } });

    // Before the start, and during round 1, nobody has finished talking yet.
    const early = await pick([first]);
    expect(early).toMatchObject({ status: 409, body: { error: { code: "round_not_ended" } } });
    expect(refusalIn(early.body).error.message).toMatch(/once your round together has ended/);
    expect((await control("start")).body).toMatchObject({ phase: "round", round: 1 });
    expect((await pick([first])).status).toBe(409);

    // Round 2: round 1's partner may be picked, round 2's not yet.
    expect((await control("next")).body).toMatchObject({ phase: "round", round: 2 });
    expect((await pick([first])).status).toBe(200);
    expect((await pick([first, second])).status).toBe(409);
    expect((await clients[0]!.json<Picks>("GET", `/api/events/${eventId}/picks`)).body.picks).toEqual([first]);

    expect((await control("end")).body.phase).toBe("finished");
    expect((await pick([first, second])).body.picks.sort()).toEqual([first, second].sort());
  });
});
