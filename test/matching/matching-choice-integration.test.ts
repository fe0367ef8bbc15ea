/**
 * Mentee's-choice matching in workerd: suggestions, ranked requests, declines and lapses moving a
 * chain on, the organisers told when it runs out, mentors paused after two lapses, capacity holding
 * under simultaneous accepts, ending early and choosing again.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import worker from "../../workers/index";
import type { MentorshipSchema, ProgramMentorship } from "../../workers/features/mentorships/schemas";
import type { MyRequestsSchema } from "../../workers/features/requests/schemas";
import { ADMIN, Client, env, mailbox, ok, refusalIn, signIn, type Refusal, type Worker } from "../helpers";

type Asked = { ids: string[] };
type MyRequests = z.infer<typeof MyRequestsSchema>;
type MyMentorships = { items: z.infer<typeof MentorshipSchema>[] };
import { heldQueues } from "../queues";
import { seedProgram } from "../seed";

const DAY = 86_400_000;

/** Three mentors (Ada and Ben with one seat, Cal with two) and `mentees` mentees, keyed m0, m1, …, in a choice program. */
async function setUp(mentees = 2, worker?: Worker) {
  const people: Record<string, string> = {
    ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,data analysis:3;public speaking:2,,,1",
    ben: "Ben Mentor,mentor,Finance,Controller,London,Europe/London,12,,en,public speaking:3,,,1",
    cal: "Cal Mentor,mentor,Legal,Counsel,Paris,Europe/Paris,20,,en,,,,2",
  };
  Array.from({ length: mentees }, (_, i) => {
    people[`m${i}`] =
      `Mentee ${i},mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,data analysis:2;public speaking:1,get better at data analysis,`;
  });
  const { admin, program, emails: e, ids } = await seedProgram({ people, worker });
  await ok(
    admin.api.programs[":id"].matching.$put({ param: { id: program.id }, json: { mode: "choice", requestDays: 2 } }),
  );
  return { admin, program, e, ids };
}

/** What a mentee is suggested, as they see it. */
const suggestionsFor = (mentee: Client, programId: string) =>
  mentee.api.programs[":id"].suggestions.$get({ param: { id: programId } });

/** Runs the cron as if it were `at`. */
async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

const mailsTo = async (to: string | undefined, subject: RegExp) =>
  (await mailbox()).filter((m) => m.to === to && subject.test(m.subject));

