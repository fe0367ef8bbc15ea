/**
 * Admin-run matching end to end in workerd: criteria, a run solved by the queue consumer (the test drains the queue), the
 * contract of a run, edits with hard constraints re-checked, re-runs keeping locks, publishing, and
 * the announcement mail going out once to each person.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../workers/index";
import { Client, env, mailbox, ok, signIn, uniqueEmail, type Refusal } from "../helpers";
import { seedProgram } from "../seed";
import { heldQueues, type HeldQueues } from "../queues";

/** A small company: two mentors with one seat each, a boss with a report, three mentees. */
async function setUp() {
  const queues = heldQueues();
  const ada = uniqueEmail("ada");
  const people = {
    ada: `Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,data analysis:3;public speaking:2,,,1`,
    ben: `Ben Mentor,mentor,Finance,Controller,London,Europe/London,12,,en;de,public speaking:3,,,1`,
    cy: `Cy Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,${ada},en,,data analysis:2,get better at data analysis,`,
    dee: `Dee Mentee,mentee,Sales,Associate,London,Europe/London,2,,en,,public speaking:2;data analysis:1,speak in public,`,
    eli: `Eli Mentee,mentee,Sales,Associate,Tokyo,Asia/Tokyo,2,,ja,,data analysis:1,,`,
  };
  const { admin, program, emails: e, ids } = await seedProgram({ people, emails: { ada }, worker: queues });
  return { admin, program, e, ids, queues };
}

const runsOf = (client: Client) => client.api.programs[":id"]["match-runs"];

/** Starts a run, has the queue consumer solve it, and returns it. */
async function run(client: Client, queues: HeldQueues, programId: string) {
  const started = await ok(runsOf(client).$post({ param: { id: programId } }), 202);
  expect(started).toEqual({ id: expect.any(String) });
  expect(await queues.drain("tandem-match")).toBe(1);
  return ok(runsOf(client)[":runId"].$get({ param: { id: programId, runId: started.id }, query: {} }));
}

