/**
 * What each page's API calls ask of D1 in a program of 10,000 people, beside the same calls in a
 * program of a few: the budget is 3 round trips a call (the session read included), so a page's cost
 * does not grow with the size of the company.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../workers/index";
import { ADMIN, ORIGIN, createEvent, env, signIn, type Client } from "../helpers";
import { meteredEnv, type Usage } from "../metered-env";
import { seedProgram } from "../seed";
import { PAGE_CALLS, companyStatements, type PageIds, type Viewer } from "../../bench/page-world";

const ROUND_TRIPS = 3;
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

type World = Record<Viewer, Client> & { ids: PageIds };

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
  const ids = {
    programId: seeded.program.id,
    mentorshipId: seeded.mentorships[0]!,
    eventId: event,
    menteeId: seeded.ids.mentee,
  };
  if (big) await env.DB.batch(companyStatements({ ...ids, mentorId: seeded.ids.mentor }).map((q) => env.DB.prepare(q)));
  return { admin: await signIn(ADMIN), mentee: mia, mentor: await seeded.as("mentor"), ids };
}

describe("page budgets", () => {
  const worlds: Record<"small" | "big", World> = {} as never;
  beforeAll(async () => {
    worlds.small = await world(false);
    worlds.big = await world(true);
  }, 120_000);

  it.each(PAGE_CALLS)("$name: at most 3 round trips, as many statements at 10,000 people as at a few", async (page) => {
    const callIn = (w: World) => ({ path: page.path(w.ids), body: page.body?.(w.ids) });
    const small = await usageOf(worlds.small[page.who], callIn(worlds.small));
    const big = await usageOf(worlds.big[page.who], callIn(worlds.big));
    expect([small.status, big.status]).toEqual([200, 200]);
    expect(big.roundTrips).toBeLessThanOrEqual(ROUND_TRIPS);
    expect(big.statements).toBe(small.statements);
  });

  it("answers a check-in at an event of 200 with the one registration it changed", async () => {
    const { admin, ids } = worlds.big;
    const checkIn = await usageOf(admin, {
      path: `/api/events/${ids.eventId}/checkin`,
      body: { personId: ids.menteeId },
    });
    expect(checkIn.status).toBe(200);
    expect(checkIn.bytes).toBeLessThan(1_000); // the whole event's registrations would be ~40 KB
  });
});
