/**
 * The clock at 10,000 people: each job stays within a fixed budget of D1 statements and subrequests
 * (all of them together under Cloudflare's 1,000 queries and 1,000 subrequests per invocation), leaves
 * the rest for the next tick, and one job that fails does not keep the others from running.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CLOCK_JOBS, runClock } from "../../workers/clock";
import { env } from "../helpers";
import { meteredEnv } from "../metered-env";

const NOW = Date.parse("2031-03-04T10:00:00Z"); // a Tuesday, in everyone's (UTC) working hours
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PEOPLE = 10_000;

/** Each job's most statements and subrequests in one tick; together under 1,000 of each. */
const BUDGET: Record<string, { statements: number; subrequests: number }> = {
  mail: { statements: 2, subrequests: 10 }, // one read of at most 1,000 stuck mails; the rest are queue sends
  purged: { statements: 4, subrequests: 0 },
  importsPruned: { statements: 1, subrequests: 0 },
  auditPruned: { statements: 1, subrequests: 0 },
  lapsed: { statements: 250, subrequests: 60 },
  abandonedRuns: { statements: 1, subrequests: 0 },
  eventFollowUps: { statements: 30, subrequests: 30 },
  rotations: { statements: 220, subrequests: 210 },
  roulette: { statements: 30, subrequests: 12 },
  surveys: { statements: 200, subrequests: 110 },
  reminders: { statements: 10, subrequests: 0 },
  digests: { statements: 30, subrequests: 30 },
  quietPairsEnded: { statements: 200, subrequests: 60 },
  monthlyReports: { statements: 8, subrequests: 2 },
  retention: { statements: 12, subrequests: 2 },
};

