/** A pair's meetings are theirs to arrange; the program's organisers read them and change nothing. */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { MeetingSchema } from "../../workers/features/meetings/schemas";
import { ADMIN, createProgram, env, mailbox, signIn, uniqueEmail, type Refusal } from "../helpers";

type Meeting = z.infer<typeof MeetingSchema>;

describe("a program manager and a pair's meetings", () => {
  it("reads them but cannot schedule, move, cancel or annotate them, and nothing is mailed", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const [mentorEmail, menteeEmail, managerEmail] = [uniqueEmail("mentor"), uniqueEmail("mentee"), uniqueEmail("mgr")];
    await admin.json("POST", `/api/programs/${program.id}/people/import`, {
      raw: `email,name,role\n${mentorEmail},Mo Mentor,mentor\n${menteeEmail},Mia Mentee,mentee`,
      headers: { "content-type": "text/csv" },
    });
    await admin.json("PUT", `/api/programs/${program.id}/managers`, { body: { emails: [managerEmail] } });
    const id = async (e: string) =>
      (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(e).first<{ id: string }>())!.id;
    const mentorshipId = crypto.randomUUID();
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', ?)",
    )
      .bind(mentorshipId, program.id, await id(mentorEmail), await id(menteeEmail), Date.now())
      .run();
    const [manager, mentee] = [await signIn(managerEmail), await signIn(menteeEmail)];
    const path = `/api/mentorships/${mentorshipId}/meetings`;
    const body = { startsAt: "2031-05-06T09:00:00Z", minutes: 45, place: "Room 1" };
    const meetingMails = async () =>
      (await mailbox()).filter((m) => [mentorEmail, menteeEmail].includes(m.to) && /meeting/.test(m.subject));

    const scheduled = await manager.json<Refusal>("POST", path, { body });
    expect(scheduled.status).toBe(403);
    expect(scheduled.body.error.message).toMatch(/Only the two people of the pair/);
    expect(await meetingMails()).toEqual([]);

    const made = await mentee.json<Meeting>("POST", path, { body });
    expect(made.status).toBe(201);
    expect((await meetingMails()).map((m) => m.subject)).toEqual([
      "Mia Mentee scheduled a meeting with you: Tuesday, 6 May 2031 at 09:00 (UTC)",
    ]);
    const meeting = `/api/meetings/${made.body.id}`;
    expect((await manager.json("PATCH", meeting, { body: { startsAt: "2031-05-07T09:00:00Z" } })).status).toBe(403);
    expect((await manager.json("POST", `${meeting}/cancel`)).status).toBe(403);
    expect((await manager.json("PUT", `${meeting}/notes`, { body: { notes: "x" } })).status).toBe(403);
    expect(await meetingMails()).toHaveLength(1);
    const read = await manager.json<{ items: Meeting[] }>("GET", path);
    expect(read.body.items).toMatchObject([
      { id: made.body.id, cancelled: false, startsAt: Date.parse(body.startsAt) },
    ]);
  });
});
