/**
 * Anonymous survey results in workerd, against tracing answers back to people: an event's follow-up
 * with one answer shows its host nothing, written answers come back in an order that says nothing of
 * who answered when, and anonymous answers keep no time finer than the day.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import worker from "../../workers/index";
import type { ResultsSchema, SurveySchema } from "../../workers/features/surveys/schemas";
import { ADMIN, env, mailbox, signIn, createEvent } from "../helpers";

type Survey = z.infer<typeof SurveySchema>;
import { seedProgram } from "../seed";

const DAY = 86_400_000;

async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** The keyed hash the results are ordered by, worked out independently of the app's code. */
async function keyedHash(surveyId: string, text: string) {
  const raw = new TextEncoder().encode(env.JWT_SECRET);
  const key = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`survey-text:${surveyId}:${text}`));
  return btoa(String.fromCharCode(...new Uint8Array(mac)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

describe("anonymous survey results", () => {
  it("show an event's host nothing while one person has answered", async () => {
    const admin = await signIn(ADMIN);
    const eventId = await createEvent(admin);
    const survey = (await admin.json<{ items: Survey[] }>("GET", `/api/events/${eventId}/surveys`)).body.items[0]!;
    expect(survey.anonymous).toBe(true);
    await env.DB.prepare(
      "INSERT INTO survey_responses (id, survey_id, response_key, role, answers) VALUES (?, ?, ?, 'mentee', ?)",
    )
      .bind(crypto.randomUUID(), survey.id, crypto.randomUUID(), JSON.stringify({ useful: 2, nps: 3 }))
      .run();
    const results = await admin.json("GET", `/api/surveys/${survey.id}/results`);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ responses: 1, hidden: true, questions: [], groups: [] });
    expect(JSON.stringify(results.body)).not.toMatch(/"average"|"distribution"/);
  });

  it("stay anonymous once someone answered: the survey cannot be made named, nor named made anonymous", async () => {
    const admin = await signIn(ADMIN);
    const eventId = await createEvent(admin, { title: "Tea", startsAt: "2030-05-07T09:00:00Z" });
    const survey = (await admin.json<{ items: Survey[] }>("GET", `/api/events/${eventId}/surveys`)).body.items[0]!;
    expect(survey.anonymous).toBe(true);
    const patch = (anonymous: boolean) => admin.json("PATCH", `/api/surveys/${survey.id}`, { body: { anonymous } });
    // Before any answer it may still change, either way.
    expect((await patch(false)).status).toBe(200);
    expect((await patch(true)).status).toBe(200);
    await env.DB.prepare(
      "INSERT INTO survey_responses (id, survey_id, response_key, role, answers) VALUES (?, ?, ?, 'mentee', ?)",
    )
      .bind(crypto.randomUUID(), survey.id, crypto.randomUUID(), JSON.stringify({ useful: 2, nps: 3 }))
      .run();
    const named = await patch(false);
    expect(named).toMatchObject({ status: 409, body: { error: { code: "has_answers" } } });
    const results = await admin.json("GET", `/api/surveys/${survey.id}/results`);
    expect(results.body).toMatchObject({ responses: 1, hidden: true, questions: [] });
  });

  it("give written answers in a keyed order, not the order of answering, and keep only the day", async () => {
    const seeded = await seedProgram({
      program: { kind: "group", startsOn: "2030-06-03", endsOn: "2030-12-20" },
      mentees: 8,
    });
    const { program } = seeded;
    let admin = seeded.admin;
    const emails = Object.values(seeded.emails);
    const survey = await admin.json<Survey>("POST", `/api/programs/${program.id}/surveys`, {
      body: {
        title: "Pulse",
        trigger: { anchor: "program-start", offsetDays: 1 },
        anonymous: true,
        questions: [{ id: "say", type: "text", text: "Anything to say?" }],
      },
    });
    await tick(Date.parse("2030-06-04T10:00:00Z"));
    admin = await signIn(ADMIN);
    const mails = await mailbox();
    const said: string[] = [];
    for (const [i, email] of emails.entries()) {
      const mail = mails.find((m) => m.to === email && m.subject === "Pulse")!;
      const token = mail.links.find((l) => l.includes("/s/"))!.split("/s/")[1]!;
      said.push(`Answer number ${i}`);
      const body = { token, answers: { say: said[i] } };
      expect((await admin.json("POST", "/api/surveys/respond", { body })).status).toBe(200);
    }
    const texts = async () =>
      (await admin.json<z.infer<typeof ResultsSchema>>("GET", `/api/surveys/${survey.body.id}/results`)).body
        .questions[0]!.texts as string[];
    const first = await texts();
    const hashes = new Map(await Promise.all(said.map(async (t) => [t, await keyedHash(survey.body.id, t)] as const)));
    expect(first).toEqual([...said].sort((a, b) => (hashes.get(a)! < hashes.get(b)! ? -1 : 1)));
    expect(await texts()).toEqual(first); // stable
    const times = await env.DB.prepare(
      `SELECT r.created_at AS t FROM survey_responses r WHERE r.survey_id = ?1
       UNION ALL SELECT i.responded_at FROM survey_invitations i WHERE i.survey_id = ?1`,
    )
      .bind(survey.body.id)
      .all<{ t: number }>();
    expect(times.results).toHaveLength(16);
    expect(times.results.every((r) => r.t % DAY === 0)).toBe(true);
  });
});