describe("admin-run matching", () => {
  it("solves in the queue and answers with pairs, reasons, the unmatched and why", async () => {
    const { admin, program, e, queues } = await setUp();
    const result = await run(admin, queues, program.id);
    expect(result.status).toBe("done");
    expect(result.stats.matched).toBe(2);
    // Cy reports to Ada, so Ada takes Dee and Cy goes to Ben; Eli shares no language with anyone.
    const byMentee = Object.fromEntries(result.pairs.map((p) => [p.menteeEmail, p]));
    expect(byMentee[e.cy]).toMatchObject({
      mentorEmail: e.ben,
      mentorId: expect.any(String),
      score: expect.any(Number),
    });
    expect(byMentee[e.dee]).toMatchObject({ mentorEmail: e.ada });
    // Told to the organiser, with weak points apart and never among the reasons.
    expect(byMentee[e.dee]!.reasons[0]).toMatch(/^Both care about/);
    expect(byMentee[e.dee]!.watchOut).toEqual(expect.any(Array));
    for (const p of result.pairs) expect(p.reasons.join(" ")).not.toMatch(/No working hours|No shared working hours/);
    expect(result.stats.totalScore).toBe(result.pairs.reduce((s, p) => s + p.score, 0));
    expect(result.unmatched).toEqual([
      {
        personId: expect.any(String),
        email: e.eli,
        name: "Eli Mentee",
        reason: "No mentor can be paired with them (no shared language).",
      },
    ]);
  });

  it("filters a run's pairs, and lists mentors with their free seats for assigning", async () => {
    const { admin, program, e, queues } = await setUp();
    const result = await run(admin, queues, program.id);
    const param = { id: program.id, runId: result.id };
    const filtered = await ok(runsOf(admin)[":runId"].$get({ param, query: { q: "DEE" } }));
    expect(filtered.pairs.map((p) => p.menteeEmail)).toEqual([e.dee]);
    expect(filtered.totalPairs).toBe(1);
    const paged = await ok(runsOf(admin)[":runId"].$get({ param, query: { pageSize: "1", page: "2" } }));
    expect(paged).toMatchObject({ page: 2, pageSize: 1, totalPairs: 2 });
    expect(paged.pairs).toHaveLength(1);
    const mentors = await ok(runsOf(admin)[":runId"].mentors.$get({ param }));
    expect(mentors.items).toEqual([
      { id: expect.any(String), name: "Ada Mentor", email: e.ada, seatsLeft: 1, inRun: 1, paused: false },
      { id: expect.any(String), name: "Ben Mentor", email: e.ben, seatsLeft: 1, inRun: 1, paused: false },
    ]);
  });

  it("lets only the program's managers and admins run, see and publish", async () => {
    const { program, e } = await setUp();
    const outsider = await signIn(e.dee); // a participant, not a manager
    expect((await outsider.json("POST", `/api/programs/${program.id}/match-runs`)).status).toBe(404);
    expect((await outsider.json("GET", `/api/programs/${program.id}/matching`)).status).toBe(404);
    expect((await new Client().json("POST", `/api/programs/${program.id}/match-runs`)).status).toBe(401);
  });

  it("re-checks hard constraints on edits, keeps locks in re-runs, and publishes once", async () => {
    const { admin, program, e, ids, queues } = await setUp();
    const first = await run(admin, queues, program.id);
    type Edit = Parameters<ReturnType<typeof runsOf>[":runId"]["pairs"]["$post"]>[0]["json"];
    const edit = (runId: string, json: Edit) =>
      runsOf(admin)[":runId"].pairs.$post({ param: { id: program.id, runId }, query: {}, json });

    // Cy's manager is Ada: refused, with the reason.
    const refused = await ok(edit(first.id, { action: "assign", menteeId: ids.cy, mentorId: ids.ada }), 400);
    expect(refused.error.message).toMatch(/manager/);
    // Eli shares no language with Ben.
    await ok(edit(first.id, { action: "assign", menteeId: ids.eli, mentorId: ids.ben }), 400);
    const path = `/api/programs/${program.id}/match-runs/${first.id}/pairs`;
    expect((await admin.json("POST", path, { body: { action: "fly", menteeId: ids.cy } })).status).toBe(400);

    // Removing Dee leaves her unmatched with the reason, and Ada's seat free.
    const removed = await ok(edit(first.id, { action: "remove", menteeId: ids.dee }));
    expect(removed.stats.matched).toBe(1);
    expect(removed.unmatched.map((u) => u.email)).toContain(e.dee);
    // Assigning her back locks the pair.
    const assigned = await ok(edit(first.id, { action: "assign", menteeId: ids.dee, mentorId: ids.ada }));
    expect(assigned.pairs.find((p) => p.menteeId === ids.dee)).toMatchObject({
      mentorId: ids.ada,
      locked: true,
    });
    expect(assigned.unmatched.map((u) => u.email)).not.toContain(e.dee);
    // Ben is full: Ben cannot take Dee too.
    const full = await ok(edit(first.id, { action: "assign", menteeId: ids.dee, mentorId: ids.ben }), 400);
    expect(full.error.message).toMatch(/no free seat/);

    // A re-run keeps the lock; banning Ben–Cy leaves Cy without a mentor in the next run.
    await ok(edit(first.id, { action: "ban", menteeId: ids.cy }));
    const second = await run(admin, queues, program.id);
    expect(second.pairs.find((p) => p.menteeId === ids.dee)).toMatchObject({ mentorId: ids.ada, locked: true });
    expect(second.pairs.find((p) => p.menteeId === ids.cy)).toBeUndefined();
    expect(second.unmatched.find((u) => u.email === e.cy)?.reason).toBe(
      "No mentor can be paired with them (banned or paired before; their manager or report).",
    );

    const publish = () => admin.json("POST", `/api/programs/${program.id}/match-runs/${second.id}/publish`);
    const published = await publish();
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toEqual({ published: 1 });
    expect((await publish()).status).toBe(409);
    expect((await edit(second.id, { action: "unlock", menteeId: ids.dee })).status).toBe(409);

    const dee = await signIn(e.dee);
    const mine = await ok(dee.api.me.mentorships.$get({ query: {} }));
    expect(mine.items).toMatchObject([{ status: "active", role: "mentee", partner: { email: e.ada } }]);

    // Both are told, once each, by the queue consumer.
    await queues.drain("tandem-match");
    const told = (await mailbox()).filter((m) => m.subject.startsWith("Your mentoring pair"));
    expect(told.filter((m) => m.to === e.dee)).toHaveLength(1);
    expect(told.filter((m) => m.to === e.ada)).toHaveLength(1);
    expect(told.find((m) => m.to === e.dee)!.text).toMatch(/Ada Mentor .* will be your mentor/);

    // The published pair is never proposed again: a new run finds Dee with her mentor and leaves Ada full.
    const third = await run(admin, queues, program.id);
    expect(third.pairs.find((p) => p.menteeId === ids.dee)).toBeUndefined();
  });

  it("refuses to publish pairs that can no longer be made", async () => {
    const { admin, program, ids, queues } = await setUp();
    const result = await run(admin, queues, program.id);
    // Meanwhile Dee got a mentor another way.
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source) VALUES (?, ?, ?, ?, 'active', 'request')",
    )
      .bind(crypto.randomUUID(), program.id, ids.ben, ids.dee)
      .run();
    const refused = await admin.json<Refusal>("POST", `/api/programs/${program.id}/match-runs/${result.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.fields?.[ids.dee]).toMatch(/already has a mentor/);
  });

  it("validates criteria and keeps them", async () => {
    const { admin, program } = await setUp();
    const bad = await admin.json("PUT", `/api/programs/${program.id}/matching`, { body: { weights: { skills: 11 } } });
    expect(bad.status).toBe(400);
    const saved = await admin.json("PUT", `/api/programs/${program.id}/matching`, {
      body: { mode: "choice", department: "same", requestDays: 5, seniority: { minGap: 0, maxGap: 10 } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      mode: "choice",
      department: "same",
      requestDays: 5,
      seniority: { minGap: 0, maxGap: 10 },
    });
    expect((await admin.json("GET", `/api/programs/${program.id}/matching`)).body).toEqual(saved.body);
  });

  it("does a run once however often its message is delivered", async () => {
    const { admin, program, queues } = await setUp();
    const result = await run(admin, queues, program.id);
    const before = await admin.json("GET", `/api/programs/${program.id}/match-runs/${result.id}`);
    const ctx = createExecutionContext();
    const batch = createMessageBatch("tandem-match", [
      { id: "a", timestamp: new Date(), attempts: 1, body: { kind: "run", runId: result.id } },
    ]);
    await worker.queue(batch as MessageBatch<never>, env);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["a"]);
    const after = await admin.json("GET", `/api/programs/${program.id}/match-runs/${result.id}`);
    expect(after.body).toEqual(before.body);
  });

  it("retries a message while another delivery solves the run, and fails a run abandoned for long", async () => {
    const { program } = await setUp();
    const now = Date.now();
    const insert = (id: string, startedAt: number) =>
      env.DB.prepare(
        `INSERT INTO match_runs (id, program_id, status, started_at, step_claimed_at, stepped_at)
          VALUES (?1, ?2, 'running', ?3, ?3, ?3)`,
      )
        .bind(id, program.id, startedAt)
        .run();
    const busy = crypto.randomUUID();
    const abandoned = crypto.randomUUID();
    await insert(busy, now);
    await insert(abandoned, now - 60 * 60_000);
    const batch = createMessageBatch("tandem-match", [
      { id: "b", timestamp: new Date(), attempts: 1, body: { kind: "run", runId: busy } },
    ]);
    await worker.queue(batch as MessageBatch<never>, env);
    expect((await getQueueResult(batch, createExecutionContext())).retryMessages).toEqual([{ msgId: "b" }]);
    const ctx = createExecutionContext();
    worker.scheduled(createScheduledController({ scheduledTime: now }), env, ctx);
    await waitOnExecutionContext(ctx);
    const status = async (id: string) =>
      (await env.DB.prepare("SELECT status FROM match_runs WHERE id = ?").bind(id).first<{ status: string }>())!.status;
    expect(await status(abandoned)).toBe("failed");
    expect(await status(busy)).toBe("running");
  });
});
