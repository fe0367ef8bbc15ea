/**
 * Speed-mentoring events through the API in workerd: creating one, registering through its link with a
 * calendar invite, checking people in (walk-ins too), marking no-shows, and the rotation plan.
 */
import { describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import worker from "../../workers/index";
import type { z } from "@hono/zod-openapi";
import type { LiveStateSchema, MySeatsSchema, PlanSchema } from "../../workers/features/events/schemas";
import { ADMIN, ORIGIN, createProgram, env, mailbox, ok, signIn, uniqueEmail, type EventCreated } from "../helpers";
import { seedProgram } from "../seed";
import { readInvite } from "../ical-read";
import { inboxOf } from "./live-socket";

/** Two mentors and three mentees ("Person m1", …, "Person c") in a program, and an event for them. */
type LiveState = z.infer<typeof LiveStateSchema>;

async function setUp() {
  const mentor = (k: string) => ({ name: `Person ${k}`, role: "mentor" });
  const mentee = (k: string) => ({ name: `Person ${k}`, role: "mentee" });
  const people = { m1: mentor("m1"), m2: mentor("m2"), a: mentee("a"), b: mentee("b"), c: mentee("c") };
  const { admin, emails } = await seedProgram({ people });
  const created = await admin.json<EventCreated>("POST", "/api/events", {
    body: {
      title: "Speed mentoring day",
      startsAt: "2027-03-04T09:00:00Z",
      timezone: "Europe/Berlin",
      place: "Atrium",
      roundMinutes: 8,
      breakMinutes: 2,
      tables: 2,
      menteesPerTable: 1,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const key = new URL(created.body.joinUrl).searchParams.get("key")!;
  const idOf = async (email: string) =>
    (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(email).first<{ id: string }>())!.id;
  return { admin, event: created.body, key, emails, idOf };
}

describe("speed-mentoring events", () => {
  it("are created by admins and program managers, with checked input", async () => {
    const { emails } = await setUp();
    const participant = await signIn(emails.a);
    const body = {
      title: "x",
      startsAt: "2027-03-04T09:00:00Z",
      timezone: "UTC",
      roundMinutes: 5,
      breakMinutes: 1,
      tables: 3,
      menteesPerTable: 2,
    };
    expect((await participant.json("POST", "/api/events", { body })).status).toBe(403);
    const admin = await signIn(ADMIN);
    for (const bad of [{ menteesPerTable: 4 }, { timezone: "Mars/Olympus" }, { startsAt: "tomorrow" }, { rounds: 0 }]) {
      expect((await admin.json("POST", "/api/events", { body: { ...body, ...bad } })).status, JSON.stringify(bad)).toBe(
        400,
      );
    }
  });

  it("registers people through the link and sends a calendar invite", async () => {
    const { event, key, emails } = await setUp();
    const person = await signIn(emails.a);
    expect(
      (await person.json("POST", `/api/events/${event.id}/register`, { body: { key: "wrong", role: "mentee" } }))
        .status,
    ).toBe(404);
    const registered = await person.json("POST", `/api/events/${event.id}/register`, {
      body: { key, role: "mentee", interests: ["SQL"] },
    });
    expect(registered.body).toEqual({ status: "registered", role: "mentee" });
    const mail = (await mailbox()).find((m) => m.to === emails.a && /Registered: Speed mentoring day/.test(m.subject))!;
    expect(mail.text).toMatch(/Thursday, 4 March 2027 at 10:00 \(Europe\/Berlin\), at Atrium/);
    // The invite itself travels with the mail: this person's, from Tandem's address.
    expect(mail.attachments).toMatchObject([{ contentType: "text/calendar; charset=utf-8; method=REQUEST" }]);
    const attached = readInvite(await (await exports.default.fetch(ORIGIN + mail.attachments[0]!.url)).text());
    expect(attached).toMatchObject({ method: "REQUEST", uid: `${event.id}@tandem`, sequence: 0 });
    expect(attached.organizer.email).toBe("MAILTO:tandem@example.com");
    expect(attached.attendees).toEqual([{ name: "Person a", email: `mailto:${emails.a}` }]);
    const ics = mail.links.find((l) => l.includes("calendar.ics"))!;
    const res = await person.request("GET", new URL(ics).pathname + new URL(ics).search);
    expect(res.headers.get("content-type")).toMatch(/text\/calendar/);
    const text = await res.text();
    expect(text).toMatch(/BEGIN:VCALENDAR/);
    expect(text).toMatch(/DTSTART:20270304T090000Z/);
    expect(text).toMatch(/SUMMARY:Speed mentoring day/);
    // Not a host: the event's details and plan stay hidden.
    expect((await person.json("GET", `/api/events/${event.id}`)).status).toBe(404);
    expect((await person.json("GET", `/api/events/${event.id}/plan`)).status).toBe(404);
  });

  it("plans rounds for who is present, and re-plans later rounds for late arrivals", async () => {
    const { admin, event, key, emails, idOf } = await setUp();
    for (const [k, role] of [
      ["m1", "mentor"],
      ["m2", "mentor"],
      ["a", "mentee"],
      ["b", "mentee"],
      ["c", "mentee"],
    ] as const) {
      const client = await signIn(emails[k]);
      expect((await client.json("POST", `/api/events/${event.id}/register`, { body: { key, role } })).status).toBe(200);
    }
    for (const k of ["m1", "m2", "a", "b"] as const) {
      const res = await admin.json("POST", `/api/events/${event.id}/checkin`, {
        body: { personId: await idOf(emails[k]) },
      });
      expect(res.status).toBe(200);
    }
    const day = admin.api.events[":id"];
    const param = { id: event.id };
    const noShow = await ok(
      day.attendance.$post({ param, json: { personId: await idOf(emails.c), status: "no-show" } }),
    );
    // The answer is the one registration changed, not the event's every registration.
    expect(noShow).toEqual({ registration: expect.objectContaining({ email: emails.c, status: "no-show" }) });
    // The hosts' list counts who registered and who came.
    const listed = (await ok(admin.api.events.$get({ query: {} }))).items.find((e) => e.id === event.id);
    expect(listed).toMatchObject({ registered: 5, present: 4 });

    const plan = await ok(day.plan.$get({ param }));
    expect(plan.rounds).toHaveLength(2); // one round per table: everyone meets both mentors
    const [a, b] = [await idOf(emails.a), await idOf(emails.b)];
    const met = plan.rounds.flatMap((r) => r.tables.flatMap((t) => t.menteeIds.map((m) => `${t.mentorId}|${m}`)));
    expect(new Set(met).size).toBe(4);
    expect(met.every((k) => k.endsWith(a) || k.endsWith(b))).toBe(true);

    // A walk-in arrives during round 1: round 1 stays; round 2 has them.
    const walkIn = uniqueEmail("walkin");
    const added = await ok(
      day.checkin.$post({ param, json: { name: "Wally Walk-In", email: walkIn, role: "mentee" } }),
    );
    expect(added.registration).toMatchObject({ email: walkIn, name: "Wally Walk-In", walkIn: true, status: "present" });
    const again = await ok(day.plan.$post({ param, json: { afterRound: 1 } }));
    expect(again.rounds[0]).toEqual(plan.rounds[0]);
    const round2 = again.rounds[1]!;
    expect([...round2.tables.flatMap((t) => t.menteeIds), ...round2.sittingOut]).toContain(await idOf(walkIn));
    expect((await admin.json("POST", `/api/events/${event.id}/plan`, { body: { afterRound: 9 } })).status).toBe(400);

    // Each person sees their own table and partner in every round.
    const mentee = await signIn(emails.a);
    const seats = await mentee.json<z.infer<typeof MySeatsSchema>>("GET", `/api/events/${event.id}/my-seats`);
    expect(seats.body.role).toBe("mentee");
    expect(seats.body.rounds).toHaveLength(2);
    expect(["Person m1", "Person m2"]).toContain(seats.body.rounds[0]!.partners[0]!.name);
    // A round they sit out (three mentees now share two seats) has no table and no partner.
    for (const r of seats.body.rounds) expect(r.table === null).toBe(r.partners.length === 0);
    const info = await mentee.json("GET", `/api/events/${event.id}/public?key=${key}`);
    expect(info.body).toMatchObject({
      title: "Speed mentoring day",
      registration: { role: "mentee", status: "present" },
    });
    expect((await mentee.json("GET", `/api/events/${event.id}/public?key=nope`)).status).toBe(404);
  });

  it("runs the clock for hosts, and everyone registered follows it, by WebSocket or as JSON", async () => {
    const { admin, event, key, emails, idOf } = await setUp();
    for (const [k, role] of [
      ["m1", "mentor"],
      ["a", "mentee"],
    ] as const) {
      const client = await signIn(emails[k]);
      await client.json("POST", `/api/events/${event.id}/register`, { body: { key, role } });
      await admin.json("POST", `/api/events/${event.id}/checkin`, { body: { personId: await idOf(emails[k]) } });
    }
    const mentee = await signIn(emails.a);
    const lobby = await mentee.json("GET", `/api/events/${event.id}/live`);
    expect(lobby.body).toMatchObject({ type: "state", phase: "lobby", endsAt: null });
    expect((await (await signIn(emails.b)).json("GET", `/api/events/${event.id}/live`)).status).toBe(404);
    expect((await mentee.json("POST", `/api/events/${event.id}/control`, { body: { action: "start" } })).status).toBe(
      404,
    );

    // Looking at the clock never plans: that is the host's to do.
    const unplanned = await env.DB.prepare("SELECT plan FROM events WHERE id = ?")
      .bind(event.id)
      .first<{ plan: string | null }>();
    expect(unplanned!.plan).toBeNull();
    expect((await admin.json("GET", `/api/events/${event.id}/plan`)).status).toBe(200);

    // The mentee's phone connects by WebSocket before the start.
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}/api/events/${event.id}/live`, {
        headers: { upgrade: "websocket", cookie: mentee.cookie, origin: ORIGIN },
      }),
    );
    expect(res.status).toBe(101);
    const { socket, next } = inboxOf(res.webSocket!);

    const before = Date.now();
    const started = await admin.json<LiveState>("POST", `/api/events/${event.id}/control`, {
      body: { action: "start" },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ phase: "round", round: 1, paused: false });
    expect(started.body.endsAt! - before).toBeGreaterThanOrEqual(8 * 60_000 - 1000);
    expect(started.body.endsAt! - before).toBeLessThanOrEqual(8 * 60_000 + 5000);
    expect((await admin.json("POST", `/api/events/${event.id}/control`, { body: { action: "resume" } })).status).toBe(
      409,
    );
    expect((await admin.json("POST", `/api/events/${event.id}/control`, { body: { action: "fly" } })).status).toBe(400);

    const round = await next((m) => m.type === "state" && m.phase === "round");
    expect(round).toMatchObject({ round: 1, endsAt: started.body.endsAt });
    socket.send(JSON.stringify({ type: "ping", clientTime: 123 }));
    const pong = await next((m) => m.type === "pong");
    expect(pong).toMatchObject({ clientTime: 123, serverNow: expect.any(Number) });
    socket.close();

    const paused = await admin.json<LiveState>("POST", `/api/events/${event.id}/control`, {
      body: { action: "pause" },
    });
    expect(paused.body).toMatchObject({ phase: "round", paused: true, endsAt: null });
    const seen = await mentee.json("GET", `/api/events/${event.id}/live`);
    expect(seen.body).toMatchObject({ phase: "round", round: 1, paused: true, remainingMs: paused.body.remainingMs });

    // The host ends it; the clock's next ticks send everyone who came one follow-up, once.
    expect(
      (await admin.json<LiveState>("POST", `/api/events/${event.id}/control`, { body: { action: "end" } })).body.phase,
    ).toBe("finished");
    for (const at of [Date.now(), Date.now() + 1000]) {
      const ctx = createExecutionContext();
      worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
      await waitOnExecutionContext(ctx);
    }
    const followUps = (await mailbox()).filter(
      (m) => m.subject === "After Speed mentoring day: whom would you like to keep meeting?",
    );
    expect(followUps.filter((m) => m.to === emails.a)).toHaveLength(1);
    expect(followUps.filter((m) => m.to === emails.m1)).toHaveLength(1);
    expect(followUps.filter((m) => m.to === emails.b)).toHaveLength(0); // registered, never came
  });

  it("turns mutual picks into proposed mentorships in the host's program", async () => {
    const { admin, key, emails, idOf } = await setUp();
    const program = await createProgram(admin);
    const created = await admin.json<EventCreated>("POST", "/api/events", {
      body: {
        title: "Picks",
        startsAt: "2027-03-04T09:00:00Z",
        timezone: "UTC",
        roundMinutes: 5,
        breakMinutes: 0,
        tables: 1,
        menteesPerTable: 1,
        programId: program.id,
      },
    });
    const eventId = created.body.id;
    const eventKey = new URL(created.body.joinUrl).searchParams.get("key")!;
    expect(eventKey).not.toBe(key);
    const clients: Record<string, Awaited<ReturnType<typeof signIn>>> = {};
    for (const [k, role] of [
      ["m1", "mentor"],
      ["a", "mentee"],
      ["b", "mentee"],
    ] as const) {
      clients[k] = await signIn(emails[k]);
      await clients[k].json("POST", `/api/events/${eventId}/register`, { body: { key: eventKey, role } });
      await admin.json("POST", `/api/events/${eventId}/checkin`, { body: { personId: await idOf(emails[k]) } });
    }
    const plan = await admin.json<z.infer<typeof PlanSchema>>("GET", `/api/events/${eventId}/plan`);
    expect(plan.body.rounds).toHaveLength(1); // one table: one round; one mentee sits out
    const seated = plan.body.rounds[0]!.tables[0]!.menteeIds[0]!;
    const [mentor, a, b] = [await idOf(emails.m1), await idOf(emails.a), await idOf(emails.b)];
    const met = seated === a ? "a" : "b";
    const other = met === "a" ? b : a;
    // Picks come after the conversations: the host runs the event to its end first.
    for (const action of ["start", "end"]) {
      expect((await admin.json("POST", `/api/events/${eventId}/control`, { body: { action } })).status).toBe(200);
    }

    // Nobody picks someone they did not meet.
    expect(
      (await clients[met]!.json("PUT", `/api/events/${eventId}/picks`, { body: { personIds: [other] } })).status,
    ).toBe(400);
    const one = await clients[met]!.json("PUT", `/api/events/${eventId}/picks`, { body: { personIds: [mentor] } });
    expect(one.body).toEqual({ picks: [mentor], mutual: [], contacts: [] });
    const both = await clients.m1!.json("PUT", `/api/events/${eventId}/picks`, { body: { personIds: [seated] } });
    expect(both.body).toEqual({
      picks: [seated],
      mutual: [seated],
      contacts: [{ id: seated, name: `Person ${met}`, email: emails[met] }],
    });
    // Saving again changes nothing: one proposed mentorship.
    await clients.m1!.json("PUT", `/api/events/${eventId}/picks`, { body: { personIds: [seated] } });
    const rows = await env.DB.prepare(
      "SELECT mentor_id, mentee_id, status, source FROM mentorships WHERE program_id = ?",
    )
      .bind(program.id)
      .all();
    expect(rows.results).toEqual([{ mentor_id: mentor, mentee_id: seated, status: "proposed", source: "event" }]);
    // Either of them starts it; then it is active, once.
    const proposed = (await ok(clients.m1!.api.me.mentorships.$get())).items[0]!;
    expect(proposed).toMatchObject({ status: "proposed", role: "mentor" });
    expect((await clients[met]!.json("POST", `/api/mentorships/${proposed.id}/activate`)).status).toBe(200);
    expect((await clients.m1!.json("POST", `/api/mentorships/${proposed.id}/activate`)).status).toBe(409);
  });
});
