/**
 * A program's insights beyond its pairs, against rows this test writes with known dates: satisfaction
 * month by month (a month of one to four answers hidden), the program's speed-mentoring events
 * (attendance and mutual picks, not another program's), and each rotation cycle's rating with the floor.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Insights } from "../../workers/domain/insights/compute";
import { ADMIN, createProgram, signIn, type Client } from "../helpers";
import * as rows from "../seed-rows";

const NOW = Date.now();
const DAY = 86_400_000;
const today = new Date(NOW);
/** The first instant of the month `back` months before this one. */
const monthStart = (back: number) => Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1);
const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

let admin: Client;
let programId: string;
let otherId: string;
const people: string[] = [];

const insights = async (query = "") => {
  const res = await admin.json<Insights>("GET", `/api/programs/${programId}/insights${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

async function survey(program: string) {
  const id = crypto.randomUUID();
  const questions = [
    { id: "rate", type: "rating", text: "How useful?" },
    { id: "rec", type: "nps", text: "Recommend?" },
  ];
  await env.DB.prepare(
    'INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES (?, ?, \'Check-in\', ?, \'{"anchor":"mentorship-start","offsetDays":14}\')',
  )
    .bind(id, program, JSON.stringify(questions))
    .run();
  return id;
}

const answer = (surveyId: string, answers: Record<string, number>, at: number) =>
  env.DB.prepare(
    "INSERT INTO survey_responses (id, survey_id, response_key, answers, created_at) VALUES (?, ?, ?, ?, ?)",
  )
    .bind(crypto.randomUUID(), surveyId, crypto.randomUUID(), JSON.stringify(answers), at)
    .run();

async function event(program: string) {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    `INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables, mentees_per_table, program_id, join_key)
     VALUES (?, 'Speed day', ?, 'Europe/Berlin', 8, 2, 4, 1, ?, 'k')`,
  )
    .bind(id, NOW - 3 * DAY, program)
    .run();
  return id;
}

const register = (eventId: string, personId: string, status: string) =>
  env.DB.prepare(
    "INSERT INTO event_registrations (id, event_id, person_id, role, status) VALUES (?, ?, ?, 'mentee', ?)",
  )
    .bind(crypto.randomUUID(), eventId, personId, status)
    .run();

const pick = (eventId: string, from: string, to: string) =>
  env.DB.prepare("INSERT INTO event_picks (event_id, from_id, to_id) VALUES (?, ?, ?)").bind(eventId, from, to).run();

async function cycle(program: string, n: number, started: boolean, ratings: number[]) {
  await env.DB.prepare(
    "INSERT INTO rotation_cycles (program_id, cycle, starts_at, ends_at, started_at) VALUES (?, ?, ?, ?, ?)",
  )
    .bind(program, n, NOW - (40 - n * 10) * DAY, NOW - (30 - n * 10) * DAY, started ? NOW - (40 - n * 10) * DAY : null)
    .run();
  for (const [i, rating] of ratings.entries()) {
    await env.DB.prepare(
      "INSERT INTO rotation_feedback (program_id, cycle, from_id, about_id, rating) VALUES (?, ?, ?, ?, ?)",
    )
      .bind(program, n, people[i]!, people[i + 1]!, rating)
      .run();
  }
}

beforeAll(async () => {
  admin = await signIn(ADMIN);
  programId = (await createProgram(admin)).id;
  otherId = (await createProgram(admin)).id;
  for (let i = 0; i < 7; i++) people.push(await rows.person("Engineering"));
});

describe("program insights over time and beyond the pairs", () => {
  it("give each month's rating and NPS from five answers on, and hide a month of fewer", async () => {
    const s = await survey(programId);
    // Two months back: five answers (ratings 5 4 4 3 5 → 4.2; 3 promoters, 1 detractor → NPS 40).
    for (const [rate, rec] of [
      [5, 10],
      [4, 9],
      [4, 7],
      [3, 3],
      [5, 10],
    ] as const)
      await answer(s, { rate, rec }, monthStart(2) + 9 * DAY);
    // Last month: three answers, hidden.
    for (const rate of [1, 1, 2]) await answer(s, { rate, rec: 0 }, monthStart(1) + 2 * DAY);
    // Before the range: counted in the program's figures, in no month shown.
    await answer(s, { rate: 5, rec: 10 }, monthStart(5) + DAY);
    // Another program's answers count nowhere here.
    const other = await survey(otherId);
    for (let i = 0; i < 5; i++) await answer(other, { rate: 1, rec: 0 }, monthStart(2) + 9 * DAY);

    const body = await insights(`?from=${new Date(monthStart(2)).toISOString().slice(0, 10)}`);
    expect(body.satisfaction.byMonth).toEqual([
      { month: monthOf(monthStart(2)), answers: 5, averageRating: 4.2, nps: 40 },
      { month: monthOf(monthStart(1)), answers: null, averageRating: null, nps: null },
      { month: monthOf(NOW), answers: 0, averageRating: null, nps: null },
    ]);
    expect(body.suppressed).toContainEqual({
      cell: `satisfaction:byMonth:${monthOf(monthStart(1))}`,
      reason: "fewer than 5 answers",
    });
    expect(body.suppressed.map((x) => x.cell)).not.toContain(`satisfaction:byMonth:${monthOf(monthStart(2))}`);
    // The whole program: nine ratings (21 + 4 + 5 = 30 → 3.3), NPS (4 − 4) / 9 → 0.
    expect(body.satisfaction).toMatchObject({ averageRating: 3.3, nps: 0 });
  });

  it("count the program's events: who registered, who came, and who picked each other", async () => {
    const day = await event(programId);
    const [a, b, c, d, e, f] = people;
    for (const [who, status] of [
      [a, "present"],
      [b, "present"],
      [c, "left"],
      [d, "present"],
      [e, "no-show"],
      [f, "registered"],
    ] as const)
      await register(day, who!, status);
    await pick(day, a!, b!);
    await pick(day, b!, a!);
    await pick(day, a!, c!);
    await pick(day, c!, d!);
    await pick(day, d!, c!);
    // Another program's event, with a mutual pick of its own.
    const elsewhere = await event(otherId);
    await register(elsewhere, a!, "present");
    await pick(elsewhere, a!, d!);
    await pick(elsewhere, d!, a!);

    const body = await insights();
    expect(body.engagement.events).toEqual({ registered: 6, present: 4, mutualPicks: 2 });
  });

  it("give each started rotation cycle's average rating from five answers on", async () => {
    await cycle(programId, 1, true, [4, 4, 5, 3, 4]);
    await cycle(programId, 2, true, [5, 2]);
    await cycle(programId, 3, false, []);
    await cycle(otherId, 1, true, [1, 1, 1, 1, 1]);

    const body = await insights();
    expect(body.engagement.cycles).toEqual([
      { cycle: 1, answers: 5, averageRating: 4 },
      { cycle: 2, answers: null, averageRating: null },
    ]);
    expect(body.suppressed).toContainEqual({ cell: "cycles:2", reason: "fewer than 5 answers" });
  });
});
