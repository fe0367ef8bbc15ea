/**
 * Retention: an ended program's managers are warned once, a month before its data goes; after its
 * retention period (and at least a month after the warning) the clock deletes it, a bounded chunk a
 * tick, resuming where it stopped. Nothing is touched before, a running program never, and a doubled
 * tick neither warns nor deletes twice. Kudos and company-wide knowledge outlive the program.
 */
import { describe, expect, it } from "vitest";
import { CLOCK_JOBS, runClock } from "../../workers/clock";
import { env, ok, uniqueEmail, type Refusal } from "../helpers";
import { seedProgram } from "../seed";

const DAY = 24 * 60 * 60 * 1000;
const job = CLOCK_JOBS.filter((j) => j.name === "retention");

/** The 15th of the month `n` months before this one (UTC), as a program's date. */
function monthsAgo(n: number) {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 15)).toISOString().slice(0, 10);
}

const tick = async (now: number) => {
  const outcome = (await runClock(env, now, now, job)).retention!;
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: "done" });
  return (outcome as { result: { warned: number; programId: string | null; rows: number; finished: boolean } }).result;
};
const count = async (sql: string, ...params: unknown[]) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${sql}`)
    .bind(...params)
    .first<{ n: number }>())!.n;
/** A range rather than LIKE: D1 refuses LIKE patterns over 50 bytes. */
const warningKeys = (programId: string) => [`retention-warning:${programId}:`, `retention-warning:${programId};`];
const warnings = (programId: string) =>
  count("outgoing_mail WHERE idempotency_key >= ? AND idempotency_key < ?", ...warningKeys(programId));
const exists = async (programId: string) => (await count("programs WHERE id = ?", programId)) === 1;

/** A program that ended `endedMonthsAgo` months ago, with a manager, two people paired, kudos and knowledge. */
async function endedProgram(endedMonthsAgo: number | null, retentionMonths = 24) {
  const manager = uniqueEmail("manager");
  const endsOn = endedMonthsAgo === null ? null : monthsAgo(endedMonthsAgo);
  const seeded = await seedProgram({
    program: { startsOn: monthsAgo(40), endsOn, retentionMonths, managerEmails: [manager] },
    mentors: 1,
    mentees: 1,
    pairs: [["mentor0", "mentee0"]],
  });
  const { program, ids, mentorships } = seeded;
  const kudos = crypto.randomUUID();
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO kudos (id, from_id, to_id, program_id, mentorship_id, note) VALUES (?, ?, ?, ?, ?, 'Thanks')",
    ).bind(kudos, ids.mentee0, ids.mentor0, program.id, mentorships[0]),
    // What a group of the program learned, shared with the company and with the program.
    env.DB.prepare("INSERT INTO groups (id, program_id, number, name) VALUES (?, ?, 1, 'Circle')").bind(
      `${program.id}-group`,
      program.id,
    ),
    ...(["company", "program"] as const).map((scope) =>
      env.DB.prepare(
        `INSERT INTO library_entries (id, program_id, group_id, kind, scope, status, title, created_by)
         VALUES (?, ?, ?, 'article', ?, 'published', 'Notes', ?)`,
      ).bind(`${program.id}-${scope}`, program.id, `${program.id}-group`, scope, ids.mentor0),
    ),
  ]);
  return { ...seeded, kudos };
}

describe("retention of ended programs", () => {
  it("warns the managers once, deletes a month later, and keeps kudos and company knowledge", async () => {
    const now = Date.now();
    const { program, kudos } = await endedProgram(25); // due a month ago, never warned
    const first = await tick(now);
    expect(first.warned).toBeGreaterThanOrEqual(1);
    expect(await warnings(program.id)).toBe(1);
    // Warned just now: the managers still get their month.
    expect(await exists(program.id)).toBe(true);
    await tick(now + 5 * 60_000);
    expect(await warnings(program.id)).toBe(1);
    const mail = await env.DB.prepare(
      "SELECT subject, text FROM outgoing_mail WHERE idempotency_key >= ? AND idempotency_key < ?",
    )
      .bind(...warningKeys(program.id))
      .first<{ subject: string; text: string }>();
    expect(mail!.subject).toMatch(/will be deleted on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(mail!.text).toContain(`/admin/programs/${program.id}`);

    const later = now + 31 * DAY;
    let done = await tick(later);
    while (!done.finished) done = await tick(later);
    expect(await exists(program.id)).toBe(false);
    for (const table of ["enrollments", "mentorships", "surveys", "program_managers"]) {
      expect(await count(`${table} WHERE program_id = ?`, program.id), table).toBe(0);
    }
    expect(await count("library_entries WHERE id = ?", `${program.id}-program`)).toBe(0);
    expect(
      await count("library_entries WHERE id = ? AND program_id IS NULL AND group_id IS NULL", `${program.id}-company`),
    ).toBe(1);
    expect(await count("kudos WHERE id = ? AND program_id IS NULL AND mentorship_id IS NULL", kudos)).toBe(1);
    expect(
      await count("audit_log WHERE action = 'program.deleted' AND program_id = ? AND actor_id IS NULL", program.id),
    ).toBe(1);

    // A doubled tick finds nothing: no second warning, no second audit row.
    await tick(later);
    expect(await warnings(program.id)).toBe(1);
    expect(await count("audit_log WHERE action = 'program.deleted' AND program_id = ?", program.id)).toBe(1);
  });

  it("touches nothing before the last month, and never a program still running or without an end", async () => {
    const now = Date.now();
    const notYet = await endedProgram(22); // its warning is a month away
    const running = await endedProgram(-3, 1); // ends in three months, kept one month after
    const endless = await endedProgram(null, 1);
    await tick(now);
    await tick(now + 5 * 60_000);
    for (const p of [notYet, running, endless]) {
      expect(await warnings(p.program.id)).toBe(0);
      expect(await exists(p.program.id)).toBe(true);
      expect(await count("enrollments WHERE program_id = ?", p.program.id)).toBe(2);
    }
  });

  it("deletes a big program over several ticks within the statement budget, resuming where it stopped", async () => {
    const now = Date.now();
    const { program } = await endedProgram(25);
    // 9,000 more people enrolled: more than one tick's budget of chunks.
    await env.DB.batch([
      env.DB.prepare(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 8999)
        INSERT INTO people (id, email, name) SELECT '${program.id}-p' || i, '${program.id}-' || i || '@big.test', 'P' FROM n`),
      env.DB.prepare(
        `INSERT INTO enrollments (id, program_id, person_id, role, status)
        SELECT id || '-e', ?, id, 'mentee', 'active' FROM people WHERE id LIKE '${program.id}-p%'`,
      ).bind(program.id),
    ]);
    await tick(now);
    const later = now + 31 * DAY;
    const first = await tick(later);
    expect(first).toMatchObject({ programId: program.id, finished: false });
    const left = await count("enrollments WHERE program_id = ?", program.id);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(9_002);
    let ticks = 1;
    for (let done = first; !done.finished; ticks++) done = await tick(later);
    expect(ticks).toBeGreaterThan(1);
    expect(await exists(program.id)).toBe(false);
    expect(await count("enrollments WHERE program_id = ?", program.id)).toBe(0);
    // The people themselves stay: they belong to the company, not to the program.
    expect(await count("people WHERE id LIKE ?", `${program.id}-p%`)).toBe(9_000);
  });

  it("is set per program by its managers, 1 to 120 months; others are refused", async () => {
    const { admin, program, as } = await endedProgram(null);
    const path = `/api/programs/${program.id}`;
    for (const retentionMonths of [0, 121, 1.5]) {
      const res = await admin.json<Refusal>("PATCH", path, { body: { retentionMonths } });
      expect(res.status, String(retentionMonths)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(["retentionMonths"]);
    }
    const participant = await as("mentee0");
    expect((await participant.json("PATCH", path, { body: { retentionMonths: 120 } })).status).toBe(404);
    expect(await count("programs WHERE id = ? AND retention_months = 24", program.id)).toBe(1);
    const saved = await ok(
      admin.api.programs[":id"].$patch({ param: { id: program.id }, json: { retentionMonths: 60 } }),
    );
    expect(saved.retentionMonths).toBe(60);
  });
});