describe("mentee's choice", () => {
  it("suggests the best mentors side by side with what the two share", async () => {
    const { program, e } = await setUp(1);
    const mentee = await signIn(e.m0!);
    const res = await ok(suggestionsFor(mentee, program.id));
    expect(res.me).toMatchObject({ name: "Mentee 0", skillsSought: expect.any(Array) });
    expect(res.suggestions.map((s) => s.mentor.name)).toEqual(["Ada Mentor", "Ben Mentor", "Cal Mentor"]);
    const ada = res.suggestions[0]!;
    expect(ada.shared.skills).toEqual(["data analysis", "public speaking"]);
    expect(ada.reasons[0]).toBe("You both care about data analysis and public speaking");
    expect(Object.values(ada.breakdown).reduce((a, b) => a + b, 0)).toBeCloseTo(ada.score, 0);
    // A mentor cannot ask for suggestions as a mentee.
    const mentor = await signIn(e.ada!);
    expect((await mentor.json("GET", `/api/programs/${program.id}/suggestions`)).status).toBe(404);
  });

  it("validates the choices", async () => {
    const { program, e, ids } = await setUp(1);
    const mentee = await signIn(e.m0!);
    const ask = (mentorIds: string[]) =>
      mentee.json("POST", `/api/programs/${program.id}/requests`, { body: { mentorIds } });
    expect((await ask([])).status).toBe(400);
    expect((await ask([ids.ada!, ids.ada!])).status).toBe(400);
    expect((await ask([ids.ada!, ids.ben!, ids.cal!, ids.ada!])).status).toBe(400);
    const notMentor = await ask([ids.m0!]);
    expect(notMentor.status).toBe(400);
    expect(refusalIn(notMentor.body).error.fields?.["mentorIds.0"]).toMatch(/Not a mentor/);
    const count = await env.DB.prepare("SELECT count(*) AS n FROM mentor_requests WHERE mentee_id = ?")
      .bind(ids.m0)
      .first<{ n: number }>();
    expect(count!.n).toBe(0);
  });

  it("moves a request down the ranking on a decline and on silence, then tells the mentee and the organisers", async () => {
    const { program, e, ids } = await setUp(1);
    const mentee = await signIn(e.m0!);
    const asked = await mentee.json<Asked>("POST", `/api/programs/${program.id}/requests`, {
      body: { mentorIds: [ids.ada, ids.ben], message: "I would love to learn SQL from you." },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect((await mailsTo(e.ada!, /asks you to mentor/)).length).toBe(1);
    expect((await mailsTo(e.ben!, /asks you to mentor/)).length).toBe(0);
    // One chain at a time.
    expect(
      (await mentee.json("POST", `/api/programs/${program.id}/requests`, { body: { mentorIds: [ids.cal] } })).status,
    ).toBe(409);

    const ada = await signIn(e.ada!);
    const inbox = await ada.json<MyRequests>("GET", "/api/me/requests");
    expect(inbox.body.received).toMatchObject([
      { mentee: { name: "Mentee 0" }, message: "I would love to learn SQL from you.", status: "pending" },
    ]);
    const first = inbox.body.received[0]!;
    // The other side is told under `mentee` alone: the row's ids and joined columns stay behind.
    for (const key of ["mentorId", "menteeId", "otherId", "otherName"]) expect(first).not.toHaveProperty(key);
    expect((await (await signIn(e.ben!)).json("POST", `/api/requests/${first.id}/decline`)).status).toBe(404);
    expect((await ada.json("POST", `/api/requests/${first.id}/decline`)).status).toBe(200);
    expect((await ada.json("POST", `/api/requests/${first.id}/decline`)).status).toBe(409);
    expect((await mailsTo(e.ben!, /asks you to mentor/)).length).toBe(1);

    const sent = await ok(mentee.api.me.requests.$get({ query: {} }));
    expect(sent.sent.map((r) => [r.mentor.name, r.status])).toEqual([
      ["Ada Mentor", "declined"],
      ["Ben Mentor", "pending"],
    ]);

    // Ben does not answer: two days later the clock lapses it, and the chain has run out.
    await tick(Date.now() + 2 * DAY + 60_000);
    await tick(Date.now() + 2 * DAY + 120_000); // a doubled tick sends nothing twice
    const after = await ok(mentee.api.me.requests.$get({ query: {} }));
    expect(after.sent.map((r) => r.status)).toEqual(["declined", "lapsed"]);
    expect((await mailsTo(e.m0!, /About your mentor request/)).length).toBe(1);
    expect((await mailsTo(ADMIN, /needs a mentor/)).filter((m) => m.text.includes(e.m0!)).length).toBe(1);

    const admin = await signIn(ADMIN);
    const responses = await ok(admin.api.programs[":id"]["mentor-responses"].$get({ param: { id: program.id } }));
    const of = (email?: string) => responses.items.find((r) => r.email === email);
    expect(of(e.ben)).toMatchObject({ received: 1, lapsed: 1 });
    expect(of(e.ada)).toMatchObject({ received: 1, declined: 1, averageHours: expect.any(Number) });
  });

  it("pauses a mentor who lets two requests lapse, and tells them how to resume", async () => {
    const { program, e, ids } = await setUp(2);
    for (const k of ["m0", "m1"]) {
      const mentee = await signIn(e[k]!);
      const res = await mentee.json("POST", `/api/programs/${program.id}/requests`, { body: { mentorIds: [ids.cal] } });
      expect(res.status).toBe(201);
    }
    // Three days pass: the deadlines are behind us.
    await env.DB.prepare("UPDATE mentor_requests SET deadline_at = deadline_at - ? WHERE program_id = ?")
      .bind(3 * DAY, program.id)
      .run();
    await tick(Date.now());
    await tick(Date.now() + 1000);
    const paused = await mailsTo(e.cal!, /New requests paused/);
    expect(paused).toHaveLength(1);
    const cal = await signIn(e.cal!);
    const me = await ok(cal.api.me.$get());
    expect(me.enrollments.find((x) => x.programId === program.id)).toMatchObject({ pausedBecause: "lapsed" });
    // Paused: no longer suggested, and cannot be asked.
    const mentee = await signIn(e.m0!);
    const suggestions = await ok(suggestionsFor(mentee, program.id));
    expect(suggestions.suggestions.map((s) => s.mentor.name)).not.toContain("Cal Mentor");
    // Resuming clears the pause, and the old lapses no longer count.
    expect((await cal.json("POST", `/api/me/enrollments/${program.id}/resume`)).status).toBe(200);
    await tick(Date.now() + 2000);
    const again = await ok(suggestionsFor(mentee, program.id));
    expect(again.suggestions.map((s) => s.mentor.name)).toContain("Cal Mentor");
  });

  it("holds a mentor's capacity under simultaneous accepts", async () => {
    const { program, e, ids } = await setUp(3);
    const requestIds: string[] = [];
    for (const k of ["m0", "m1", "m2"]) {
      const mentee = await signIn(e[k]!);
      const res = await mentee.json<Asked>("POST", `/api/programs/${program.id}/requests`, {
        body: { mentorIds: [ids.ada, ids.ben] },
      });
      requestIds.push(res.body.ids[0]!);
    }
    const ada = await signIn(e.ada!); // one seat
    const answers = await Promise.all(requestIds.map((id) => ada.json("POST", `/api/requests/${id}/accept`)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    const open = await env.DB.prepare(
      "SELECT count(*) AS n FROM mentorships WHERE mentor_id = ? AND program_id = ? AND status = 'active'",
    )
      .bind(ids.ada, program.id)
      .first<{ n: number }>();
    expect(open!.n).toBe(1);
    // The accepted mentee's waiting choice is withdrawn; they hear the news.
    const winner = requestIds[answers.findIndex((a) => a.status === 200)]!;
    const row = await env.DB.prepare("SELECT mentee_id FROM mentor_requests WHERE id = ?")
      .bind(winner)
      .first<{ mentee_id: string }>();
    const left = await env.DB.prepare(
      "SELECT status FROM mentor_requests WHERE mentee_id = ? AND program_id = ? ORDER BY rank",
    )
      .bind(row!.mentee_id, program.id)
      .all<{ status: string }>();
    expect(left.results.map((r) => r.status)).toEqual(["accepted", "cancelled"]);
    const winnerEmail = (await env.DB.prepare("SELECT email FROM people WHERE id = ?")
      .bind(row!.mentee_id)
      .first<{ email: string }>())!.email;
    const told = await mailsTo(winnerEmail, /is your mentor in/);
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toMatch(/Ada Mentor .* accepted your request/);
  });

  it("lets either side end early without blame, after which the mentee chooses again", async () => {
    const { program, e, ids } = await setUp(1);
    const mentee = await signIn(e.m0!);
    const asked = await mentee.json<Asked>("POST", `/api/programs/${program.id}/requests`, {
      body: { mentorIds: [ids.ada] },
    });
    const ada = await signIn(e.ada!);
    expect((await ada.json("POST", `/api/requests/${asked.body.ids[0]}/accept`)).status).toBe(200);
    expect((await mentee.json("GET", `/api/programs/${program.id}/suggestions`)).status).toBe(409);

    const mine = (await mentee.json<MyMentorships>("GET", "/api/me/mentorships")).body.items[0]!;
    expect(mine).toMatchObject({ status: "active", role: "mentee", partner: { name: "Ada Mentor" } });
    // A chosen mentorship keeps why the two fit.
    expect(mine.score).toEqual(expect.any(Number));
    expect(mine.reasons[0]).toBe("You both care about data analysis and public speaking");
    expect((await mentee.json("POST", `/api/mentorships/${mine.id}/end`, { body: { reason: "blame" } })).status).toBe(
      400,
    );
    const outsider = await signIn(e.ben!);
    expect(
      (await outsider.json("POST", `/api/mentorships/${mine.id}/end`, { body: { reason: "not-a-fit" } })).status,
    ).toBe(404);
    const ended = await ada.json("POST", `/api/mentorships/${mine.id}/end`, {
      body: { reason: "no-time", note: "Too busy" },
    });
    expect(ended.status).toBe(200);
    expect((await ada.json("POST", `/api/mentorships/${mine.id}/complete`)).status).toBe(409);
    // The mentee hears it, once, without blame; the organisers see the reason and the note.
    const told = await mailsTo(e.m0, /Your mentorship in/);
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toMatch(
      /Ada Mentor ended your mentorship .*we could not find the time.*okay to part company/s,
    );
    const list = await (
      await signIn(ADMIN)
    ).json<{ items: z.infer<typeof ProgramMentorship>[] }>(
      "GET",
      `/api/programs/${program.id}/mentorships?status=ended`,
    );
    expect(list.body.items).toMatchObject([{ menteeName: "Mentee 0", endReason: "no-time", endNote: "Too busy" }]);

    const again = await ok(suggestionsFor(mentee, program.id));
    // Ada and the mentee were together once in this program: she is not suggested again.
    expect(again.suggestions.map((s) => s.mentor.name)).toEqual(["Ben Mentor", "Cal Mentor"]);
  });

  it("moves requests on and ends mentorships when someone withdraws from the program", async () => {
    const { program, e, ids } = await setUp(2);
    const first = await signIn(e.m0!);
    expect(
      (await first.json("POST", `/api/programs/${program.id}/requests`, { body: { mentorIds: [ids.ada, ids.ben] } }))
        .status,
    ).toBe(201);
    const second = await signIn(e.m1!);
    const asked = await second.json<Asked>("POST", `/api/programs/${program.id}/requests`, {
      body: { mentorIds: [ids.cal] },
    });
    const cal = await signIn(e.cal!);
    expect((await cal.json("POST", `/api/requests/${asked.body.ids[0]}/accept`)).status).toBe(200);

    // Ada leaves: Mentee 0's request goes on to Ben at once.
    const ada = await signIn(e.ada!);
    expect((await ada.json("POST", `/api/me/enrollments/${program.id}/withdraw`)).status).toBe(200);
    expect((await mailsTo(e.ben, /asks you to mentor/)).length).toBe(1);
    const chain = (await ok(first.api.me.requests.$get({ query: {} }))).sent.map((r) => r.status);
    expect(chain).toEqual(["declined", "pending"]);

    // Mentee 1 leaves: the mentorship with Cal ends and Cal hears it; Cal's seat is free again.
    expect((await second.json("POST", `/api/me/enrollments/${program.id}/withdraw`)).status).toBe(200);
    const [ended] = (await cal.json<MyMentorships>("GET", "/api/me/mentorships")).body.items;
    expect(ended).toMatchObject({ status: "ended", partner: { name: "Mentee 1" } });
    expect((await mailsTo(e.cal, /Your mentorship in/)).length).toBe(1);
  });

  it("closes choosing after the date in 'both' mode, and the admin's run takes whoever did not choose", async () => {
    const queues = heldQueues();
    const { admin, program, e, ids } = await setUp(2, queues);
    await admin.json("PUT", `/api/programs/${program.id}/matching`, {
      body: { mode: "both", choiceClosesOn: "2099-01-01" },
    });
    const chooser = await signIn(e.m0!);
    expect(
      (await chooser.json("POST", `/api/programs/${program.id}/requests`, { body: { mentorIds: [ids.ada] } })).status,
    ).toBe(201);
    await admin.json("PUT", `/api/programs/${program.id}/matching`, { body: { choiceClosesOn: "2000-01-01" } });
    const late = await signIn(e.m1!);
    const closed = await late.json<Refusal>("GET", `/api/programs/${program.id}/suggestions`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe("choice_closed");

    const runs = admin.api.programs[":id"]["match-runs"];
    const started = await ok(runs.$post({ param: { id: program.id } }), 202);
    expect(await queues.drain("tandem-match")).toBe(1);
    const run = await ok(runs[":runId"].$get({ param: { id: program.id, runId: started.id }, query: {} }));
    expect(run.status).toBe("done");
    expect(run.pairs.map((p) => p.menteeEmail)).toEqual([e.m1]);
  });

  it("skips a choice banned after the mentee asked, and tells them once the chain has run out", async () => {
    const { program, e, ids } = await setUp(1);
    const mentee = await signIn(e.m0!);
    const asked = await mentee.json<Asked>("POST", `/api/programs/${program.id}/requests`, {
      body: { mentorIds: [ids.ada, ids.ben] },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    await env.DB.prepare("INSERT INTO pair_rules (program_id, mentor_id, mentee_id, rule) VALUES (?, ?, ?, 'ban')")
      .bind(program.id, ids.ben, ids.m0)
      .run();
    const ada = await signIn(e.ada!);
    const first = (await ada.json<MyRequests>("GET", "/api/me/requests")).body.received[0]!;
    expect((await ada.json("POST", `/api/requests/${first.id}/decline`)).status).toBe(200);
    expect((await mailsTo(e.ben!, /asks you to mentor/)).length).toBe(0);
    const sent = await mentee.json<MyRequests>("GET", "/api/me/requests");
    expect(sent.body.sent.map((r) => [r.mentor.name, r.status])).toEqual([
      ["Ada Mentor", "declined"],
      ["Ben Mentor", "cancelled"],
    ]);
    expect((await mailsTo(e.m0!, /About your mentor request/)).length).toBe(1);
  });

  it("drops the rest of a chain without a word once the mentee has a mentor some other way", async () => {
    const { program, e, ids } = await setUp(1);
    const mentee = await signIn(e.m0!);
    const asked = await mentee.json<Asked>("POST", `/api/programs/${program.id}/requests`, {
      body: { mentorIds: [ids.ada, ids.ben] },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', ?)",
    )
      .bind(crypto.randomUUID(), program.id, ids.cal, ids.m0, Date.now())
      .run();
    const ada = await signIn(e.ada!);
    const first = (await ada.json<MyRequests>("GET", "/api/me/requests")).body.received[0]!;
    expect((await ada.json("POST", `/api/requests/${first.id}/decline`)).status).toBe(200);
    expect((await mailsTo(e.ben!, /asks you to mentor/)).length).toBe(0);
    const sent = await mentee.json<MyRequests>("GET", "/api/me/requests");
    expect(sent.body.sent.map((r) => r.status)).toEqual(["declined", "cancelled"]);
    expect((await mailsTo(e.m0!, /About your mentor request/)).length).toBe(0);
  });
});
