/**
 * Admin-run matching end to end in workerd: criteria, a run solved by the real queue consumer, the
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
import { CSV_COLUMNS } from "../workers/domain/people-csv";
import worker from "../workers/index";
import { ADMIN, Client, createProgram, env, mailbox, signIn, uniqueEmail } from "./helpers";

const HEADER = CSV_COLUMNS.join(",");

/** A small company: two mentors with one seat each, a boss with a report, three mentees. */
function company() {
  const e = {
    ada: uniqueEmail("ada"),
    ben: uniqueEmail("ben"),
    cy: uniqueEmail("cy"),
    dee: uniqueEmail("dee"),
    eli: uniqueEmail("eli"),
  };
  const csv = [
    HEADER,
    `${e.ada},Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,data analysis:3;public speaking:2,,,1`,
    `${e.ben},Ben Mentor,mentor,Finance,Controller,London,Europe/London,12,,en;de,public speaking:3,,,1`,
    `${e.cy},Cy Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,${e.ada},en,,data analysis:2,get better at data analysis,`,
    `${e.dee},Dee Mentee,mentee,Sales,Associate,London,Europe/London,2,,en,,public speaking:2;data analysis:1,speak in public,`,
    `${e.eli},Eli Mentee,mentee,Sales,Associate,Tokyo,Asia/Tokyo,2,,ja,,data analysis:1,,`,
  ].join("\n");
  return { e, csv };
}

async function setUp() {
  const admin = await signIn(ADMIN);
  const program = await createProgram(admin);
  const { e, csv } = company();
  const imported = await admin.json("POST", `/api/programs/${program.id}/people/import`, {
    raw: csv,
    headers: { "content-type": "text/csv" },
  });
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  const ids = Object.fromEntries(
    await Promise.all(
      Object.entries(e).map(async ([k, email]) => {
        const row = await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(email).first<{ id: string }>();
        return [k, row!.id];
      }),
    ),
  ) as Record<keyof typeof e, string>;
  return { admin, program, e, ids };
}

