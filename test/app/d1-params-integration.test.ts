/**
 * Every statement whose parameters grow with the input stays under D1's 100 bound parameters (local
 * workerd enforces the limit too), tested at the largest size the API allows.
 */
import { describe, expect, it } from "vitest";
import { getTableColumns } from "drizzle-orm";
import { createDb } from "../../workers/platform/db";
import { people } from "../../workers/db/schema";
import { MAX_PARAMS, insertChunks } from "../../workers/platform/statements";
import type { z } from "@hono/zod-openapi";
import type { GoalSchema } from "../../workers/features/goals/schemas";
import type { ProgramListSchema, ProgramSchema } from "../../workers/features/programs/schemas";
import { ADMIN, createProgram, env, signIn, uniqueEmail } from "../helpers";

const emails = (n: number, name: string) => Array.from({ length: n }, () => uniqueEmail(name));
type Program = z.infer<typeof ProgramSchema>;

const managerEmails = (body: { managers: { email: string }[] }) => body.managers.map((m) => m.email).sort();

describe("statements under 100 parameters", () => {
  it("insert chunks cost at most 100 parameters each, counted from the table's columns", () => {
    const db = createDb(env.DB);
    const rows = emails(200, "chunk").map((email) => ({ id: crypto.randomUUID(), email, name: "N" }));
    const chunks = insertChunks(people, rows);
    expect(chunks.flat()).toEqual(rows);
    for (const chunk of chunks) {
      expect(db.insert(people).values(chunk).toSQL().params.length).toBeLessThanOrEqual(MAX_PARAMS);
    }
    expect(chunks[0]!.length).toBe(Math.floor(MAX_PARAMS / Object.keys(getTableColumns(people)).length));
  });

  it("names 50 managers of a program (the most allowed), on creation and later", async () => {
    const admin = await signIn(ADMIN);
    const first = emails(50, "mgr");
    const created = await admin.json<Program>("POST", "/api/programs", {
      body: { name: "Many managers", kind: "group", managerEmails: first },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(managerEmails(created.body)).toEqual([...first].sort());

    const second = emails(50, "mgr2");
    const put = await admin.json<Program>("PUT", `/api/programs/${created.body.id}/managers`, {
      body: { emails: second },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(managerEmails(put.body)).toEqual([...second].sort());
    const tooMany = await admin.json("PUT", `/api/programs/${created.body.id}/managers`, {
      body: { emails: emails(51, "mgr3") },
    });
    expect(tooMany.status).toBe(400);
  });

  it("a program is created with all its managers or not at all", async () => {
    const admin = await signIn(ADMIN);
    const before = (await env.DB.prepare("SELECT count(*) AS n FROM programs").first<{ n: number }>())!.n;
    // A manager row that cannot be written (a trigger refuses it) rolls the program back with it.
    await env.DB.prepare(
      "CREATE TRIGGER refuse_manager BEFORE INSERT ON program_managers BEGIN SELECT RAISE(ABORT, 'refused'); END",
    ).run();
    try {
      const res = await admin.json("POST", "/api/programs", {
        body: { name: "Half made", kind: "group", managerEmails: emails(20, "half") },
      });
      expect(res.status).toBe(500);
    } finally {
      await env.DB.prepare("DROP TRIGGER refuse_manager").run();
    }
    expect((await env.DB.prepare("SELECT count(*) AS n FROM programs").first<{ n: number }>())!.n).toBe(before);
  });

  it("a manager of 120 programs lists them", async () => {
    const email = uniqueEmail("busy-manager");
    const personId = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO people (id, email, name) VALUES (?, ?, 'Busy')").bind(personId, email).run();
    const ids = Array.from({ length: 120 }, () => crypto.randomUUID());
    await env.DB.prepare(
      `INSERT INTO programs (id, name, slug, kind, join_key)
       SELECT value, 'Managed ' || key, 'managed-' || value, 'group', 'k' FROM json_each(?)`,
    )
      .bind(JSON.stringify(ids))
      .run();
    await env.DB.prepare("INSERT INTO program_managers (program_id, person_id) SELECT value, ? FROM json_each(?)")
      .bind(personId, JSON.stringify(ids))
      .run();
    const manager = await signIn(email);
    const page = await manager.json<z.infer<typeof ProgramListSchema>>("GET", "/api/programs?pageSize=100");
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body.total).toBe(120);
    expect(page.body.items).toHaveLength(100);
  });

  it("a mentorship with 150 goals lists them with their milestones", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const [mentor, mentee] = [uniqueEmail("goal-mentor"), uniqueEmail("goal-mentee")];
    const [mentorId, menteeId, mentorshipId] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await env.DB.batch([
      env.DB.prepare("INSERT INTO people (id, email, name) VALUES (?, ?, 'Mo'), (?, ?, 'Mia')").bind(
        mentorId,
        mentor,
        menteeId,
        mentee,
      ),
      env.DB.prepare(
        "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', 1)",
      ).bind(mentorshipId, program.id, mentorId, menteeId),
    ]);
    const goalIds = Array.from({ length: 150 }, () => crypto.randomUUID());
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO goals (id, mentorship_id, horizon, title) SELECT value, ?, 'short', 'Goal ' || key FROM json_each(?)",
      ).bind(mentorshipId, JSON.stringify(goalIds)),
      env.DB.prepare(
        "INSERT INTO milestones (id, goal_id, title) SELECT lower(hex(randomblob(16))), value, 'Step' FROM json_each(?)",
      ).bind(JSON.stringify(goalIds)),
    ]);
    const client = await signIn(mentee);
    const res = await client.json<{ items: z.infer<typeof GoalSchema>[] }>(
      "GET",
      `/api/mentorships/${mentorshipId}/goals`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const list = res.body.items;
    expect(list).toHaveLength(150);
    expect(list.every((g: { milestones: unknown[] }) => g.milestones.length === 1)).toBe(true);
  });

  it("makes an event with 20 more hosts (the most allowed)", async () => {
    const admin = await signIn(ADMIN);
    const hosts = emails(20, "host");
    await env.DB.prepare(
      "INSERT INTO people (id, email, name) SELECT lower(hex(randomblob(16))), value, 'Host' FROM json_each(?)",
    )
      .bind(JSON.stringify(hosts))
      .run();
    const body = {
      title: "Hosted by many",
      startsAt: "2031-03-04T09:00:00Z",
      timezone: "UTC",
      roundMinutes: 8,
      breakMinutes: 2,
      tables: 2,
      menteesPerTable: 1,
    };
    const created = await admin.json<{ id: string }>("POST", "/api/events", { body: { ...body, hostEmails: hosts } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const n = await env.DB.prepare("SELECT count(*) AS n FROM event_hosts WHERE event_id = ?")
      .bind(created.body.id)
      .first<{ n: number }>();
    expect(n!.n).toBe(21);
    const tooMany = await admin.json("POST", "/api/events", { body: { ...body, hostEmails: emails(21, "host2") } });
    expect(tooMany.status).toBe(400);
  });
});
