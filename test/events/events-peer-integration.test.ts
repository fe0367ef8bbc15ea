/**
 * Peer events through the API in workerd: nobody chooses a role, pairs rotate until everyone has met
 * everyone, and people who pick each other see each other's email (no mentorship is proposed).
 */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { PicksSchema } from "../../workers/features/events/schemas";
import {
  ADMIN,
  Client,
  createProgram,
  env,
  ok,
  signIn,
  uniqueEmail,
  type EventCreated,
  type Refusal,
} from "../helpers";

/** Plans an event's rounds (again after `afterRound`) as its host. */
const plan = (host: Client, id: string, json: { afterRound?: number } = {}) =>
  ok(host.api.events[":id"].plan.$post({ param: { id }, json }));

/** People known here (signing in needs that): imported into a program of their own. */
async function known(admin: Client, ...emails: string[]) {
  const program = await createProgram(admin);
  const raw = ["email,name,role", ...emails.map((e, i) => `${e},Peer ${i},mentee`)].join("\n");
  const res = await admin.json("POST", `/api/programs/${program.id}/people/import`, {
    raw,
    headers: { "content-type": "text/csv" },
  });
  expect(res.status).toBe(200);
  return emails;
}

const idOf = async (email: string) =>
  (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(email).first<{ id: string }>())!.id;

async function peerEvent(admin: Client, extra: Record<string, unknown> = {}) {
  const created = await admin.json<EventCreated>("POST", "/api/events", {
    body: {
      title: "Peer coffee roulette",
      mode: "peer",
      startsAt: "2027-05-06T09:00:00Z",
      timezone: "UTC",
      roundMinutes: 6,
      breakMinutes: 1,
      tables: 10,
      ...extra,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id, key: new URL(created.body.joinUrl).searchParams.get("key")! };
}

describe("peer events", () => {
  it("take no roles: registering as a mentor is refused, and a mentoring event still needs one", async () => {
    const admin = await signIn(ADMIN);
    const event = await peerEvent(admin);
    const [email] = await known(admin, uniqueEmail("peer"));
    const person = await signIn(email!);
    const wrong = await person.json<Refusal>("POST", `/api/events/${event.id}/register`, {
      body: { key: event.key, role: "mentor" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields?.role).toMatch(/peer event/);
    expect((await person.json("GET", `/api/events/${event.id}/public?key=${event.key}`)).body).toMatchObject({
      mode: "peer",
      registration: null,
    });
    const registered = await person.json("POST", `/api/events/${event.id}/register`, { body: { key: event.key } });
    expect(registered.body).toEqual({ status: "registered", role: "peer" });

    const mentoring = await admin.json<EventCreated>("POST", "/api/events", {
      body: {
        title: "M",
        startsAt: "2027-05-06T09:00:00Z",
        timezone: "UTC",
        roundMinutes: 5,
        breakMinutes: 0,
        tables: 2,
      },
    });
    const key = new URL(mentoring.body.joinUrl).searchParams.get("key")!;
    for (const role of [undefined, "peer"]) {
      const res = await person.json("POST", `/api/events/${mentoring.body.id}/register`, { body: { key, role } });
      expect(res.status).toBe(400);
    }
    const walkIn = await admin.json("POST", `/api/events/${mentoring.body.id}/checkin`, {
      body: { name: "No Role", email: uniqueEmail("norole") },
    });
    expect(walkIn.status).toBe(400);
    expect(
      (await ok(admin.api.events.$get({ query: {} }))).items.find((e) => e.id === mentoring.body.id),
    ).toMatchObject({ mode: "mentoring", menteesPerTable: 1, registered: 0, present: 0 });
  });

  it("pair everyone with everyone once, each sitting out once when the count is odd", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const event = await peerEvent(admin, { programId: program.id });
    const emails = await known(admin, ...Array.from({ length: 4 }, (_, i) => uniqueEmail(`peer${i}`)));
    const clients = [];
    for (const email of emails) {
      const client = await signIn(email);
      clients.push(client);
      await client.json("POST", `/api/events/${event.id}/register`, {
        body: { key: event.key, interests: ["design"] },
      });
      expect(
        (await admin.json("POST", `/api/events/${event.id}/checkin`, { body: { personId: await idOf(email) } })).status,
      ).toBe(200);
    }
    // A walk-in makes five: no role needed.
    const walkIn = uniqueEmail("walkin");
    const added = await ok(
      admin.api.events[":id"].checkin.$post({
        param: { id: event.id },
        json: { name: "Wanda Walk-In", email: walkIn },
      }),
    );
    expect(added.registration).toMatchObject({ email: walkIn, role: "peer", walkIn: true });
    const ids = await Promise.all([...emails, walkIn].map(idOf));

    const planned = await plan(admin, event.id);
    expect(planned.rounds).toHaveLength(5);
    const pairs = planned.rounds.flatMap((r) => r.tables.map((t) => [t.mentorId, ...t.menteeIds].sort().join("|")));
    expect(new Set(pairs).size).toBe(10); // 5 × 4 / 2: everyone met everyone, once
    expect(pairs).toHaveLength(10);
    expect(planned.rounds.flatMap((r) => r.sittingOut).sort()).toEqual([...ids].sort());

    // Each sees a partner in four rounds and a break in one.
    const seats = await ok(clients[0]!.api.events[":id"]["my-seats"].$get({ param: { id: event.id } }));
    expect(seats.role).toBe("peer");
    expect(seats.rounds.filter((r) => r.partners.length === 1)).toHaveLength(4);
    expect(seats.rounds.filter((r) => r.table === null)).toHaveLength(1);

    // Mutual picks share emails and propose no mentorship (picked once the event has ended).
    for (const action of ["start", "end"]) {
      expect((await admin.json("POST", `/api/events/${event.id}/control`, { body: { action } })).status).toBe(200);
    }
    const [a, b] = [ids[0]!, ids[1]!];
    await clients[0]!.json("PUT", `/api/events/${event.id}/picks`, { body: { personIds: [b] } });
    const both = await clients[1]!.json<z.infer<typeof PicksSchema>>("PUT", `/api/events/${event.id}/picks`, {
      body: { personIds: [a] },
    });
    expect(both.body.contacts).toEqual([{ id: a, name: expect.any(String), email: emails[0] }]);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM mentorships WHERE program_id = ?")
      .bind(program.id)
      .first<{ n: number }>();
    expect(rows!.n).toBe(0);
  });

  it("re-plan later rounds for someone who left, without repeating a pair", async () => {
    const admin = await signIn(ADMIN);
    const event = await peerEvent(admin);
    const emails = Array.from({ length: 6 }, (_, i) => uniqueEmail(`p${i}`));
    for (const email of emails) {
      await admin.json("POST", `/api/events/${event.id}/checkin`, { body: { name: email, email } });
    }
    const first = await plan(admin, event.id);
    expect(first.rounds).toHaveLength(5);
    const gone = await idOf(emails[0]!);
    await admin.json("POST", `/api/events/${event.id}/attendance`, { body: { personId: gone, status: "left" } });
    const again = await plan(admin, event.id, { afterRound: 2 });
    expect(again.rounds.slice(0, 2)).toEqual(first.rounds.slice(0, 2));
    const later = again.rounds.slice(2).flatMap((r) => r.tables.flatMap((t) => [t.mentorId, ...t.menteeIds]));
    expect(later).not.toContain(gone);
    const pairs = again.rounds.flatMap((r) => r.tables.map((t) => [t.mentorId, ...t.menteeIds].sort().join("|")));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
