/**
 * A run's result in D1 at company size: everyone a run leaves without a mentor is a row of their own,
 * since a list of 10,000 in the run's row would pass D1's 2 MB row limit, and the API pages them.
 */
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { createRun, saveResult } from "../../workers/features/matching/repo/runs";
import type { z } from "@hono/zod-openapi";
import type { MatchRunListSchema, MatchRunSchema } from "../../workers/features/matching/schemas";
import { ADMIN, createProgram, env, signIn } from "../helpers";

type Run = z.infer<typeof MatchRunSchema>;

const LEFT_OVER = 10_000;

describe("a run that leaves 10,000 people without a mentor", () => {
  it("stores them as rows and answers them a page at a time, by name", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const db = createDb(env.DB);
    const tag = crypto.randomUUID().slice(0, 8);
    const people = Array.from({ length: LEFT_OVER }, (_, i) => ({
      id: `${tag}-${i}`,
      email: `left.${tag}.${i}@example.com`,
      name: `Person ${String(i).padStart(5, "0")}`,
    }));
    await env.DB.prepare(
      `INSERT INTO people (id, email, name) SELECT value ->> 'id', value ->> 'email', value ->> 'name' FROM json_each(?)`,
    )
      .bind(JSON.stringify(people))
      .run();

    const run = await createRun(db, program.id, "admin");
    const reason = "Every mentor who fits is full.";
    const unmatched = people.map((p) => ({ personId: p.id, email: p.email, name: p.name, reason }));
    await saveResult(db, run.id, { pairs: [], unmatched, stats: { matched: 0, totalScore: 0 } }, Date.now());

    const stored = await env.DB.prepare("SELECT count(*) AS n FROM match_unmatched WHERE run_id = ?")
      .bind(run.id)
      .first<{ n: number }>();
    expect(stored!.n).toBe(LEFT_OVER);

    const url = `/api/programs/${program.id}/match-runs/${run.id}`;
    const first = await admin.json<Run>("GET", url);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ totalUnmatched: LEFT_OVER, unmatchedPage: 1, unmatchedPageSize: 50 });
    expect(first.body.unmatched).toHaveLength(50);
    expect(first.body.unmatched[0]).toEqual({
      personId: `${tag}-0`,
      email: people[0]!.email,
      name: people[0]!.name,
      reason,
    });
    const last = await admin.json<Run>("GET", `${url}?unmatchedPage=200`);
    expect(last.body.unmatched.map((u) => u.name).at(-1)).toBe("Person 09999");
    expect((await admin.json("GET", `${url}?unmatchedPage=0`)).status).toBe(400);

    const list = await admin.json<z.infer<typeof MatchRunListSchema>>("GET", `/api/programs/${program.id}/match-runs`);
    expect(list.body.items.find((r) => r.id === run.id)!.unmatchedCount).toBe(LEFT_OVER);

    // Solving again (a redelivered message) replaces the rows instead of adding to them.
    await saveResult(
      db,
      run.id,
      { pairs: [], unmatched: unmatched.slice(0, 3), stats: { matched: 0, totalScore: 0 } },
      Date.now(),
    );
    expect((await admin.json<Run>("GET", url)).body.totalUnmatched).toBe(3);
  });
});
