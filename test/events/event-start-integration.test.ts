/**
 * Starting an event's clock needs a plan that seats at least one pair: an empty event never runs
 * rounds nobody sits in, and never mails anyone a follow-up.
 */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { LiveStateSchema } from "../../workers/features/events/schemas";
import { ADMIN, env, refusalIn, signIn, uniqueEmail, type EventCreated } from "../helpers";

describe("starting an event", () => {
  it("is refused with 409 until the plan seats a pair, and then runs", async () => {
    const admin = await signIn(ADMIN);
    const created = await admin.json<EventCreated>("POST", "/api/events", {
      body: {
        title: "Empty room",
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        timezone: "UTC",
        roundMinutes: 5,
        breakMinutes: 1,
        tables: 2,
      },
    });
    const id = created.body.id;
    const start = () => admin.json("POST", `/api/events/${id}/control`, { body: { action: "start" } });

    const empty = await start();
    expect(empty).toMatchObject({ status: 409, body: { error: { code: "nothing_planned" } } });
    expect(refusalIn(empty.body).error.message).toMatch(/Check people in and make a plan first/);
    expect((await admin.json<z.infer<typeof LiveStateSchema>>("GET", `/api/events/${id}/live`)).body.phase).toBe(
      "lobby",
    );

    // A mentor alone is still nobody to meet.
    const checkIn = (role: string) =>
      admin.json("POST", `/api/events/${id}/checkin`, {
        body: { name: `A ${role}`, email: uniqueEmail(role), role },
      });
    await checkIn("mentor");
    expect((await admin.json("POST", `/api/events/${id}/plan`, { body: {} })).status).toBe(200);
    expect((await start()).status).toBe(409);

    await checkIn("mentee");
    expect((await admin.json("POST", `/api/events/${id}/plan`, { body: {} })).status).toBe(200);
    const started = await start();
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ phase: "round", round: 1 });
    const plan = await env.DB.prepare("SELECT plan FROM events WHERE id = ?").bind(id).first<{ plan: string }>();
    expect(JSON.parse(plan!.plan)[0].tables[0].menteeIds).toHaveLength(1);
  });
});
