/**
 * A mentorship's pages in workerd once it is over for someone: withdrawing from the program, or ending
 * the mentorship early, takes its meetings and goals away from both people (its managers keep them),
 * and the dashboard no longer shows the other person's email. A completed mentorship stays readable.
 */
import { describe, expect, it } from "vitest";
import { runClock } from "../../workers/clock";
import type { z } from "@hono/zod-openapi";
import type { GoalSchema } from "../../workers/features/goals/schemas";
import { env, ok, signIn } from "../helpers";
import { activePair } from "../seed";

async function pair() {
  const { admin, program, mentorshipId, emails } = await activePair();
  const mentee = await signIn(emails.mentee);
  const meeting = await mentee.json<{ id: string }>("POST", `/api/mentorships/${mentorshipId}/meetings`, {
    body: { startsAt: new Date(Date.now() + 86_400_000).toISOString(), minutes: 30 },
  });
  expect(meeting.status).toBe(201);
  const goal = await mentee.json<{ items: z.infer<typeof GoalSchema>[] }>(
    "POST",
    `/api/mentorships/${mentorshipId}/goals`,
    {
      body: { horizon: "short", title: "Speak up in meetings", milestones: [{ title: "Once", dueOn: "2031-01-01" }] },
    },
  );
  expect(goal.status).toBe(200);
  return {
    admin,
    program,
    emails,
    mentorshipId,
    meetingId: meeting.body.id,
    goalId: goal.body.items[0]!.id,
    mentee,
    mentor: await signIn(emails.mentor),
  };
}

type Pair = Awaited<ReturnType<typeof pair>>;

/** Status of each page of the mentorship for `client`. */
async function pages(p: Pair, client: Pair["mentee"]) {
  const m = `/api/mentorships/${p.mentorshipId}`;
  return [
    (await client.json("GET", `${m}/meetings`)).status,
    (await client.json("GET", `${m}/goals`)).status,
    (await client.request("GET", `/api/meetings/${p.meetingId}/calendar.ics`)).status,
    (await client.json("PATCH", `/api/goals/${p.goalId}`, { body: { title: "Speak up more" } })).status,
    (await client.json("POST", `/api/goals/${p.goalId}/comments`, { body: { body: "Good" } })).status,
  ];
}

const partnerOf = async (client: Pair["mentee"], id: string) =>
  (await ok(client.api.me.mentorships.$get({ query: {} }))).items.find((m) => m.id === id)!.partner;

describe("a mentorship's pages", () => {
  it("close to both people when one withdraws, and the email goes from the dashboard", async () => {
    const p = await pair();
    expect(await pages(p, p.mentee)).toEqual([200, 200, 200, 200, 200]);
    expect((await partnerOf(p.mentor, p.mentorshipId)).email).toBe(p.emails.mentee);

    expect((await p.mentee.json("POST", `/api/me/enrollments/${p.program.id}/withdraw`)).status).toBe(200);
    expect(await pages(p, p.mentee)).toEqual([404, 404, 404, 404, 404]);
    expect(await pages(p, p.mentor)).toEqual([404, 404, 404, 404, 404]);
    expect((await partnerOf(p.mentor, p.mentorshipId)).email).toBeNull();
    expect((await partnerOf(p.mentee, p.mentorshipId)).email).toBeNull();
    // Nobody is reminded of a meeting of a mentorship that is over.
    await runClock(env, Date.now() + 3_600_000);
    const reminded = await env.DB.prepare("SELECT count(*) AS n FROM reminders WHERE key LIKE ?")
      .bind(`meeting:${p.meetingId}:%`)
      .first<{ n: number }>();
    expect(reminded!.n).toBe(0);
    // The program's organisers keep the record.
    expect((await p.admin.json("GET", `/api/mentorships/${p.mentorshipId}/meetings`)).status).toBe(200);
  });

  it("close to both people when the mentorship ends early, but not when it completes", async () => {
    const ended = await pair();
    const end = await ended.mentor.json("POST", `/api/mentorships/${ended.mentorshipId}/end`, {
      body: { reason: "no-time" },
    });
    expect(end.status).toBe(200);
    expect(await pages(ended, ended.mentee)).toEqual([404, 404, 404, 404, 404]);
    expect(await pages(ended, ended.mentor)).toEqual([404, 404, 404, 404, 404]);
    expect((await partnerOf(ended.mentee, ended.mentorshipId)).email).toBeNull();

    const completed = await pair();
    expect((await completed.mentor.json("POST", `/api/mentorships/${completed.mentorshipId}/complete`)).status).toBe(
      200,
    );
    expect((await completed.mentee.json("GET", `/api/mentorships/${completed.mentorshipId}/goals`)).status).toBe(200);
    expect((await partnerOf(completed.mentee, completed.mentorshipId)).email).toBe(completed.emails.mentor);
  });
});
