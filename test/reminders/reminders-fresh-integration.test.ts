/**
 * Reminders checked again when they go out: a digest written by the clock waits for the person's
 * working hours and the queue, and by then what it reminds of may have changed. What is no longer due
 * is dropped at sending time, recorded as suppressed (settled, never retried), so it stays exactly-once.
 */
import { describe, expect, it } from "vitest";
import { runClock } from "../../workers/clock";
import { createDb } from "../../workers/platform/db";
import { insertMail } from "../../workers/features/mail";
import { surveyInviteMail } from "../../workers/features/surveys/mail";
import { ADMIN, createEvent, env, personId, signIn } from "../helpers";
import { heldQueues } from "../queues";
import { seedProgram } from "../seed";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const WED_10 = Date.parse("2031-05-07T10:00:00Z"); // a Wednesday, in working hours in UTC

type Outbox = { status: string; subject: string; text: string; attempts: number };
const digestOf = async (email: string) =>
  (
    await env.DB.prepare(
      "SELECT status, subject, text, attempts FROM outgoing_mail WHERE to_email = ? AND idempotency_key LIKE 'digest:%'",
    )
      .bind(email)
      .all<Outbox>()
  ).results;

async function pairWithMeeting(held: ReturnType<typeof heldQueues>) {
  const { emails, mentorships, program } = await seedProgram({
    people: {
      mentor: { name: "Mo Mentor", role: "mentor", timezone: "UTC" },
      mentee: { name: "Mia Mentee", role: "mentee", timezone: "UTC" },
    },
    pairs: [["mentor", "mentee"]],
    pairedAt: WED_10 - 7 * DAY,
  });
  const mentee = await signIn(emails.mentee, held);
  const mentorshipId = mentorships[0]!;
  const meeting = await mentee.json<{ id: string }>("POST", `/api/mentorships/${mentorshipId}/meetings`, {
    body: { startsAt: new Date(WED_10 + 20 * HOUR).toISOString(), minutes: 30 },
  });
  expect(meeting.status).toBe(201);
  return { emails, program, mentee, mentorshipId, meetingId: meeting.body.id };
}

