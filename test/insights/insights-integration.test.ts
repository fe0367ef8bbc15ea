/**
 * A program's insights, against a program this test builds row by row with known dates: every figure,
 * the 5-person floor (and the differences that would give a hidden cell away), the range's validation,
 * who may read them, and how many statements a read costs.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import type { Insights } from "../../workers/domain/insights/compute";
import { weekOf } from "../../workers/domain/insights/measures";
import { ADMIN, ORIGIN, createProgram, signIn, uniqueEmail, type Client } from "../helpers";
import { meteredEnv } from "../metered-env";
import * as rows from "../seed-rows";

const NOW = Date.now();
const ago = (days: number) => rows.ago(days, NOW);

let admin: Client;
let programId: string;
const person = (department: string, location?: string, years?: number | null, email?: string) =>
  rows.person(department, location, years, email);
const enrol = (personId: string, role: string, createdDaysAgo: number, status?: string) =>
  rows.enrol(programId, personId, role, ago(createdDaysAgo), status);
const pair = (mentor: string, mentee: string, status: string, createdDaysAgo: number, endReason?: string) =>
  rows.pair(programId, mentor, mentee, status, ago(createdDaysAgo), endReason);
const meeting = (mentorshipId: string, daysAgo: number, cancelled = false) =>
  rows.meeting(mentorshipId, ago(daysAgo), cancelled);

const insights = async (client: Client, query = "") =>
  client.json<Insights & { cohort: string | null }>("GET", `/api/programs/${programId}/insights${query}`);

/*
 * The program: Engineering has 10 people (5 mentors, 5 mentees), Sales 6 (3 + 3), Legal 2 mentees and
 * Finance 1 mentee, plus one pending sign-up. Pairs: 4 in Engineering (2 active, 1 completed, 1 ended
 * early), 1 Sales mentor with a Legal mentee (active), 1 proposed in Sales.
 */
const ids: Record<string, string[]> = {};
beforeAll(async () => {
  admin = await signIn(ADMIN);
  programId = (await createProgram(admin)).id;
  const add = async (dept: string, role: string, n: number, daysAgo: number) => {
    for (let i = 0; i < n; i++) {
      const p = await person(dept);
      await enrol(p, role, daysAgo);
      (ids[`${dept}:${role}`] ??= []).push(p);
    }
  };
  await add("Engineering", "mentor", 5, 60);
  await add("Engineering", "mentee", 5, 50);
  await add("Sales", "mentor", 3, 40);
  await add("Sales", "mentee", 3, 20);
  await add("Legal", "mentee", 2, 10);
  await add("Finance", "mentee", 1, 5);
  await enrol(await person("Finance"), "mentee", 2, "pending");

  const [m1, m2, m3, m4] = ids["Engineering:mentor"]!;
  const [e1, e2, e3, e4] = ids["Engineering:mentee"]!;
  // Active, met 3 days ago (healthy) and twice before.
  const healthy = await pair(m1!, e1!, "active", 45);
  await meeting(healthy, 3);
  await meeting(healthy, 17);
  await meeting(healthy, 30, true);
  // Active, last met 25 days ago: quiet.
  const quiet = await pair(m2!, e2!, "active", 40);
  await meeting(quiet, 25);
  await pair(m3!, e3!, "completed", 44);
  await pair(m4!, e4!, "ended", 30, "time");
  // Active since 50 days and never met: stalled.
  await pair(ids["Sales:mentor"]![0]!, ids["Legal:mentee"]![0]!, "active", 50);
  await pair(ids["Sales:mentor"]![1]!, ids["Sales:mentee"]![0]!, "proposed", 2);
  // A future meeting is not held yet.
  await meeting(healthy, -5);
});

