/**
 * Section 7: a 10,000-person program's insights. Tandem reads them in one batch of seven statements
 * (a compact row per participant and per pair, meetings and answers grouped by week) and computes in
 * memory; the peer asks the database per participant and per pair, as a page built from the records
 * would. Both give the same funnel and health, checked; counted: D1 statements and time.
 */
import { sql } from "drizzle-orm";
import { computeInsights } from "../workers/domain/insights/compute";
import { healthOf } from "../workers/domain/insights/measures";
import { insightRows } from "../workers/features/insights/repo/program";
import { createDb, type DB } from "../workers/platform/db";
import { localD1 } from "./local-d1";
import { ms, ratio, table, verdicts } from "./measure";

const PEOPLE = 10_000;
const DAY = 86_400_000;
const NOW = Date.parse("2027-03-01T10:00:00Z");
const DEPARTMENTS = ["Engineering", "Sales", "Finance", "Legal", "Support", "Marketing", "HR", "Operations"];

/** 3,500 mentors and 6,500 mentees; 5,000 pairs over the last 200 days, most meeting now and then. */
function seeded() {
  const local = localD1();
  const s = local.sqlite;
  s.exec("BEGIN");
  s.prepare(
    "INSERT INTO programs (id, slug, name, kind, join_key) VALUES ('p', 'p', 'Bench program', 'one-to-one', 'k')",
  ).run();
  const person = s.prepare(
    "INSERT INTO people (id, email, name, department, location, years_experience) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const enrol = s.prepare(
    "INSERT INTO enrollments (id, program_id, person_id, role, status, created_at) VALUES (?, 'p', ?, ?, ?, ?)",
  );
  for (let i = 0; i < PEOPLE; i++) {
    person.run(
      `u${i}`,
      `person${i}@example.com`,
      `Person ${i}`,
      DEPARTMENTS[i % 8]!,
      i % 3 ? "Berlin" : "Lisbon",
      i % 25,
    );
    enrol.run(
      `e${i}`,
      `u${i}`,
      i < 3500 ? "mentor" : "mentee",
      i % 50 === 0 ? "pending" : "active",
      NOW - (i % 300) * DAY,
    );
  }
  const pair = s.prepare(
    "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, created_at, started_at) VALUES (?, 'p', ?, ?, ?, 'match', ?, ?)",
  );
  const meeting = s.prepare(
    "INSERT INTO meetings (id, mentorship_id, starts_at, minutes, created_by) VALUES (?, ?, ?, 30, 'x')",
  );
  for (let i = 0; i < 5000; i++) {
    const created = NOW - (i % 200) * DAY;
    const status = i % 10 === 0 ? "completed" : i % 17 === 0 ? "ended" : "active";
    pair.run(`m${i}`, `u${i % 3500}`, `u${3500 + i}`, status, created, created);
    for (let k = 0; k < i % 5; k++) meeting.run(`x${i}-${k}`, `m${i}`, created + (k + 1) * 9 * DAY);
  }
  s.exec("COMMIT");
  local.stats.statements = 0;
  return local;
}

/** The peer: a query per participant for their pairs, and one per pair for its last meeting. */
async function fromRecords(db: DB) {
  const people = await db.all<{ person_id: string; status: string }>(
    sql`SELECT person_id, status FROM enrollments WHERE program_id = 'p'`,
  );
  const funnel = { signedUp: people.length, matched: 0, active: 0 };
  for (const p of people) {
    const pairs = await db.all<{ status: string }>(
      sql`SELECT status FROM mentorships WHERE program_id = 'p' AND (mentor_id = ${p.person_id} OR mentee_id = ${p.person_id})`,
    );
    if (pairs.length) funnel.matched++;
    if (pairs.some((x) => x.status === "active")) funnel.active++;
  }
  const active = await db.all<{ id: string; started_at: number }>(
    sql`SELECT id, started_at FROM mentorships WHERE program_id = 'p' AND status = 'active'`,
  );
  const health = { healthy: 0, quiet: 0, stalled: 0 };
  for (const m of active) {
    const [last] = await db.all<{ at: number | null }>(
      sql`SELECT max(starts_at) AS at FROM meetings WHERE mentorship_id = ${m.id} AND cancelled_at IS NULL AND starts_at <= ${NOW}`,
    );
    health[healthOf(last?.at ?? m.started_at, NOW).status]++;
  }
  return { funnel, health };
}

export async function runInsights() {
  console.log(
    `\n== A ${PEOPLE.toLocaleString("en")}-person program's insights: one batch beside a query per record ==`,
  );
  const range = { from: NOW - 84 * DAY, to: NOW };
  const ours = seeded();
  let start = performance.now();
  const insights = computeInsights(await insightRows(createDb(ours.d1), "p", range, NOW), range, NOW);
  const oursMs = performance.now() - start;
  const peer = seeded();
  start = performance.now();
  const theirs = await fromRecords(createDb(peer.d1));
  const peerMs = performance.now() - start;
  const same =
    insights.funnel.signedUp === theirs.funnel.signedUp &&
    insights.funnel.matched === theirs.funnel.matched &&
    insights.funnel.active === theirs.funnel.active &&
    JSON.stringify(insights.health) === JSON.stringify(theirs.health);
  verdicts.checks++;
  if (!same) verdicts.mismatches.push(`insights: ${JSON.stringify({ ours: insights.health, theirs: theirs.health })}`);
  table(
    ["insights of 10,000", "D1 statements", "time", "same funnel and health"],
    [
      ["Tandem (one batch)", String(ours.stats.statements), ms(oursMs), same ? "yes" : "NO"],
      [
        "a query per record",
        `${peer.stats.statements} (${ratio(peer.stats.statements, ours.stats.statements)})`,
        `${ms(peerMs)} (${ratio(peerMs, oursMs)})`,
        "",
      ],
    ],
  );
}