describe("reminders out of date by the time they go out", () => {
  it("drop a cancelled meeting: a digest of it alone is not sent, a digest with more goes without it", async () => {
    const held = heldQueues();
    const { emails, mentee, mentorshipId, meetingId } = await pairWithMeeting(held);
    await mentee.json("POST", `/api/mentorships/${mentorshipId}/goals`, {
      body: { horizon: "short", title: "Present", milestones: [{ title: "Outline", dueOn: "2031-05-08" }] },
    });
    await runClock(held.env, WED_10);
    expect((await digestOf(emails.mentor)).map((m) => m.status)).toEqual(["pending"]);

    // The clock's run at that time ended this session; the mentee signs in again.
    const again = await signIn(emails.mentee, held);
    expect((await again.json("POST", `/api/meetings/${meetingId}/cancel`)).status).toBe(200);
    await held.drain("tandem-mail");

    expect(await digestOf(emails.mentor)).toMatchObject([{ status: "suppressed" }]);
    const [menteeDigest] = await digestOf(emails.mentee);
    expect(menteeDigest).toMatchObject({ status: "sent", subject: "Reminder: Milestone due tomorrow: Outline" });
    expect(menteeDigest!.text).not.toContain("Meeting with");
    // Settled: the clock finds nothing stuck to send again.
    await runClock(held.env, WED_10 + HOUR);
    await held.drain("tandem-mail");
    expect((await digestOf(emails.mentor)).map((m) => m.status)).toEqual(["suppressed"]);
  });

  it("drop a meeting that is past", async () => {
    const held = heldQueues();
    const { emails, meetingId } = await pairWithMeeting(held);
    await runClock(held.env, WED_10);
    await env.DB.prepare("UPDATE meetings SET starts_at = ? WHERE id = ?")
      .bind(Date.now() - HOUR, meetingId)
      .run();
    await held.drain("tandem-mail");
    expect(await digestOf(emails.mentor)).toMatchObject([{ status: "suppressed", attempts: 1 }]);
  });

  it("send a meeting reminder that is still due", async () => {
    const held = heldQueues();
    const { emails, mentorshipId, meetingId } = await pairWithMeeting(held);
    await runClock(held.env, WED_10);
    await held.drain("tandem-mail");
    // Its button opens the meeting on the pair's page.
    expect((await digestOf(emails.mentor))[0]!.text).toContain(`/mentorships/${mentorshipId}#meeting-${meetingId}`);
    expect(await digestOf(emails.mentor)).toMatchObject([
      { status: "sent", subject: "Reminder: Meeting with Mia Mentee on 8 May 2031 at 06:00 (UTC)" },
    ]);
  });

  it("drop an event reminder once the event has started", async () => {
    const held = heldQueues();
    const { emails } = await pairWithMeeting(held);
    const admin = await signIn(ADMIN);
    const eventId = await createEvent(admin, { startsAt: new Date(WED_10 + 22 * HOUR).toISOString() });
    const { joinUrl } = (await admin.json("GET", `/api/events/${eventId}`)).body as { joinUrl: string };
    const key = new URL(joinUrl).searchParams.get("key");
    const mentor = await signIn(emails.mentor, held);
    expect(
      (await mentor.json("POST", `/api/events/${eventId}/register`, { body: { key, role: "mentor" } })).status,
    ).toBe(200);
    await runClock(held.env, WED_10);
    expect((await digestOf(emails.mentor))[0]!.subject).toBe("Reminders: 2 things for your mentoring");
    await env.DB.prepare("UPDATE events SET starts_at = ? WHERE id = ?")
      .bind(Date.now() - 60_000, eventId)
      .run();
    await held.drain("tandem-mail");
    const [digest] = await digestOf(emails.mentor);
    expect(digest).toMatchObject({
      status: "sent",
      subject: "Reminder: Meeting with Mia Mentee on 8 May 2031 at 06:00 (UTC)",
    });
    expect(digest!.text).not.toContain("Coffee");
  });

  it("drop a request reminder once the request is answered", async () => {
    const held = heldQueues();
    const { emails, program } = await pairWithMeeting(held);
    const id = crypto.randomUUID();
    await env.DB.prepare(
      `INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
       VALUES (?, ?, ?, ?, 1, 'pending', ?, ?)`,
    )
      .bind(
        id,
        program.id,
        await personId(emails.mentee),
        await personId(emails.mentor),
        WED_10 - 3 * DAY,
        WED_10 + DAY,
      )
      .run();
    await runClock(held.env, WED_10);
    expect((await digestOf(emails.mentor))[0]!.text).toContain("waiting for your answer");
    expect((await digestOf(emails.mentor))[0]!.text).toContain(`/requests#request-${id}`);
    await env.DB.prepare("UPDATE mentor_requests SET status = 'declined' WHERE id = ?").bind(id).run();
    await held.drain("tandem-mail");
    const [digest] = await digestOf(emails.mentor);
    expect(digest).toMatchObject({
      status: "sent",
      subject: "Reminder: Meeting with Mia Mentee on 8 May 2031 at 06:00 (UTC)",
    });
    expect(digest!.text).not.toContain("waiting for your answer");
  });

  it("drop a survey reminder once answered or closed", async () => {
    const held = heldQueues();
    const { emails, program } = await pairWithMeeting(held);
    const person = await personId(emails.mentee);
    const surveyId = crypto.randomUUID();
    await env.DB.prepare(
      `INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES (?, ?, 'Check-in', '[]', '{"anchor":"paired","offsetDays":30}')`,
    )
      .bind(surveyId, program.id)
      .run();
    const db = createDb(env.DB);
    const cases = { answered: "", closed: "", open: "" } as Record<string, string>;
    for (const [i, name] of Object.keys(cases).entries()) {
      const invitation = crypto.randomUUID();
      await env.DB.prepare(
        `INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
        .bind(invitation, surveyId, person, `s${i}`, `hash-${invitation}`, Date.now() - DAY, Date.now() + 7 * DAY)
        .run();
      const mailId = crypto.randomUUID();
      const mail = surveyInviteMail(
        "en",
        "Mia",
        { title: "Check-in", about: "x", closes: "soon", anonymous: true },
        "https://t",
        "tok",
        1,
      );
      await insertMail(db, mailId, `survey-reminder:${invitation}:1`, emails.mentee, mail);
      cases[name] = mailId;
      if (name === "answered")
        await env.DB.prepare("UPDATE survey_invitations SET responded_at = ? WHERE id = ?")
          .bind(Date.now(), invitation)
          .run();
      if (name === "closed")
        await env.DB.prepare("UPDATE survey_invitations SET closes_at = ? WHERE id = ?")
          .bind(Date.now() - 1, invitation)
          .run();
    }
    await held.env.MAIL_QUEUE.sendBatch(Object.values(cases).map((mailId) => ({ body: { mailId } })));
    await held.drain("tandem-mail");
    const status = async (id: string) =>
      (await env.DB.prepare("SELECT status FROM outgoing_mail WHERE id = ?").bind(id).first<{ status: string }>())!
        .status;
    expect({
      answered: await status(cases.answered!),
      closed: await status(cases.closed!),
      open: await status(cases.open!),
    }).toEqual({ answered: "suppressed", closed: "suppressed", open: "sent" });
  });
});