describe("program insights", () => {
  it("count the funnel, matching, engagement and health of the pairs the program has", async () => {
    const { status, body } = await insights(admin);
    expect(status).toBe(200);
    expect(body.funnel).toMatchObject({
      signedUp: 20,
      confirmed: 19,
      matched: 12,
      metOnce: 4,
      active: 6,
      completed: 2,
      endedEarly: 2,
    });
    // One pair ended early: a count under five merges into `others` and is hidden.
    expect(body.funnel.endReasons).toEqual({ others: null });
    expect(body.suppressed).toContainEqual({ cell: "endReasons:time", reason: "fewer than 5 people" });
    // Mentees: 5 Engineering + 3 Sales + 2 Legal + 1 Finance active; matched 4 + 1 (Legal) + 1 (Sales, proposed).
    expect(body.matching.matchRate).toBe(54.5);
    // Waiting: the unpaired, and the mentee whose pair ended early; not the proposed, active or completed.
    expect(body.matching.waiting).toBe(6);
    expect(body.matching.longestWaitDays).toBe(50);
    // Mentors of 2 seats: 5 + 3; open pairs: 2 Engineering active, 1 Sales active, 1 Sales proposed.
    expect(body.matching.seatsFree).toBe(16 - 4);
    expect(body.matching.mentorsAtCapacity).toBe(0);
    expect(body.health).toEqual({ healthy: 1, quiet: 1, stalled: 1 });
    expect(body.engagement.metLast30Days).toBe(66.7);
    expect(body.engagement).toMatchObject({ goalsSet: 0, milestonesReached: 0 });
    // Held meetings 3 over 5 pairs that started, each at least a month.
    expect(body.engagement.meetingsPerPairPerMonth).toBeGreaterThan(0);
    expect(body.crossDepartmentShare).toBe(20);
  });

  it("hide breakdown rows of fewer than five, merge the next smallest in, and hide matched counts a difference would reveal", async () => {
    const { body } = await insights(admin);
    const department = body.breakdowns.department;
    // Finance 1 and Legal 2 merge; Sales (6) joins them so the merged row counts 9 and gives nobody away.
    expect(department).toEqual([
      { value: "Engineering", people: 10, matched: null },
      { value: null, people: 9, matched: null },
    ]);
    const cells = body.suppressed.map((s) => s.cell);
    expect(cells).toEqual(expect.arrayContaining(["department:Finance", "department:Legal", "department:Sales"]));
    // Engineering: 8 of 10 matched leaves 2 unmatched, under five: hidden, and so is the merged row's.
    expect(cells).toEqual(expect.arrayContaining(["department:Engineering:matched", "department:others:matched"]));
    // Everyone is in Berlin: one row, shown whole.
    expect(body.breakdowns.location).toEqual([{ value: "Berlin", people: 19, matched: 12 }]);
  });

  it("give weekly series over the range, with answers under five hidden", async () => {
    const { body } = await insights(admin, `?from=${new Date(ago(60)).toISOString().slice(0, 10)}`);
    expect(body.series[0]!.week).toBe(weekOf(ago(60)));
    expect(body.series.at(-1)!.week).toBe(weekOf(NOW));
    const at = (daysAgo: number) => body.series.find((w) => w.week === weekOf(ago(daysAgo)))!;
    expect(at(60).signups).toBe(5);
    expect(at(3).meetings).toBeGreaterThanOrEqual(1);
    expect(body.series.reduce((n, w) => n + w.meetings, 0)).toBe(3);
    expect(body.series.reduce((n, w) => n + w.newPairs, 0)).toBe(6);
    expect(body.satisfaction).toMatchObject({ invited: 0, responseRate: null, averageRating: null, nps: null });
  });

  it("give ratings and NPS from five answers on, and the response rate of those invited", async () => {
    const survey = crypto.randomUUID();
    const questions = [
      { id: "rate", type: "rating", text: "How useful?" },
      { id: "rec", type: "nps", text: "Recommend?" },
      { id: "why", type: "text", text: "Why?" },
    ];
    await env.DB.prepare(
      'INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES (?, ?, \'Check-in\', ?, \'{"anchor":"mentorship-start","offsetDays":14}\')',
    )
      .bind(survey, programId, JSON.stringify(questions))
      .run();
    const answers = [
      { rate: 5, rec: 10 },
      { rate: 4, rec: 9 },
      { rate: 4, rec: 7 },
      { rate: 3, rec: 3 },
      { rate: 5, rec: 10, why: "Great" },
    ];
    const people = ids["Engineering:mentee"]!;
    for (const [i, a] of answers.entries()) {
      const invitation = crypto.randomUUID();
      await env.DB.prepare(
        "INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at, responded_at) VALUES (?, ?, ?, 's', ?, ?, ?, ?)",
      )
        .bind(invitation, survey, people[i]!, crypto.randomUUID(), ago(2), ago(-10), ago(1))
        .run();
      await env.DB.prepare(
        "INSERT INTO survey_responses (id, survey_id, response_key, invitation_id, answers, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      )
        .bind(crypto.randomUUID(), survey, crypto.randomUUID(), invitation, JSON.stringify(a), ago(1))
        .run();
    }
    // Three more invited who have not answered.
    for (const p of ids["Sales:mentee"]!) {
      await env.DB.prepare(
        "INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at) VALUES (?, ?, ?, 's', ?, ?, ?)",
      )
        .bind(crypto.randomUUID(), survey, p, crypto.randomUUID(), ago(2), ago(-10))
        .run();
    }
    const { body } = await insights(admin);
    // Ratings 5, 4, 4, 3, 5 → 4.2; NPS: 3 promoters, 1 detractor of 5 → 40.
    expect(body.satisfaction).toMatchObject({ invited: 8, responseRate: 62.5, averageRating: 4.2, nps: 40 });
    expect(body.series.find((w) => w.week === weekOf(ago(1)))!.answers).toBe(5);
    expect(body.suppressed.map((s) => s.cell)).not.toContain("satisfaction:averageRating");
  });

  it("follow one sign-up month's cohort on its own", async () => {
    const month = (daysAgo: number) => new Date(ago(daysAgo)).toISOString().slice(0, 7);
    const cohort = month(60);
    // How many the test enrolled how many days ago (the pending sign-up included).
    const intake: [number, number][] = [
      [5, 60],
      [5, 50],
      [3, 40],
      [3, 20],
      [2, 10],
      [1, 5],
      [1, 2],
    ];
    const expected = intake.filter(([, d]) => month(d) === cohort).reduce((n, [k]) => n + k, 0);
    const { status, body } = await insights(admin, `?cohort=${cohort}`);
    expect(status).toBe(200);
    expect(body.cohort).toBe(cohort);
    expect(body.funnel.signedUp).toBe(expected);
    expect(body.funnel.signedUp).toBeLessThan(20);
    // The Engineering mentors signed up that month, and 4 of them are in pairs.
    expect(body.funnel.matched).toBeGreaterThanOrEqual(4);
    expect((await insights(admin, "?cohort=2026-13")).status).toBe(400);
    expect((await insights(admin)).body.cohort).toBeNull();
  });

  it("give each table as CSV, hidden cells said so, for managers only", async () => {
    const csv = async (client: Client, table: string) => {
      const res = await client.request("GET", `/api/programs/${programId}/insights.csv?table=${table}`);
      return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
    };
    const funnel = await csv(admin, "funnel");
    expect(funnel.type).toMatch(/^text\/csv/);
    expect(funnel.text.split("\r\n").slice(0, 3)).toEqual(["stage,people", "Signed up,20", "Confirmed,19"]);
    const breakdowns = (await csv(admin, "breakdowns")).text.split("\r\n");
    expect(breakdowns).toContain("department,Engineering,10,hidden");
    expect(breakdowns).toContain("department,Others (fewer than 5 each),9,hidden");
    const health = (await csv(admin, "health")).text.split("\r\n");
    expect(health[0]).toBe("mentor,mentee,status,days,last_met,reason");
    expect(health.slice(1).map((r) => r.split(",")[2])).toEqual(["stalled", "quiet"]);
    expect((await csv(admin, "everything")).status).toBe(400);
    const strangerEmail = uniqueEmail("csv-stranger");
    await person("Sales", "Berlin", 4, strangerEmail);
    expect((await csv(await signIn(strangerEmail), "funnel")).status).toBe(404);
  });

  it("refuse a range that is not one, and change nothing", async () => {
    for (const q of [
      "?from=2026-13-01",
      "?from=yesterday",
      "?from=2026-05-01&to=2026-04-01",
      "?from=2020-01-01&to=2026-01-01",
    ]) {
      const res = await insights(admin, q);
      expect(res.status, q).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "invalid_input" } });
    }
  });

  it("are for the program's managers and admins only", async () => {
    // Someone known to Tandem (here, through another program) who does not manage this one.
    const strangerEmail = uniqueEmail("stranger");
    await person("Sales", "Berlin", 4, strangerEmail);
    expect((await insights(await signIn(strangerEmail))).status).toBe(404);
    const other = await createProgram(admin);
    const manager = uniqueEmail("manager");
    const managerId = await person("HR", "Berlin", 4, manager);
    await env.DB.prepare("INSERT INTO program_managers (program_id, person_id) VALUES (?, ?)")
      .bind(other.id, managerId)
      .run();
    expect((await insights(await signIn(manager))).status).toBe(404);
    await env.DB.prepare("INSERT INTO program_managers (program_id, person_id) VALUES (?, ?)")
      .bind(programId, managerId)
      .run();
    expect((await insights(await signIn(manager))).status).toBe(200);
    const signedOut = await app.request(`${ORIGIN}/api/programs/${programId}/insights`, {}, env);
    expect(signedOut.status).toBe(401);
  });

  it("make the organiser's home: each program's numbers and the next step, theirs only", async () => {
    const home = await admin.json<{
      items: {
        id: string;
        waiting: number;
        quiet: number;
        stalled: number;
        matchRate: number;
        nextStep: { kind: string; text: string; path: string };
      }[];
      total: number;
    }>("GET", "/api/insights?pageSize=100");
    expect(home.status).toBe(200);
    const mine = home.body.items.find((p) => p.id === programId)!;
    expect(mine).toMatchObject({ waiting: 6, quiet: 1, stalled: 1, matchRate: 54.5 });
    expect(mine.nextStep).toMatchObject({
      kind: "match",
      text: "6 people wait for a match",
      path: `/admin/programs/${programId}/matching`,
    });
    // A participant organises nothing: an empty list, not another's programs.
    const participant = uniqueEmail("participant");
    await person("Sales", "Berlin", 4, participant);
    const theirs = await (await signIn(participant)).json<{ items: unknown[]; total: number }>("GET", "/api/insights");
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    expect((await app.request(`${ORIGIN}/api/insights`, {}, env)).status).toBe(401);
    expect((await admin.json("GET", "/api/insights?pageSize=500")).status).toBe(400);
  });

  it("list the pairs that need attention, on the program's own thresholds", async () => {
    type Page = {
      items: { menteeEmail: string; status: string; days: number; lastMeetingAt: number | null; reason: string }[];
      total: number;
    };
    const both = await admin.json<Page>("GET", `/api/programs/${programId}/health`);
    expect(both.status).toBe(200);
    expect(both.body.items.map((p) => [p.status, p.days])).toEqual([
      ["stalled", 50],
      ["quiet", 25],
    ]);
    expect(both.body.items[0]!.reason).toBe("No meeting logged in the 50 days since the pair started");
    expect(both.body.items[1]!.lastMeetingAt).not.toBeNull();
    expect((await admin.json<Page>("GET", `/api/programs/${programId}/health?status=quiet`)).body.total).toBe(1);
    // Stricter thresholds make the quiet pair (25 days) stalled too; the one that met 3 days ago stays healthy.
    const policy = await admin.json("PUT", `/api/programs/${programId}/health-policy`, {
      body: { quietDays: 7, stalledDays: 14, autoEndDays: null },
    });
    expect(policy).toMatchObject({ status: 200, body: { quietDays: 7, stalledDays: 14, autoEndDays: null } });
    const stricter = await admin.json<Page>("GET", `/api/programs/${programId}/health?status=stalled`);
    expect(stricter.body.items.map((p) => p.days)).toEqual([50, 25]);
    for (const body of [
      { quietDays: 30, stalledDays: 20, autoEndDays: null },
      { quietDays: 7, stalledDays: 14, autoEndDays: 10 },
      { quietDays: 1, stalledDays: 14, autoEndDays: null },
    ]) {
      expect((await admin.json("PUT", `/api/programs/${programId}/health-policy`, { body })).status).toBe(400);
    }
    expect((await admin.json("GET", `/api/programs/${programId}/health-policy`)).body).toMatchObject({ quietDays: 7 });
    await admin.json("PUT", `/api/programs/${programId}/health-policy`, {
      body: { quietDays: 21, stalledDays: 42, autoEndDays: null },
    });
    const stranger = uniqueEmail("outsider");
    await person("Sales", "Berlin", 4, stranger);
    const outsider = await signIn(stranger);
    expect((await outsider.json("GET", `/api/programs/${programId}/health`)).status).toBe(404);
    expect(
      (
        await outsider.json("PUT", `/api/programs/${programId}/health-policy`, {
          body: { quietDays: 7, stalledDays: 14, autoEndDays: null },
        })
      ).status,
    ).toBe(404);
  });

  it("cost a handful of statements, whatever the program's size", async () => {
    const metered = meteredEnv(env);
    const res = await app.request(
      `${ORIGIN}/api/programs/${programId}/insights`,
      { headers: { cookie: admin.cookie } },
      metered.env,
    );
    expect(res.status).toBe(200);
    // The session, then one batch of seven.
    expect(metered.usage.statements).toBeLessThan(10);
  });
});
