/**
 * Reading and pruning the audit log: admins only (a program's manager and a participant are refused),
 * newest first by keyset pages, filtered by action and program; bad input is a 400. The clock prunes
 * rows older than AUDIT_RETENTION_DAYS a bounded chunk a tick, and a doubled tick prunes nothing twice.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { CLOCK_JOBS, runClock } from "../../workers/clock";
import { ADMIN, Client, env, ok, signIn, type Refusal } from "../helpers";
import { seedProgram } from "../seed";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse("2031-06-01T10:00:00Z");
const pruneJob = CLOCK_JOBS.filter((j) => j.name === "auditPruned");

/** `n` rows of `action` on `program`, `ageDays` old, with ids `prefix-0` …, in one statement. */
const rows = (prefix: string, n: number, at: number, action = "program.edited", program = "p-audit") =>
  env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})
     INSERT INTO audit_log (id, at, actor_id, actor_email, action, program_id)
     SELECT '${prefix}-' || printf('%05d', i), ${at} + i, 'admin-id', '${ADMIN}', '${action}', '${program}' FROM n`,
  ).run();
const left = async (prefix: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE id LIKE ?")
    .bind(`${prefix}-%`)
    .first<{ n: number }>())!.n;

describe("reading the audit log", () => {
  let admin: Client;
  beforeAll(async () => {
    admin = await signIn(ADMIN);
    await rows("read-a", 3, NOW, "program.edited", "p-read-1");
    await rows("read-b", 2, NOW + 10, "scim_token.created", "p-read-2");
  });

  it("is for admins only: a manager and a participant are refused, a stranger is asked to sign in", async () => {
    const { program, emails, as } = await seedProgram({ people: { mo: { name: "Mo", role: "mentee" } }, mentors: 1 });
    await ok(admin.api.programs[":id"].managers.$put({ param: { id: program.id }, json: { emails: [emails.mo] } }));
    const manager = await as("mo");
    const participant = await as("mentor0");
    for (const c of [manager, participant]) {
      const res = await c.json<Refusal>("GET", "/api/admin/audit");
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    expect((await new Client().json("GET", "/api/admin/audit")).status).toBe(401);
  });

  it("pages newest first with a cursor, and filters by action and program", async () => {
    const page1 = await ok(admin.api.admin.audit.$get({ query: { programId: "p-read-1", limit: "2" } }));
    expect(page1.items.map((r) => r.id)).toEqual(["read-a-00002", "read-a-00001"]);
    expect(page1.items[0]).toMatchObject({ actor: { email: ADMIN }, action: "program.edited", programId: "p-read-1" });
    const page2 = await ok(
      admin.api.admin.audit.$get({ query: { programId: "p-read-1", limit: "2", cursor: page1.nextCursor! } }),
    );
    expect(page2.items.map((r) => r.id)).toEqual(["read-a-00000"]);
    expect(page2.nextCursor).toBeNull();
    const tokens = await ok(
      admin.api.admin.audit.$get({ query: { action: "scim_token.created", programId: "p-read-2" } }),
    );
    expect(tokens.items.map((r) => r.id)).toEqual(["read-b-00001", "read-b-00000"]);
  });

  it("answers bad input with a 400 naming the field", async () => {
    for (const q of ["cursor=nope", "limit=0", "limit=101", "action=program.sold"]) {
      const res = await admin.json<Refusal>("GET", `/api/admin/audit?${q}`);
      expect(res.status, q).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual([q.split("=")[0]]);
    }
  });
});

describe("pruning the audit log", () => {
  it("deletes rows past AUDIT_RETENTION_DAYS over several ticks, keeps the rest, and a doubled tick prunes nothing twice", async () => {
    // The real time: the rows other tests' requests wrote are young, so only these are old.
    const now = Date.now();
    await rows("old", 2_100, now - 400 * DAY);
    await rows("young", 5, now - 300 * DAY);
    const tick = async (e: Env = env) => (await runClock(e, now, now, pruneJob)).auditPruned;
    // 1,000 a tick at most, so a large backlog takes further ticks.
    expect(await tick()).toEqual({ status: "done", result: 1_000 });
    expect(await left("old")).toBe(1_100);
    expect(await tick()).toEqual({ status: "done", result: 1_000 });
    expect(await tick()).toEqual({ status: "done", result: 100 });
    expect(await tick()).toEqual({ status: "done", result: 0 });
    expect(await left("old")).toBe(0);
    expect(await left("young")).toBe(5);
    // A shorter setting prunes what it no longer keeps.
    await tick({ ...env, AUDIT_RETENTION_DAYS: "200" });
    expect(await left("young")).toBe(0);
  });
});
