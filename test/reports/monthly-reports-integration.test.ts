/**
 * The monthly report: each program's managers get one mail per program and month from 08:00 UTC on
 * the 1st, with the program's numbers and next step; exactly once under doubled, late and failed
 * ticks, never late for a missed month, in chunks within the clock's budget, and not to those who
 * unsubscribed from reports or manage no program.
 */
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CLOCK_JOBS, runClock } from "../../workers/clock";
import { REPORTS_PER_TICK } from "../../workers/features/reports/jobs";
import { mailOrigin, readConfig } from "../../workers/platform/config";
import { ADMIN, createProgram, personId, signIn, uniqueEmail, type Client } from "../helpers";
import { meteredEnv } from "../metered-env";
import { ago, enrol, pair, person } from "../seed-rows";

const ORIGIN = mailOrigin(readConfig(env));
const reportJob = CLOCK_JOBS.filter((j) => j.name === "monthlyReports");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let admin: Client;

/** Ticks the report job alone at `now`, its queue sends dropped (the outbox is what counts here). */
const tick = async (now: number) => {
  const metered = meteredEnv(env);
  const outcome = (await runClock(metered.env, now, now, reportJob)).monthlyReports!;
  return { outcome, usage: metered.usage };
};

async function manage(programId: string, email = uniqueEmail("manager")) {
  const id = await person("People", "Berlin", 8, email);
  await env.DB.prepare("INSERT INTO program_managers (program_id, person_id) VALUES (?, ?)").bind(programId, id).run();
  return { id, email };
}

type Row = { key: string; to_email: string; subject: string; text: string; category: string; lane: string };
const reportsOf = async (programId: string) =>
  (
    await env.DB.prepare(
      "SELECT idempotency_key AS key, to_email, subject, text, category, lane, status FROM outgoing_mail WHERE substr(idempotency_key, 1, ?) = ? ORDER BY idempotency_key",
    )
      .bind(`monthly-report:${programId}:`.length, `monthly-report:${programId}:`)
      .all<Row & { status: string }>()
  ).results;

beforeAll(async () => {
  admin = await signIn(ADMIN);
});
afterEach(() => vi.restoreAllMocks());