/** Polls a run until the queue consumer has finished it. */
async function finished(client: Client, programId: string, runId: string) {
  for (let i = 0; i < 100; i++) {
    const res = await client.json("GET", `/api/programs/${programId}/match-runs/${runId}`);
    expect(res.status).toBe(200);
    if (res.body.status === "done" || res.body.status === "failed") return res.body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the run did not finish");
}

async function run(client: Client, programId: string) {
  const started = await client.json("POST", `/api/programs/${programId}/match-runs`);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  expect(started.body).toEqual({ id: expect.any(String) });
  return finished(client, programId, started.body.id);
}

describe("admin-run matching", () => {
  it("solves in the queue and answers with pairs, reasons, the unmatched and why", async () => {
    const { admin, program, e } = await setUp();
    const result = await run(admin, program.id);
    expect(result.status).toBe("done");
    expect(result.stats.matched).toBe(2);
    // Cy reports to Ada, so Ada takes Dee and Cy goes to Ben; Eli shares no language with anyone.
    const byMentee = Object.fromEntries(result.pairs.map((p: any) => [p.menteeEmail, p]));
    expect(byMentee[e.cy]).toMatchObject({
      mentorEmail: e.ben,
      mentorId: expect.any(String),
      score: expect.any(Number),
    });
    expect(byMentee[e.dee]).toMatchObject({ mentorEmail: e.ada });
    expect(byMentee[e.dee].reasons[0]).toMatch(/You both care about/);
    expect(result.stats.totalScore).toBe(result.pairs.reduce((s: number, p: any) => s + p.score, 0));
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
    const { admin, program, e } = await setUp();
    const result = await run(admin, program.id);
    const filtered = await admin.json("GET", `/api/programs/${program.id}/match-runs/${result.id}?q=DEE`);
    expect(filtered.body.pairs.map((p: any) => p.menteeEmail)).toEqual([e.dee]);
    expect(filtered.body.totalPairs).toBe(1);
    const paged = await admin.json("GET", `/api/programs/${program.id}/match-runs/${result.id}?pageSize=1&page=2`);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, totalPairs: 2 });
    expect(paged.body.pairs).toHaveLength(1);
    const mentors = await admin.json("GET", `/api/programs/${program.id}/match-runs/${result.id}/mentors`);
    expect(mentors.body.items).toEqual([
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
    const { admin, program, e, ids } = await setUp();
    const first = await run(admin, program.id);
    const edit = (runId: string, body: unknown) =>
      admin.json("POST", `/api/programs/${program.id}/match-runs/${runId}/pairs`, { body });

    // Cy's manager is Ada: refused, with the reason.
    const refused = await edit(first.id, { action: "assign", menteeId: ids.cy, mentorId: ids.ada });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/manager/);
    // Eli shares no language with Ben.
    const noLanguage = await edit(first.id, { action: "assign", menteeId: ids.eli, mentorId: ids.ben });
    expect(noLanguage.status).toBe(400);
    expect((await edit(first.id, { action: "fly", menteeId: ids.cy })).status).toBe(400);

    // Removing Dee leaves her unmatched with the reason, and Ada's seat free.
    const removed = await edit(first.id, { action: "remove", menteeId: ids.dee });
    expect(removed.status).toBe(200);
    expect(removed.body.stats.matched).toBe(1);
    expect(removed.body.unmatched.map((u: any) => u.email)).toContain(e.dee);
    // Assigning her back locks the pair.
    const assigned = await edit(first.id, { action: "assign", menteeId: ids.dee, mentorId: ids.ada });
    expect(assigned.status).toBe(200);
    expect(assigned.body.pairs.find((p: any) => p.menteeId === ids.dee)).toMatchObject({
      mentorId: ids.ada,
      locked: true,
    });
    expect(assigned.body.unmatched.map((u: any) => u.email)).not.toContain(e.dee);
    // Ben is full: Ben cannot take Dee too.
    const full = await edit(first.id, { action: "assign", menteeId: ids.dee, mentorId: ids.ben });
    expect(full.status).toBe(400);
    expect(full.body.error.message).toMatch(/no free seat/);

    // A re-run keeps the lock; banning Ben–Cy leaves Cy without a mentor in the next run.
    const banned = await edit(first.id, { action: "ban", menteeId: ids.cy });
    expect(banned.status).toBe(200);
    const second = await run(admin, program.id);
    expect(second.pairs.find((p: any) => p.menteeId === ids.dee)).toMatchObject({ mentorId: ids.ada, locked: true });
    expect(second.pairs.find((p: any) => p.menteeId === ids.cy)).toBeUndefined();
    expect(second.unmatched.find((u: any) => u.email === e.cy).reason).toBe(
      "No mentor can be paired with them (banned or paired before; their manager or report).",
    );

    const publish = () => admin.json("POST", `/api/programs/${program.id}/match-runs/${second.id}/publish`);
    const published = await publish();
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toEqual({ published: 1 });
    expect((await publish()).status).toBe(409);
    expect((await edit(second.id, { action: "unlock", menteeId: ids.dee })).status).toBe(409);

    const dee = await signIn(e.dee);
    const mine = await dee.json("GET", "/api/me/mentorships");
    expect(mine.body.items).toMatchObject([{ status: "active", role: "mentee", partner: { email: e.ada } }]);

    // Both are told, once each, by the queue consumer.
    for (let i = 0; i < 50; i++) {
      const told = (await mailbox()).filter(
        (m) => m.subject.startsWith("Your mentoring pair") && [e.ada, e.dee].includes(m.to),
      );
      if (told.length >= 2) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const told = (await mailbox()).filter((m) => m.subject.startsWith("Your mentoring pair"));
    expect(told.filter((m) => m.to === e.dee)).toHaveLength(1);
    expect(told.filter((m) => m.to === e.ada)).toHaveLength(1);
    expect(told.find((m) => m.to === e.dee)!.text).toMatch(/Ada Mentor .* will be your mentor/);

    // The published pair is never proposed again: a new run finds Dee with her mentor and leaves Ada full.
    const third = await run(admin, program.id);
    expect(third.pairs.find((p: any) => p.menteeId === ids.dee)).toBeUndefined();
  });

  it("refuses to publish pairs that can no longer be made", async () => {
    const { admin, program, ids } = await setUp();
    const result = await run(admin, program.id);
    // Meanwhile Dee got a mentor another way.
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source) VALUES (?, ?, ?, ?, 'active', 'request')",
    )
      .bind(crypto.randomUUID(), program.id, ids.ben, ids.dee)
      .run();
    const refused = await admin.json("POST", `/api/programs/${program.id}/match-runs/${result.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.fields[ids.dee]).toMatch(/already has a mentor/);
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
    const { admin, program } = await setUp();
    const result = await run(admin, program.id);
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
      env.DB.prepare("INSERT INTO match_runs (id, program_id, status, started_at) VALUES (?, ?, 'running', ?)")
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
