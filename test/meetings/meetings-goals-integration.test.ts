/**
 * Meetings and goals of a pair in workerd: scheduling, moving and cancelling a meeting with one invite
 * mail per version and an .ics that updates in place, notes after it; a mentee's goals with
 * milestones, ticked by the mentee and commented by the mentor; nobody else sees any of it.
 */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { GoalSchema } from "../../workers/features/goals/schemas";
import type { MeetingSchema } from "../../workers/features/meetings/schemas";
import { mailbox, ok, signIn } from "../helpers";

type Meeting = z.infer<typeof MeetingSchema>;
type Goals = { items: z.infer<typeof GoalSchema>[] };
import { activePair } from "../seed";

async function pair() {
  const { mentorshipId, emails: pairEmails, otherEmails } = await activePair(undefined, ["Oz Other"]);
  const emails = { ...pairEmails, other: otherEmails[0]! };
  return {
    mentorshipId,
    emails,
    mentor: await signIn(emails.mentor),
    mentee: await signIn(emails.mentee),
    other: await signIn(emails.other),
  };
}

describe("meetings", () => {
  it("are scheduled, moved and cancelled with one invite per version, and take notes once started", async () => {
    const { mentorshipId, emails, mentor, mentee, other } = await pair();
    const path = `/api/mentorships/${mentorshipId}/meetings`;
    const body = { startsAt: "2031-05-06T09:00:00Z", minutes: 45, place: "Café on 3", agenda: "Career steps" };
    expect((await mentee.json("POST", path, { body: { ...body, minutes: 5 } })).status).toBe(400);
    expect((await other.json("POST", path, { body })).status).toBe(404);
    const made = await mentee.json<Meeting>("POST", path, { body });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: "meeting", minutes: 45, cancelled: false });
    const id = made.body.id;

    const toMentor = async () =>
      (await mailbox()).filter((m) => m.to === emails.mentor && /meeting|job-shadowing/.test(m.subject));
    expect((await toMentor()).map((m) => m.subject)).toEqual([
      "Mia Mentee scheduled a meeting with you: Tuesday, 6 May 2031 at 09:00 (UTC)",
    ]);
    const ics = await mentor.request("GET", `/api/meetings/${id}/calendar.ics`);
    const text = await ics.text();
    expect(text).toMatch(/UID:[^\r\n]*@tandem/);
    expect(text).toMatch(/SEQUENCE:0/);

    // Only the agenda changes: no new invite. A new time: one more, with a higher sequence.
    await mentor.json("PATCH", `/api/meetings/${id}`, { body: { agenda: "Career steps, and a book" } });
    expect(await toMentor()).toHaveLength(1);
    const moved = await mentor.json<Meeting>("PATCH", `/api/meetings/${id}`, {
      body: { startsAt: "2031-05-07T09:00:00Z" },
    });
    expect(moved.body.startsAt).toBe(Date.parse("2031-05-07T09:00:00Z"));
    const toMentee = (await mailbox()).filter((m) => m.to === emails.mentee && /moved/.test(m.subject));
    expect(toMentee).toHaveLength(1);
    expect(await (await mentee.request("GET", `/api/meetings/${id}/calendar.ics`)).text()).toMatch(/SEQUENCE:1/);
    expect((await mentee.json("PUT", `/api/meetings/${id}/notes`, { body: { notes: "Too early" } })).status).toBe(409);

    const cancelled = await mentee.json<Meeting>("POST", `/api/meetings/${id}/cancel`);
    expect(cancelled.body.cancelled).toBe(true);
    await mentee.json("POST", `/api/meetings/${id}/cancel`); // again: nothing more
    expect((await toMentor()).filter((m) => /cancelled/.test(m.subject))).toHaveLength(1);
    expect(await (await mentor.request("GET", `/api/meetings/${id}/calendar.ics`)).text()).toMatch(/STATUS:CANCELLED/);

    // A job-shadowing session that already happened takes notes.
    const past = await mentor.json<Meeting>("POST", path, {
      body: { startsAt: new Date(Date.now() - 3_600_000).toISOString(), minutes: 120, kind: "shadowing" },
    });
    const noted = await mentee.json("PUT", `/api/meetings/${past.body.id}/notes`, { body: { notes: "Saw a release" } });
    expect(noted.body).toMatchObject({ kind: "shadowing", notes: "Saw a release" });
    const meetings = await ok(mentor.api.mentorships[":id"].meetings.$get({ param: { id: mentorshipId } }));
    expect(meetings.items.map((m) => m.kind)).toEqual(["shadowing", "meeting"]);
  });
});

describe("goals", () => {
  it("are the mentee's to set and tick, the mentor's to comment on", async () => {
    const { mentorshipId, mentor, mentee, other } = await pair();
    const path = `/api/mentorships/${mentorshipId}/goals`;
    const goal = {
      horizon: "short" as const,
      title: "Lead a sprint review",
      dueOn: "2031-06-30",
      milestones: [{ title: "Watch two reviews", dueOn: "2031-06-01" }, { title: "Draft the agenda" }],
    };
    expect((await mentor.json("POST", path, { body: goal })).status).toBe(403);
    expect((await mentee.json("POST", path, { body: { ...goal, dueOn: "June" } })).status).toBe(400);
    const set = await ok(mentee.api.mentorships[":id"].goals.$post({ param: { id: mentorshipId }, json: goal }));
    const g = set.items[0]!;
    expect(g.milestones.map((s) => s.title)).toEqual(["Draft the agenda", "Watch two reviews"]);

    const first = g.milestones.find((s) => s.title === "Watch two reviews")!;
    expect((await mentor.json("PATCH", `/api/milestones/${first.id}`, { body: { done: true } })).status).toBe(403);
    const ticked = await ok(mentee.api.milestones[":id"].$patch({ param: { id: first.id }, json: { done: true } }));
    expect(ticked.items[0]!.milestones.find((s) => s.id === first.id)?.doneAt).toEqual(expect.any(Number));
    // The dashboard celebrates it, for both.
    const mine = (await ok(mentor.api.me.mentorships.$get({ query: {} }))).items.find((x) => x.id === mentorshipId);
    expect(mine?.recentMilestones).toEqual([
      { title: "Watch two reviews", goal: "Lead a sprint review", doneAt: expect.any(Number) },
    ]);
    const more = await mentee.json<Goals>("POST", `/api/goals/${g.id}/milestones`, { body: { title: "Run it" } });
    expect(more.body.items[0]!.milestones).toHaveLength(3);

    const commented = await mentor.json<Goals>("POST", `/api/goals/${g.id}/comments`, {
      body: { body: "Try the demo first." },
    });
    expect(commented.body.items[0]!.comments).toEqual([
      expect.objectContaining({ authorName: "Mo Mentor", body: "Try the demo first." }),
    ]);
    expect((await mentor.json("POST", `/api/goals/${g.id}/comments`, { body: { body: "  " } })).status).toBe(400);
    const done = await mentee.json<Goals>("PATCH", `/api/goals/${g.id}`, { body: { done: true } });
    expect(done.body.items[0]!.doneAt).toEqual(expect.any(Number));
    expect((await other.json("GET", path)).status).toBe(404);
    expect((await other.json("POST", `/api/goals/${g.id}/comments`, { body: { body: "Hi" } })).status).toBe(404);
  });
});