describe("the monthly report", () => {
  it("tells each manager the program's numbers and next step, and nobody else", async () => {
    const NOW = Date.parse("2031-05-10T09:00:00Z");
    const programId = (await createProgram(admin)).id;
    const ana = await manage(programId);
    const ben = await manage(programId);
    const [m1, m2, a, b, c, d, pending] = await Promise.all(
      ["Eng", "Eng", "Sales", "Sales", "Sales", "Sales", "Sales"].map((dep) => person(dep)),
    );
    for (const mentor of [m1!, m2!]) await enrol(programId, mentor, "mentor", ago(60, NOW));
    for (const mentee of [a!, b!, c!, d!]) await enrol(programId, mentee, "mentee", ago(60, NOW));
    await enrol(programId, pending!, "mentee", ago(1, NOW), "pending");
    await pair(programId, m1!, a!, "active", ago(30, NOW)); // quiet: no meeting for 30 days
    await pair(programId, m2!, b!, "active", ago(5, NOW));
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES (?, ?, 'Midpoint', '[]', '{"anchor":"program-start","offsetDays":0}')`,
      ).bind(`s-${programId}`, programId),
      ...[a, b, c, d].map((who, i) =>
        env.DB.prepare(
          `INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at, responded_at)
           VALUES (?, ?, ?, 'program', ?, ?, ?, ?)`,
        ).bind(
          crypto.randomUUID(),
          `s-${programId}`,
          who,
          crypto.randomUUID(),
          NOW - DAY,
          NOW + 9 * DAY,
          i ? null : NOW,
        ),
      ),
      env.DB.prepare(
        `INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables, mentees_per_table, join_key, plan, program_id)
         VALUES (?, 'Spring speed mentoring', ?, 'UTC', 5, 1, 4, 1, 'k', '[]', ?)`,
      ).bind(crypto.randomUUID(), Date.parse("2031-05-13T09:30:00Z"), programId),
    ]);

    expect((await tick(NOW)).outcome.status).toBe("done");
    const rows = await reportsOf(programId);
    expect(rows.map((r) => r.to_email).sort()).toEqual([ana.email, ben.email].sort());
    const mail = rows.find((r) => r.to_email === ana.email)!;
    expect(mail.key).toBe(`monthly-report:${programId}:2031-05:${ana.id}`);
    expect(mail).toMatchObject({ category: "reports", lane: "bulk" });
    expect(mail.subject).toMatch(/your monthly report, May 2031$/);
    for (const line of [
      "Joined: 6",
      "Matched: 50%",
      "Waiting for a match: 2",
      "Pairs gone quiet: 1",
      "Survey response rate: 25%",
      "Next event: Spring speed mentoring, Tuesday, 13 May 2031 at 09:30",
      `Next step: 2 people wait for a match. Run matching: ${ORIGIN}/admin/programs/${programId}/matching`,
      `${ORIGIN}/admin/programs/${programId}/insights`,
    ]) {
      expect(mail.text).toContain(line);
    }
    // The admin created the program but manages none: no report.
    const adminId = await personId(ADMIN);
    const toAdmin = await env.DB.prepare(
      "SELECT count(*) AS n FROM outgoing_mail WHERE idempotency_key LIKE 'monthly-report:%' AND (to_email = ? OR idempotency_key LIKE ?)",
    )
      .bind(ADMIN, `%:${adminId}`)
      .first<number>("n");
    expect(toAdmin).toBe(0);
  });

  it("goes out once per manager and month from 08:00 UTC on the 1st, under doubled and late ticks", async () => {
    const programId = (await createProgram(admin)).id;
    const managers = [await manage(programId), await manage(programId)];
    await tick(Date.parse("2031-06-01T07:55:00Z"));
    expect(await reportsOf(programId)).toEqual([]);
    const eight = Date.parse("2031-06-01T08:00:00Z");
    await Promise.all([tick(eight), tick(eight)]);
    await tick(eight + 5 * 60_000);
    await tick(Date.parse("2031-06-20T14:00:00Z"));
    await tick(Date.parse("2031-07-01T08:05:00Z"));
    await tick(Date.parse("2031-07-01T08:10:00Z"));
    const keys = (await reportsOf(programId)).map((r) => r.key);
    expect(keys.sort()).toEqual(
      ["2031-06", "2031-07"].flatMap((m) => managers.map((p) => `monthly-report:${programId}:${m}:${p.id}`)).sort(),
    );
  });

  it("loses nothing when a tick dies after writing the outbox: the mail waits there to be queued", async () => {
    const programId = (await createProgram(admin)).id;
    const manager = await manage(programId);
    const NOW = Date.parse("2031-11-03T10:00:00Z");
    const failing = {
      ...env,
      MAIL_QUEUE: {
        send: () => Promise.reject(new Error("queue down")),
        sendBatch: () => Promise.reject(new Error("queue down")),
      },
    } as unknown as Env;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const died = await runClock(failing, NOW, NOW, reportJob);
    expect(died.monthlyReports).toMatchObject({ status: "failed", error: "queue down" });
    await tick(NOW + 5 * 60_000);
    const rows = await reportsOf(programId);
    expect(rows.map((r) => [r.key, r.status])).toEqual([
      [`monthly-report:${programId}:2031-11:${manager.id}`, "pending"],
    ]);
  });

  it("sends only the current month's after a missed month, and never the missed one late", async () => {
    const programId = (await createProgram(admin)).id;
    const manager = await manage(programId);
    await tick(Date.parse("2031-08-15T12:00:00Z"));
    // No tick at all in September; the clock comes back in October.
    await tick(Date.parse("2031-10-02T09:00:00Z"));
    await tick(Date.parse("2031-10-20T09:00:00Z"));
    expect((await reportsOf(programId)).map((r) => r.key)).toEqual(
      ["2031-08", "2031-10"].map((m) => `monthly-report:${programId}:${m}:${manager.id}`),
    );
  });

  it("skips managers who unsubscribed from reports", async () => {
    const programId = (await createProgram(admin)).id;
    const stays = await manage(programId);
    const leaves = await manage(programId);
    const client = await signIn(leaves.email);
    const put = (category: string) =>
      client.json("PUT", "/api/me/mail-preferences", { body: { category, subscribed: false } });
    expect((await put("reports")).status).toBe(200);
    await put("reminders");
    expect(
      (
        await signIn(stays.email).then((c) =>
          c.json("PUT", "/api/me/mail-preferences", { body: { category: "reminders", subscribed: false } }),
        )
      ).status,
    ).toBe(200);
    await tick(Date.parse("2032-03-01T08:30:00Z"));
    expect((await reportsOf(programId)).map((r) => r.to_email)).toEqual([stays.email]);
  });

  it("works through many programs in chunks, each tick within its statement budget", async () => {
    const PROGRAMS = 230;
    const prefix = `chunk-${crypto.randomUUID().slice(0, 8)}`;
    const numbers = `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${PROGRAMS - 1})`;
    await env.DB.batch(
      [
        `${numbers} INSERT INTO people (id, email, name) SELECT '${prefix}-p' || i, '${prefix}-' || i || '@example.com', 'Manager ' || i FROM n`,
        `${numbers} INSERT INTO programs (id, slug, name, kind, join_key) SELECT '${prefix}-' || i, '${prefix}-' || i, 'Program ' || i, 'one-to-one', 'k' FROM n`,
        `${numbers} INSERT INTO program_managers (program_id, person_id) SELECT '${prefix}-' || i, '${prefix}-p' || i FROM n`,
        // Two programs share one manager, who gets a report for each.
        `INSERT INTO program_managers (program_id, person_id) VALUES ('${prefix}-0', '${prefix}-p1')`,
      ].map((q) => env.DB.prepare(q)),
    );
    const NOW = Date.parse("2032-01-05T10:00:00Z");
    const results: number[] = [];
    for (let i = 0; i < 10; i++) {
      const { outcome, usage } = await tick(NOW + i * 5 * 60_000);
      expect(outcome.status).toBe("done");
      expect(usage.statements).toBeLessThanOrEqual(8);
      expect(usage.subrequests).toBeLessThanOrEqual(1);
      expect(usage.maxParams).toBeLessThanOrEqual(100);
      const sent = outcome.status === "done" ? (outcome.result as number) : -1;
      results.push(sent);
      if (sent === 0) break;
    }
    expect(Math.max(...results)).toBe(REPORTS_PER_TICK);
    expect(results.at(-1)).toBe(0);
    const ours = await env.DB.prepare(
      "SELECT count(*) AS n, count(DISTINCT idempotency_key) AS keys FROM outgoing_mail WHERE idempotency_key LIKE ?",
    )
      .bind(`monthly-report:${prefix}-%:2032-01:%`)
      .first<{ n: number; keys: number }>();
    expect(ours).toEqual({ n: PROGRAMS + 1, keys: PROGRAMS + 1 });
  });
});