/** Rows 0 … n-1 from a recursive CTE, so seeding takes a few statements and no parameters per row. */
const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})`;
const day = new Date(NOW).toISOString().slice(0, 10);

async function seed() {
  const trigger = (anchor: string) => JSON.stringify({ anchor, offsetDays: 0 });
  await env.DB.batch(
    [
      `${numbers(PEOPLE)} INSERT INTO people (id, email, name, timezone)
        SELECT 'bp-' || i, 'bp' || i || '@budget.test', 'Person ' || i, 'UTC' FROM n`,
      `INSERT INTO programs (id, slug, name, kind, join_key, match_mode, starts_on)
        VALUES ('b-choice', 'b-choice', 'Budget choice', 'one-to-one', 'k', 'choice', '${day}'),
          ('b-reverse', 'b-reverse', 'Budget reverse', 'reverse', 'k', 'admin', '${day}')`,
      `${numbers(PEOPLE)} INSERT INTO enrollments (id, program_id, person_id, role, status)
        SELECT 'be-c-' || i, 'b-choice', 'bp-' || i, CASE WHEN i < 2000 THEN 'mentor' ELSE 'mentee' END, 'active' FROM n`,
      `${numbers(PEOPLE)} INSERT INTO enrollments (id, program_id, person_id, role, status)
        SELECT 'be-r-' || i, 'b-reverse', 'bp-' || i, CASE WHEN i < 5000 THEN 'junior' ELSE 'senior' END, 'active' FROM n`,
      // 900 requests past their deadline: 600 chains with a second choice waiting, 300 with none.
      `${numbers(900)} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
        SELECT 'br1-' || i, 'b-choice', 'bp-' || (2000 + i), 'bp-' || (i % 300), 1, 'pending', ${NOW - 4 * DAY}, ${NOW - DAY} FROM n`,
      `${numbers(600)} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status)
        SELECT 'br2-' || i, 'b-choice', 'bp-' || (2000 + i), 'bp-' || (300 + i % 300), 2, 'waiting' FROM n`,
      // 50 finished events of 500 people who came, and 60 planned ones whose clocks nobody started.
      `${numbers(110)} INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables,
          mentees_per_table, join_key, plan, finished_at)
        SELECT 'bev-' || i, 'Event ' || i, ${NOW - 2 * HOUR}, 'UTC', 5, 1, 10, 1, 'k', '[]',
          CASE WHEN i < 50 THEN ${NOW - HOUR} END FROM n`,
      `${numbers(25_000)} INSERT INTO event_registrations (id, event_id, person_id, role, status)
        SELECT 'bereg-' || i, 'bev-' || (i / 500), 'bp-' || (((i / 500) * 200 + i % 500) % ${PEOPLE}), 'mentee', 'present' FROM n`,
      // A survey for the whole program at its start, and each finished event's follow-up survey.
      `INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES ('bs-program', 'b-choice', 'Start', '[]', '${trigger("program-start")}')`,
      `${numbers(50)} INSERT INTO surveys (id, event_id, title, questions, trigger)
        SELECT 'bs-ev-' || i, 'bev-' || i, 'Follow-up', '[]', '${trigger("event-end")}' FROM n`,
      `${numbers(PEOPLE)} INSERT INTO reminders (key, person_id, text, link, due_at)
        SELECT 'brem-' || i, 'bp-' || i, 'Your meeting is tomorrow', 'https://tandem.test/dashboard', ${NOW - HOUR} FROM n`,
      `INSERT INTO rotation_cycles (program_id, cycle, starts_at, ends_at, pairs)
        SELECT 'b-reverse', 1, ${NOW - HOUR}, ${NOW + 20 * DAY}, json_group_array(json_object('juniorId', 'bp-' || i,
          'seniorIds', json_array('bp-' || (5000 + i)))) FROM (${numbers(5000)} SELECT i FROM n)`,
      // A program that ended years ago with 10,000 people enrolled: more than one tick's deletion.
      `INSERT INTO programs (id, slug, name, kind, join_key, starts_on, ends_on, retention_months)
        VALUES ('b-ended', 'b-ended', 'Budget ended', 'one-to-one', 'k', '2027-01-01', '2028-01-31', 24)`,
      `${numbers(PEOPLE)} INSERT INTO enrollments (id, program_id, person_id, role, status)
        SELECT 'be-e-' || i, 'b-ended', 'bp-' || i, 'mentee', 'active' FROM n`,
      // 300 more programs, each with a manager waiting for this month's report.
      `${numbers(300)} INSERT INTO programs (id, slug, name, kind, join_key) SELECT 'b-report-' || i, 'b-report-' || i,
        'Report ' || i, 'one-to-one', 'k' FROM n`,
      `${numbers(300)} INSERT INTO program_managers (program_id, person_id) SELECT 'b-report-' || i, 'bp-' || (9000 + i) FROM n`,
    ].map((q) => env.DB.prepare(q)),
  );
}

describe("the clock's budget per tick", () => {
  beforeAll(seed, 60_000);
  afterEach(() => vi.restoreAllMocks());

  it("keeps each job within its budget at 10,000 people, and all of them under 1,000 of each", async () => {
    expect(CLOCK_JOBS.map((j) => j.name).sort()).toEqual(Object.keys(BUDGET).sort());
    const metered = meteredEnv(env);
    const used: Record<string, { statements: number; subrequests: number }> = {};
    const results: Record<string, unknown> = {};
    for (const job of CLOCK_JOBS) {
      metered.reset();
      const outcome = (await runClock(metered.env, NOW, NOW, [job]))[job.name]!;
      expect(outcome, job.name).toMatchObject({ status: "done" });
      results[job.name] = outcome.status === "done" ? outcome.result : null;
      used[job.name] = { statements: metered.usage.statements, subrequests: metered.usage.subrequests };
      expect(metered.usage.maxParams, job.name).toBeLessThanOrEqual(100);
    }
    for (const [name, budget] of Object.entries(BUDGET)) {
      expect(used[name]!.statements, `${name}: ${JSON.stringify(used[name])}`).toBeLessThanOrEqual(budget.statements);
      expect(used[name]!.subrequests, `${name}: ${JSON.stringify(used[name])}`).toBeLessThanOrEqual(budget.subrequests);
    }
    const total = (k: "statements" | "subrequests") => Object.values(used).reduce((n, u) => n + u[k], 0);
    expect(total("statements")).toBeLessThan(1000);
    expect(total("subrequests")).toBeLessThan(1000);
    for (const k of ["statements", "subrequests"] as const) {
      expect(Object.values(BUDGET).reduce((n, b) => n + b[k], 0)).toBeLessThan(1000);
    }

    // The work was there: a chunk of each is done, and the rest waits.
    expect(results.lapsed).toBe(500);
    expect(results.eventFollowUps).toBe(500);
    expect(results.rotations).toMatchObject({ started: 1 });
    expect(results.surveys).toMatchObject({ invited: 10_000 });
    expect(results.digests).toBeGreaterThan(0);
    expect(results.monthlyReports).toBe(100);
    expect(results.retention).toMatchObject({ programId: "b-ended", finished: false, rows: expect.any(Number) });
    const mails = await env.DB.prepare(
      "SELECT count(*) AS n FROM outgoing_mail WHERE idempotency_key LIKE 'rotation-intro:b-reverse:%'",
    ).first<{ n: number }>();
    expect(mails!.n).toBe(PEOPLE);
  }, 120_000);

  it("finds what is left on the next tick", async () => {
    const next = NOW + 5 * 60_000;
    const done = await runClock(env, next, next);
    expect(done.lapsed).toEqual({ status: "done", result: 400 });
    expect(done.eventFollowUps).toEqual({ status: "done", result: 500 });
    const lapsed = await env.DB.prepare(
      "SELECT count(*) AS n FROM mentor_requests WHERE id LIKE 'br1-%' AND status = 'lapsed'",
    ).first<{ n: number }>();
    expect(lapsed!.n).toBe(900);
  }, 120_000);

  it("runs the later jobs when one fails, and says which failed", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await env.DB.batch([
      env.DB
        .prepare(`INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
        VALUES ('br-broken', 'b-choice', 'bp-9999', 'bp-1999', 1, 'pending', ${NOW}, ${NOW + DAY})`),
      env.DB.prepare(
        "CREATE TRIGGER budget_broken BEFORE UPDATE ON mentor_requests BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
      ),
    ]);
    try {
      const later = NOW + 3 * DAY;
      const done = await runClock(env, later, later);
      expect(done.lapsed).toMatchObject({ status: "failed", error: expect.stringMatching(/disk on fire/) });
      expect(done.digests).toMatchObject({ status: "done" });
      expect(done.reminders).toMatchObject({ status: "done" });
      expect(errors.mock.calls.some(([m]) => String(m).includes("clock job lapsed failed"))).toBe(true);
      // The digests still went out: this tick claimed and mailed more reminders.
      expect((done.digests as { result: number }).result).toBeGreaterThan(0);
    } finally {
      await env.DB.prepare("DROP TRIGGER budget_broken").run();
    }
  }, 120_000);
});
