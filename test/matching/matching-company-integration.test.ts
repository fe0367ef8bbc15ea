/**
 * Matching a whole synthetic company (300 people: a manager tree, eleven time zones, languages, skills
 * with levels) through the API and the queue consumers, which the test drains itself: every hard
 * constraint holds in the result, and publishing makes exactly the proposed mentorships.
 */
import { describe, expect, it } from "vitest";
import { company300 } from "./company-300";
import { env, ok } from "../helpers";

describe("matching a company of 300", () => {
  it("honours capacity, managers, languages and one mentor per mentee, and publishes what it proposed", async () => {
    const { program, admin, queues, rows } = await company300();

    const runs = admin.api.programs[":id"]["match-runs"];
    const started = await ok(runs.$post({ param: { id: program.id } }), 202);
    expect(await queues.drain("tandem-match")).toBe(1);
    const run = await ok(runs[":runId"].$get({ param: { id: program.id, runId: started.id }, query: {} }));
    expect(run.status, run.error ?? undefined).toBe("done");

    const byEmail = new Map(rows.map((r) => [r.email, r]));
    const mentees = rows.filter((r) => r.role !== "mentor");
    const load = new Map<string, number>();
    const seen = new Set<string>();
    for (const p of run.pairs) {
      const mentor = byEmail.get(p.mentorEmail)!;
      const mentee = byEmail.get(p.menteeEmail)!;
      expect(mentor.role).not.toBe("mentee");
      expect(mentee.role).not.toBe("mentor");
      expect(p.mentorEmail).not.toBe(p.menteeEmail);
      expect(mentee.managerEmail).not.toBe(mentor.email);
      expect(mentor.managerEmail).not.toBe(mentee.email);
      if (mentor.languages.length && mentee.languages.length) {
        expect(mentor.languages.some((l) => mentee.languages.includes(l))).toBe(true);
      }
      expect(seen.has(p.menteeEmail)).toBe(false);
      seen.add(p.menteeEmail);
      load.set(p.mentorEmail, (load.get(p.mentorEmail) ?? 0) + 1);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(100);
      expect(p.reasons.length).toBeGreaterThan(0);
    }
    for (const [email, n] of load) expect(n).toBeLessThanOrEqual(byEmail.get(email)!.capacity ?? 2);
    // Everyone is accounted for: matched or left over with a reason.
    expect(run.pairs.length + run.totalUnmatched).toBe(mentees.length);
    const left: typeof run.unmatched = [];
    for (let page = 1; page <= Math.ceil(run.totalUnmatched / run.unmatchedPageSize); page++) {
      const query = { pageSize: "1", unmatchedPage: String(page) };
      left.push(...(await ok(runs[":runId"].$get({ param: { id: program.id, runId: run.id }, query }))).unmatched);
    }
    expect(left).toHaveLength(run.totalUnmatched);
    expect(left.every((u) => u.reason.length > 0 && !seen.has(u.email))).toBe(true);
    expect(run.stats.matched).toBe(run.pairs.length);

    const published = await ok(runs[":runId"].publish.$post({ param: { id: program.id, runId: run.id } }));
    expect(published).toEqual({ published: run.pairs.length });
    const made = await env.DB.prepare("SELECT count(*) AS n FROM mentorships WHERE run_id = ? AND status = 'active'")
      .bind(run.id)
      .first<{ n: number }>();
    expect(made!.n).toBe(run.pairs.length);
  });
});
