/**
 * A much-asked mentor's requests, held to one invocation's D1 budget (about 1,000 queries): listing
 * those waiting for their answer, and withdrawing from the program, must not cost queries per request.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../workers/index";
import { runClock } from "../../workers/clock";
import { ORIGIN, env, signIn, uniqueEmail } from "../helpers";
import { meteredEnv } from "../metered-env";

const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})`;

describe("a mentor's waiting requests", () => {
  it("pages 600 requests, a handful of statements a page, each once, with the mentee's goals and reasons", async () => {
    const mentorEmail = uniqueEmail("asked-mentor");
    const [program, mentor] = [crypto.randomUUID(), crypto.randomUUID()];
    await env.DB.batch(
      [
        `INSERT INTO programs (id, slug, name, kind, join_key, match_mode) VALUES ('${program}', '${program}', 'Asked', 'one-to-one', 'k', 'choice')`,
        `INSERT INTO people (id, email, name, department) VALUES ('${mentor}', '${mentorEmail}', 'Asked Mentor', 'Legal')`,
        `INSERT INTO enrollments (id, program_id, person_id, role, status, capacity, skills_offered)
          VALUES ('${crypto.randomUUID()}', '${program}', '${mentor}', 'mentor', 'active', 3, '[{"name":"negotiation","level":3}]')`,
        `${numbers(600)} INSERT INTO people (id, email, name, department) SELECT '${program}-' || i, '${program}-' || i || '@budget.test', 'Mentee ' || i, 'Sales' FROM n`,
        `${numbers(600)} INSERT INTO enrollments (id, program_id, person_id, role, status, goals, skills_sought)
          SELECT '${program}-e' || i, '${program}', '${program}-' || i, 'mentee', 'active', 'Goal ' || i, '[{"name":"negotiation","level":1}]' FROM n`,
        `${numbers(600)} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
          SELECT '${program}-r' || i, '${program}', '${program}-' || i, '${mentor}', 1, 'pending', 1, 9999999999999 FROM n`,
      ].map((q) => env.DB.prepare(q)),
    );
    const { cookie } = await signIn(mentorEmail);
    type Page = { received: { id: string; goals: string; reasons: string[] }[]; next: string | null };
    const get = async (query: string) => {
      const metered = meteredEnv(env);
      const ctx = createExecutionContext();
      const req = new Request(`${ORIGIN}/api/me/requests${query}`, { headers: { cookie } });
      const res = await worker.fetch(req, metered.env, ctx);
      await waitOnExecutionContext(ctx);
      return { res, statements: metered.usage.statements };
    };
    const first = await get("");
    expect(first.res.status).toBe(200);
    const body = (await first.res.json()) as Page & { waiting: { programId: string; count: number }[] };
    // A page, not all 600: the count of what waits comes beside it.
    expect(body.received).toHaveLength(50);
    expect(body.waiting).toEqual([{ programId: program, count: 600 }]);
    expect(first.statements).toBeLessThanOrEqual(20);

    const seen = body.received.map((r) => r.id);
    for (let next = body.next; next;) {
      const page = await get(`?limit=100&cursor=${encodeURIComponent(next)}`);
      const more = (await page.res.json()) as Page;
      expect(more.received.every((r) => /^Goal \d+$/.test(r.goals) && r.reasons.length > 0)).toBe(true);
      seen.push(...more.received.map((r) => r.id));
      next = more.next;
    }
    expect(seen).toHaveLength(600);
    expect(new Set(seen).size).toBe(600);

    for (const bad of ["?limit=0", "?limit=101", "?cursor=nonsense", "?cursor=1:%27%3B"]) {
      const refused = await get(bad);
      expect(refused.res.status, `${bad} ${await refused.res.clone().text()}`).toBe(400);
      expect(await refused.res.json()).toMatchObject({ error: { code: "invalid_input" } });
    }
  }, 60_000);

  it("withdraws a mentor with 600 waiting requests within the budget; the clock hands the rest on", async () => {
    const mentorEmail = uniqueEmail("leaving-mentor");
    const [program, mentor, other] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await env.DB.batch(
      [
        `INSERT INTO programs (id, slug, name, kind, join_key, match_mode) VALUES ('${program}', '${program}', 'Leaving', 'one-to-one', 'k', 'choice')`,
        `INSERT INTO people (id, email, name) VALUES ('${mentor}', '${mentorEmail}', 'Leaving Mentor'), ('${other}', '${other}@budget.test', 'Other Mentor')`,
        `INSERT INTO enrollments (id, program_id, person_id, role, status, capacity) VALUES
          ('${crypto.randomUUID()}', '${program}', '${mentor}', 'mentor', 'active', 3),
          ('${crypto.randomUUID()}', '${program}', '${other}', 'mentor', 'active', 1000)`,
        `${numbers(600)} INSERT INTO people (id, email, name) SELECT '${program}-' || i, '${program}-' || i || '@budget.test', 'Mentee ' || i FROM n`,
        `${numbers(600)} INSERT INTO enrollments (id, program_id, person_id, role, status)
          SELECT '${program}-e' || i, '${program}', '${program}-' || i, 'mentee', 'active' FROM n`,
        `${numbers(600)} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
          SELECT '${program}-r' || i, '${program}', '${program}-' || i, '${mentor}', 1, 'pending', 1, 9999999999999 FROM n`,
        `${numbers(600)} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status)
          SELECT '${program}-w' || i, '${program}', '${program}-' || i, '${other}', 2, 'waiting' FROM n`,
      ].map((q) => env.DB.prepare(q)),
    );
    const { cookie } = await signIn(mentorEmail);
    const metered = meteredEnv(env);
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${ORIGIN}/api/me/enrollments/${program}/withdraw`, {
        method: "POST",
        headers: { cookie, origin: ORIGIN },
      }),
      metered.env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(200);
    expect(metered.usage.statements).toBeLessThanOrEqual(300);
    expect(metered.usage.subrequests).toBeLessThanOrEqual(100);
    const count = async (mentorId: string, status: string) =>
      (await env.DB.prepare("SELECT count(*) AS n FROM mentor_requests WHERE mentor_id = ? AND status = ?")
        .bind(mentorId, status)
        .first<{ n: number }>())!.n;
    expect(await count(mentor, "pending")).toBe(0);
    expect(await count(mentor, "declined")).toBe(600);
    const handedOn = await count(other, "pending");
    expect(handedOn).toBeGreaterThan(0);
    // What the request did not hand on, the clock does, a chunk per tick.
    await runClock(env, Date.now());
    expect(await count(other, "pending")).toBeGreaterThan(handedOn);
  }, 60_000);
});
