/**
 * After an event, each person who took part gets one mail: whom to keep meeting and the event's
 * feedback survey together, once however many ticks run, and nothing for those who never came.
 */
import { describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../workers/index";
import type { z } from "@hono/zod-openapi";
import type { LiveStateSchema } from "../../workers/features/events/schemas";
import { ADMIN, Client, env, mailbox, signIn, uniqueEmail, type EventCreated } from "../helpers";

/** A weekday morning (10:00 UTC) within the week after now: survey mail waits for working hours. */
function nextWorkingMorning() {
  const at = new Date();
  at.setUTCHours(10, 0, 0, 0);
  do at.setUTCDate(at.getUTCDate() + 1);
  while ([0, 6].includes(at.getUTCDay()));
  return at.getTime();
}

async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

describe("after an event", () => {
  it("sends who came one mail with the picks and the survey, once under doubled ticks", async () => {
    const admin = await signIn(ADMIN);
    const title = `Follow-up day ${uniqueEmail("t")}`;
    const created = await admin.json<EventCreated>("POST", "/api/events", {
      body: { title, startsAt: new Date().toISOString(), timezone: "UTC", roundMinutes: 5, breakMinutes: 0, tables: 1 },
    });
    const id = created.body.id;
    const key = new URL(created.body.joinUrl).searchParams.get("key")!;
    const [mentor, mentee, absent] = [uniqueEmail("mentor"), uniqueEmail("mentee"), uniqueEmail("absent")];
    for (const [email, role] of [
      [mentor, "mentor"],
      [mentee, "mentee"],
    ] as const) {
      await admin.json("POST", `/api/events/${id}/checkin`, { body: { name: `The ${role}`, email, role } });
    }
    // Registered by the link but never checked in.
    await new Client().json("POST", `/api/events/${id}/sign-up`, {
      body: { key, name: "Never Came", email: absent, role: "mentee" },
    });
    const control = (action: string) =>
      admin.json<z.infer<typeof LiveStateSchema>>("POST", `/api/events/${id}/control`, { body: { action } });
    expect((await control("start")).status).toBe(200);
    expect((await control("end")).body.phase).toBe("finished");

    const at = nextWorkingMorning();
    for (const t of [at, at, at + 60_000]) await tick(t);

    const after = (await mailbox()).filter(
      (m) => [mentor, mentee, absent].includes(m.to) && !/^Confirm/.test(m.subject),
    );
    for (const to of [mentor, mentee]) {
      const mine = after.filter((m) => m.to === to);
      expect(mine.map((m) => m.subject)).toEqual([`After ${title}: whom would you like to keep meeting?`]);
      const survey = mine[0]!.links.find((l) => l.includes("/s/"));
      expect(survey, "the survey's link in the same mail").toBeDefined();
      const token = survey!.split("/s/")[1]!;
      const opened = await new Client().json("GET", `/api/surveys/by-token/${token}`);
      expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    }
    expect(after.filter((m) => m.to === absent)).toEqual([]);
    const invited = await env.DB.prepare(
      "SELECT count(*) AS n FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id WHERE s.event_id = ?",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(invited!.n).toBe(2);
  });
});
