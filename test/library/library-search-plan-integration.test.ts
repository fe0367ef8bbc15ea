/**
 * How local D1 runs the library's search, so a common word stays fast at 10,000 entries: FTS5 hands
 * over its matches best first, only ties of the page's last score are sorted again, and snippets are
 * made for the page without restarting the MATCH once per row.
 */
import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { matchingQuery } from "../../workers/features/library/repo/search";
import { seedProgram } from "../seed";

const viewer = { id: "someone", isAdmin: false, managedProgramIds: [] };

describe("library search plan", () => {
  it("reads FTS5's ranked order and stops at the page instead of sorting every match", async () => {
    const db = createDb(env.DB);
    const query = matchingQuery(viewer, { q: "mentoring", limit: 20 }, '"mentoring"*', []);
    const plan = await db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`);
    const steps = plan.map((p) => p.detail);
    // The ranked matches come as a co-routine in FTS5's order, and the page sorts only the tie-break.
    expect(steps).toContain("CO-ROUTINE ranked");
    expect(steps).toContain("USE TEMP B-TREE FOR LAST TERM OF ORDER BY");
    // Snippets come from one scan of the index, never one MATCH per page row (an "=" rowid lookup).
    const scans = steps.filter((s) => s.includes("library_search VIRTUAL TABLE"));
    expect(scans).toHaveLength(2);
    expect(scans.filter((s) => /INDEX \d+:=/.test(s))).toEqual([]);
  });

  it("breaks ties of equal score newest first across the page's edge, as a full sort would", async () => {
    const { admin, program, as } = await seedProgram({ people: { reader: { name: "Rae Reader", role: "mentee" } } });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await admin.json<{ id: string }>("POST", `/api/programs/${program.id}/library`, {
        body: { kind: "article", title: "Same title", body: "Equal words score equally.", tags: [], scope: "program" },
      });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const reader = await as("reader");
    const page = await reader.json<{ id: string }[]>("GET", "/api/library?q=equal&limit=2");
    expect(page.status).toBe(200);
    expect(page.body.map((h) => h.id)).toEqual([ids[4], ids[3]]);
  });
});
