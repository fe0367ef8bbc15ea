/**
 * What each page's API calls ask of D1 in a program of 10,000 people, beside the same calls in a
 * program of a few: the budget is 3 round trips a call (the session read included), so a page's cost
 * does not grow with the size of the company.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../workers/index";
import { ADMIN, ORIGIN, createEvent, env, signIn, type Client } from "./helpers";
import { meteredEnv, type Usage } from "./metered-env";
import { seedProgram } from "./seed";

const ROUND_TRIPS = 3;
const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})`;

/** 10,000 more people in the program: 3,500 mentors, 6,500 mentees, 3,000 pairs, 600 requests to `mentorId`, 100 events. */
async function grow(programId: string, mentorId: string, menteeId: string, eventId: string) {
  const p = programId;
  await env.DB.batch(
    [
      `${numbers(10_000)} INSERT INTO people (id, email, name, department) SELECT '${p}-' || i, '${p}-' || i || '@scale.test', 'Person ' || i, 'Dept ' || (i % 12) FROM n`,
      `${numbers(10_000)} INSERT INTO enrollments (id, program_id, person_id, role, status, capacity, skills_offered, skills_sought, goals)
        SELECT '${p}-e' || i, '${p}', '${p}-' || i, CASE WHEN i < 3500 THEN 'mentor' ELSE 'mentee' END, 'active', 2,
          '[{"name":"negotiation","level":3}]', '[{"name":"negotiation","level":1}]', 'Goal ' || i FROM n`,
      `${numbers(3_000)} INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at)
        SELECT '${p}-m' || i, '${p}', '${p}-' || i, '${p}-' || (3500 + i), 'active', 'match', 1 FROM n`,
      `${numbers(600)} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
        SELECT '${p}-r' || i, '${p}', '${p}-' || (4000 + i), '${mentorId}', 1, 'pending', 1, 9999999999999 FROM n`,
      `${numbers(100)} INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables, mentees_per_table, program_id, join_key)
        SELECT '${p}-ev' || i, 'Event ' || i, 1900000000000 + i, 'UTC', 5, 0, 10, 1, '${p}', 'k' FROM n`,
      `${numbers(100)} INSERT INTO event_registrations (id, event_id, person_id, role)
        SELECT '${p}-evr' || i, '${p}-ev' || i, '${menteeId}', 'mentee' FROM n`,
      `${numbers(20_000)} INSERT INTO event_registrations (id, event_id, person_id, role)
        SELECT '${p}-er' || i, '${p}-ev' || (i % 100), '${p}-' || (i / 2), CASE WHEN i % 2 THEN 'mentee' ELSE 'mentor' END FROM n`,
      `${numbers(200)} INSERT INTO event_registrations (id, event_id, person_id, role)
        SELECT '${p}-ck' || i, '${eventId}', '${p}-' || i, CASE WHEN i % 2 THEN 'mentee' ELSE 'mentor' END FROM n`,
    ].map((q) => env.DB.prepare(q)),
  );
}

type Call = { path: string; body?: unknown };

async function usageOf(client: Client, { path, body }: Call): Promise<Usage & { status: number; bytes: number }> {
  const metered = meteredEnv(env);
  const ctx = createExecutionContext();
  const headers = { cookie: client.cookie, origin: ORIGIN, "content-type": "application/json" };
  const init = body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) };
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, init), metered.env, ctx);
  const bytes = (await res.arrayBuffer()).byteLength;
  await waitOnExecutionContext(ctx);
  return { ...metered.usage, status: res.status, bytes };
}

type World = {
  admin: Client;
  mentee: Client;
  mentor: Client;
  programId: string;
  mentorshipId: string;
  eventId: string;
  menteeId: string;
};

async function world(big: boolean): Promise<World> {
  const seeded = await seedProgram({
    people: { mentor: { name: "Mo Mentor", role: "mentor" }, mentee: { name: "Mia Mentee", role: "mentee" } },
    pairs: [["mentor", "mentee"]],
  });
  const event = await createEvent(seeded.admin, { programId: seeded.program.id });
  const mia = await seeded.as("mentee");
  await env.DB.prepare("INSERT INTO event_registrations (id, event_id, person_id, role) VALUES (?, ?, ?, 'mentee')")
    .bind(crypto.randomUUID(), event, seeded.ids.mentee)
    .run();
  if (big) await grow(seeded.program.id, seeded.ids.mentor, seeded.ids.mentee, event);
  return {
    admin: await signIn(ADMIN),
    mentee: mia,
    mentor: await seeded.as("mentor"),
    programId: seeded.program.id,
    mentorshipId: seeded.mentorships[0]!,
    eventId: event,
    menteeId: seeded.ids.mentee,
  };
}

const PAGES: [string, keyof Pick<World, "admin" | "mentee" | "mentor">, (w: World) => string | Call][] = [
  ["session", "mentee", () => "/api/session"],
  ["dashboard: my mentorships", "mentee", () => "/api/me/mentorships"],
  ["dashboard: my requests", "mentee", () => "/api/me/requests"],
  ["dashboard: next thing to do", "mentee", () => "/api/me/next"],
  ["dashboard: my rotations", "mentee", () => "/api/me/rotations"],
  ["dashboard: my groups", "mentee", () => "/api/me/groups"],
  ["mentorship: meetings", "mentee", (w) => `/api/mentorships/${w.mentorshipId}/meetings`],
  ["mentorship: goals", "mentee", (w) => `/api/mentorships/${w.mentorshipId}/goals`],
  ["events list", "mentee", () => "/api/events"],
  ["event page", "admin", (w) => `/api/events/${w.eventId}`],
  ["mentor's waiting requests", "mentor", () => "/api/me/requests"],
  ["programs", "admin", () => "/api/programs"],
  ["program", "admin", (w) => `/api/programs/${w.programId}`],
  ["participants", "admin", (w) => `/api/programs/${w.programId}/participants`],
  ["pairs", "admin", (w) => `/api/programs/${w.programId}/mentorships`],
  ["events list (admin)", "admin", () => "/api/events"],
  ["check-in", "admin", (w) => ({ path: `/api/events/${w.eventId}/checkin`, body: { personId: w.menteeId } })],
];

const call = (c: string | Call): Call => (typeof c === "string" ? { path: c } : c);

describe("page budgets", () => {
  const worlds: Record<"small" | "big", World> = {} as never;
  beforeAll(async () => {
    worlds.small = await world(false);
    worlds.big = await world(true);
  }, 120_000);

  it.each(PAGES)("%s: at most 3 round trips, as many statements at 10,000 people as at a few", async (_, who, path) => {
    const small = await usageOf(worlds.small[who], call(path(worlds.small)));
    const big = await usageOf(worlds.big[who], call(path(worlds.big)));
    expect([small.status, big.status]).toEqual([200, 200]);
    expect(big.roundTrips).toBeLessThanOrEqual(ROUND_TRIPS);
    expect(big.statements).toBe(small.statements);
  });

  it("answers a check-in at an event of 200 with the one registration it changed", async () => {
    const w = worlds.big;
    const checkIn = await usageOf(w.admin, {
      path: `/api/events/${w.eventId}/checkin`,
      body: { personId: w.menteeId },
    });
    expect(checkIn.status).toBe(200);
    expect(checkIn.bytes).toBeLessThan(1_000); // the whole event's registrations would be ~40 KB
  });
});
