/**
 * Roulette at the largest round the API allows, 5,000 people: writing a round and introducing it stay
 * inside D1's 100 parameters a statement and the clock's budget of statements and queue calls per tick,
 * a second round repeats nobody, and the managers see every pair of a round.
 */
import { describe, expect, it } from "vitest";
import { runClock, CLOCK_JOBS } from "../../workers/clock";
import { ADMIN, env, signIn } from "../helpers";
import { meteredEnv } from "../metered-env";

const PEOPLE = 5_000;
const WEEK = 7 * 86_400_000;
const T0 = Date.parse("2031-03-03T00:00:00Z");
/** The roulette line of the clock's budget (test/clock-budget-integration). */
const BUDGET = { statements: 30, subrequests: 12 };
const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})`;
const roulette = CLOCK_JOBS.filter((j) => j.name === "roulette");

async function seed() {
  await env.DB.batch(
    [
      `${numbers(PEOPLE)} INSERT INTO people (id, email, name, department, timezone)
        SELECT 'rp-' || i, 'rp' || i || '@scale.test', 'Person ' || i, 'Dept ' || (i % 7),
          CASE i % 3 WHEN 0 THEN 'Europe/Berlin' WHEN 1 THEN 'America/New_York' ELSE 'Asia/Tokyo' END FROM n`,
      `INSERT INTO programs (id, slug, name, kind, join_key, starts_on, cycle_weeks)
        VALUES ('r-scale', 'r-scale', 'Coffee roulette', 'roulette', 'k', '2031-03-03', 1)`,
      `${numbers(PEOPLE)} INSERT INTO enrollments (id, program_id, person_id, role, status)
        SELECT 're-' || i, 'r-scale', 'rp-' || i, 'both', 'active' FROM n`,
    ].map((q) => env.DB.prepare(q)),
  );
}

/** Ticks until a round is written and introduced; each tick held to the budget. */
async function runRound(at: number) {
  const metered = meteredEnv(env);
  for (let t = 0; t < 20; t++) {
    metered.reset();
    const outcome = (await runClock(metered.env, at + t * 300_000, at, roulette)).roulette!;
    expect(outcome).toMatchObject({ status: "done" });
    expect(metered.usage.maxParams).toBeLessThanOrEqual(100);
    expect(metered.usage.statements, JSON.stringify(metered.usage)).toBeLessThanOrEqual(BUDGET.statements);
    expect(metered.usage.subrequests, JSON.stringify(metered.usage)).toBeLessThanOrEqual(BUDGET.subrequests);
    const { results } = await env.DB.prepare("SELECT started_at FROM roulette_rounds WHERE started_at IS NULL").all();
    if (t > 0 && results.length === 0) return t + 1;
  }
  throw new Error("the round was not introduced within 20 ticks");
}

describe("roulette at 5,000 people", () => {
  it("writes and introduces a round within each tick's budget, and repeats nobody the next week", async () => {
    await seed();
    const ticks = await runRound(T0 + 3_600_000);
    expect(ticks).toBeLessThanOrEqual(7); // one to write, five to introduce 2,500 pairs
    await runRound(T0 + WEEK + 3_600_000);
    const mails = await env.DB.prepare(
      "SELECT count(*) AS n FROM outgoing_mail WHERE idempotency_key LIKE 'roulette-intro:%'",
    ).first<{ n: number }>();
    expect(mails!.n).toBe(2 * PEOPLE);
    const repeats = await env.DB.prepare(
      `SELECT count(*) AS n FROM roulette_members a JOIN roulette_members b ON a.pair_id = b.pair_id AND a.person_id < b.person_id
        JOIN roulette_members c ON c.person_id = a.person_id AND c.round = 2 AND a.round = 1
        JOIN roulette_members d ON d.pair_id = c.pair_id AND d.person_id = b.person_id`,
    ).first<{ n: number }>();
    expect(repeats!.n).toBe(0);

    const admin = await signIn(ADMIN);
    const res = await admin.json<{ round: number; pairs: unknown[] }[]>(
      "GET",
      "/api/programs/r-scale/roulette/rounds?limit=2",
    );
    expect(res.body.map((r) => r.round)).toEqual([2, 1]);
    expect(res.body[0]!.pairs).toHaveLength(PEOPLE / 2);
  }, 300_000);
});
