/**
 * Surveys in workerd: a one-to-one program's default schedule, building surveys, the cron inviting
 * exactly once under doubled and missed ticks with at most two reminders, answering by the one-click
 * token until the survey closes, anonymity, and results that hide groups under five answers.
 */
import { describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import type { z } from "@hono/zod-openapi";
import worker from "../../workers/index";
import type { ByTokenSchema, SurveySchema } from "../../workers/features/surveys/schemas";
import {
  ADMIN,
  createProgram,
  env,
  mailbox,
  ok,
  refusalIn,
  signIn,
  uniqueEmail,
  createEvent,
  type BodyAt,
  type Client,
} from "../helpers";

type Survey = z.infer<typeof SurveySchema>;
type Surveys = { items: Survey[] };
type ByToken = z.infer<typeof ByTokenSchema>;
type MailStatus = BodyAt<Awaited<ReturnType<Client["api"]["admin"]["mail-status"]["$get"]>>, 200>;

const DAY = 86_400_000;

async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function people(admin: Awaited<ReturnType<typeof signIn>>, programId: string, roles: string[]) {
  const emails = roles.map((r, i) => uniqueEmail(`${r}${i}`));
  const csv = ["email,name,role", ...emails.map((e, i) => `${e},Person ${i},${roles[i]}`)].join("\n");
  const res = await admin.json("POST", `/api/programs/${programId}/people/import`, {
    raw: csv,
    headers: { "content-type": "text/csv" },
  });
  expect(res.status).toBe(200);
  const ids = await Promise.all(
    emails.map(
      async (e) => (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(e).first<{ id: string }>())!.id,
    ),
  );
  return emails.map((email, i) => ({ email, id: ids[i]! }));
}

const mailsTo = async (to: string, subject: RegExp) =>
  (await mailbox()).filter((m) => m.to === to && subject.test(m.subject));
const tokenIn = (mail: { links: string[] }) => mail.links.find((l) => l.includes("/s/"))!.split("/s/")[1]!;

describe("surveys", () => {
  it("a one-to-one program starts with a check-in and an end-of-program evaluation; managers build more", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const list = await ok(admin.api.programs[":id"].surveys.$get({ param: { id: program.id } }));
    expect(list.items.map((s) => [s.template, s.trigger])).toEqual([
      ["checkin", { anchor: "mentorship-start", offsetDays: 14 }],
      ["end", { anchor: "program-end", offsetDays: 0 }],
    ]);
    const add = (body: object) => admin.json<Survey>("POST", `/api/programs/${program.id}/surveys`, { body });
    expect((await add({ template: "nope" })).status).toBe(400);
    expect(refusalIn((await add({ title: "Only a title" })).body).error.fields).toMatchObject({
      questions: expect.any(String),
    });
    const oneOption = await add({
      title: "Bad",
      trigger: { anchor: "program-start", offsetDays: 0 },
      questions: [{ id: "q", type: "single", text: "Pick", options: ["Only"] }],
    });
    expect(oneOption.status).toBe(400);
    expect(refusalIn(oneOption.body).error.fields?.["questions.0.options"]).toBe("Give at least two options.");
    const pulse = await add({ template: "midpoint", anonymous: false, openDays: 7 });
    expect(pulse.status).toBe(201);
    expect(pulse.body).toMatchObject({ title: "Midpoint pulse", anonymous: false, openDays: 7, responseRate: null });
    const off = await admin.json<Survey>("PATCH", `/api/surveys/${pulse.body.id}`, { body: { active: false } });
    expect(off.body.active).toBe(false);
    expect((await admin.json<Surveys>("GET", `/api/programs/${program.id}/surveys`)).body.items).toHaveLength(3);
  });

  it("invites once under doubled and missed ticks, reminds at most twice, and takes answers until it closes", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const [mentor, mentee] = await people(admin, program.id, ["mentor", "mentee"]);
    const started = Date.parse("2030-03-04T09:00:00Z"); // a Monday: the ticks below fall in working hours
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', ?)",
    )
      .bind(crypto.randomUUID(), program.id, mentor!.id, mentee!.id, started)
      .run();
    const checkIn = /^Two-week check-in$/;

    await tick(started + 13 * DAY); // not yet
    expect(await mailsTo(mentee!.email, checkIn)).toHaveLength(0);
    await tick(started + 14 * DAY + 9 * 3_600_000); // due since 09:00, but 18:00 is after working hours
    expect(await mailsTo(mentee!.email, checkIn)).toHaveLength(0);
    await tick(started + 15 * DAY); // a day late: caught up
    await tick(started + 15 * DAY); // doubled
    const [invite] = await mailsTo(mentee!.email, checkIn);
    expect(await mailsTo(mentee!.email, checkIn)).toHaveLength(1);
    expect(await mailsTo(mentor!.email, checkIn)).toHaveLength(1);
    expect(invite!.text).toContain('Stop "Feedback questions and surveys" emails');
    // The invitations are one bulk send that admins follow, whichever ticks sent them.
    const sendOf = async () =>
      // Signed in anew: the ticks' housekeeping at their later time ends today's sessions.
      (await (await signIn(ADMIN)).json<MailStatus>("GET", "/api/admin/mail-status")).body.bulkSends.find(
        (b) => b.programId === program.id && b.kind === "survey",
      );
    expect(await sendOf()).toMatchObject({ label: "Invitations to “Two-week check-in”", total: 2 });

    // Reminders: four days apart, at most two, and none after answering.
    for (const d of [21, 21, 25, 29]) await tick(started + d * DAY);
    expect(await mailsTo(mentee!.email, /^Reminder: Two-week check-in$/)).toHaveLength(2);
    expect((await sendOf())!.total).toBe(2); // reminders are not invitations

    const token = tokenIn(invite!);
    // The link needs no sign-in: a client without a session opens and answers it.
    const { Client } = await import("../helpers");
    const nobody = new Client();
    const open = await nobody.json<ByToken>("GET", `/api/surveys/by-token/${token}`);
    expect(open.body).toMatchObject({ title: "Two-week check-in", anonymous: false, closed: false, answers: null });
    const respond = (answers: object) => nobody.json("POST", "/api/surveys/respond", { body: { token, answers } });
    const bad = await respond({ met: "Sometimes", fit: 7, extra: 1 });
    expect(bad.status).toBe(400);
    expect(refusalIn(bad.body).error.fields).toEqual({
      met: "Choose one of the options.",
      fit: "Choose from 1 to 5.",
      extra: "There is no such question.",
    });
    expect(refusalIn((await respond({ fit: 4 })).body).error.fields).toEqual({ met: "Please answer this question." });
    expect((await respond({ met: "Once", fit: 4 })).status).toBe(200);
    expect((await respond({ met: "Yes, more than once", fit: 5, help: "  All good " })).status).toBe(200);
    expect((await nobody.json<ByToken>("GET", `/api/surveys/by-token/${token}`)).body.answers).toEqual({
      met: "Yes, more than once",
      fit: 5,
      help: "All good",
    });
    expect((await nobody.json("GET", "/api/surveys/by-token/not-a-real-token-at-all")).status).toBe(404);

    // Not anonymous: the answer keeps its invitation.
    const rows = await env.DB.prepare(
      "SELECT r.invitation_id, i.person_id FROM survey_responses r JOIN survey_invitations i ON i.id = r.invitation_id",
    ).all<{ person_id: string }>();
    expect(rows.results.map((r) => r.person_id)).toContain(mentee!.id);

    // Closed: answers can no longer change.
    await env.DB.prepare("UPDATE survey_invitations SET closes_at = ? WHERE person_id = ?")
      .bind(Date.now() - 1, mentee!.id)
      .run();
    expect((await respond({ met: "Once", fit: 1 })).status).toBe(409);
  });

  it("gives each event a follow-up survey that its hosts see", async () => {
    const admin = await signIn(ADMIN);
    const eventId = await createEvent(admin);
    const list = await admin.json<Surveys>("GET", `/api/events/${eventId}/surveys`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ template: "event", trigger: { anchor: "event-end", offsetDays: 0 }, invited: 0 }),
    ]);
    const program = await createProgram(admin);
    const [someone] = await people(admin, program.id, ["mentee"]);
    const stranger = await signIn(someone!.email);
    expect((await stranger.json("GET", `/api/events/${eventId}/surveys`)).status).toBe(404);
    expect((await stranger.json("GET", `/api/surveys/${list.body.items[0]!.id}/results`)).status).toBe(404);
  });

  it("keeps anonymous answers apart from people, and shows no group under five answers, even by subtraction", async () => {
    let admin = await signIn(ADMIN);
    const program = await createProgram(admin, { kind: "group", startsOn: "2030-06-03", endsOn: "2030-12-20" });
    const group = await people(admin, program.id, ["mentor", "mentor", ...Array(6).fill("mentee")]);
    const survey = await admin.json<Survey>("POST", `/api/programs/${program.id}/surveys`, {
      body: {
        title: "Kick-off pulse",
        trigger: { anchor: "program-start", offsetDays: 1 },
        anonymous: true,
        questions: [
          { id: "nps", type: "nps", text: "Recommend it?", required: true },
          { id: "mood", type: "rating", text: "How do you feel?" },
          { id: "say", type: "text", text: "Anything to say?" },
        ],
      },
    });
    await tick(Date.parse("2030-06-04T10:00:00Z"));
    admin = await signIn(ADMIN);
    const scores = [10, 9, 8, 6, 10, 3, 9, 10];
    for (const [i, p] of group.entries()) {
      const [mail] = await mailsTo(p.email, /^Kick-off pulse$/);
      const body = { token: tokenIn(mail!), answers: { nps: scores[i], mood: 4, say: i === 7 ? "Great start" : "" } };
      expect((await admin.json("POST", "/api/surveys/respond", { body })).status).toBe(200);
    }
    const stored = await env.DB.prepare("SELECT invitation_id, created_at FROM survey_responses WHERE survey_id = ?")
      .bind(survey.body.id)
      .all<{ invitation_id: string | null; created_at: number }>();
    expect(stored.results).toHaveLength(8);
    expect(stored.results.every((r) => r.invitation_id === null && r.created_at % DAY === 0)).toBe(true);

    const results = await ok(admin.api.surveys[":id"].results.$get({ param: { id: survey.body.id } }));
    expect(results).toMatchObject({ invited: 8, responses: 8, responseRate: 1 });
    const question = (id: string) => results.questions.find((q) => q.id === id);
    expect(question("nps")).toMatchObject({ nps: 38 }); // (5 promoters − 2 detractors) / 8 = 37.5%
    expect(question("say")).toMatchObject({ texts: ["Great start"] });
    // Two mentors are too few to show, and so are the mentees: the overall minus them would give the mentors'.
    expect(results.groups).toEqual([
      { group: "mentee", responses: null, hidden: true, questions: [] },
      { group: "mentor", responses: null, hidden: true, questions: [] },
    ]);
    const stranger = await signIn(group[2]!.email);
    expect((await stranger.json("GET", `/api/surveys/${survey.body.id}/results`)).status).toBe(404);
  });
});
