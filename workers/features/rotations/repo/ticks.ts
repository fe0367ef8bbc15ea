/**
 * @module features/rotations/repo/ticks
 * What the cron's rotation step reads and writes in D1: the cycles due to end or start, their people,
 * and the mentorships a cycle opens and closes. Each write repeats safely (features/rotations/jobs).
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { SQL_UUID } from "../../mentorships";

export type Due = {
  program_id: string;
  program_name: string;
  cycle: number;
  starts_at: number;
  ends_at: number;
  pairs: string;
};
export type Pairs = { juniorId: string; seniorIds: string[] }[];
type Person = { id: string; name: string; email: string; title: string; department: string; timezone: string };
type Topics = { id: string; offered: string; sought: string };

/**
 * Cycles ended and started per tick: each mails everyone in its program (10,000 people are about 200
 * statements and queue calls), so a tick stays under D1's ~1,000 queries; the rest waits a tick.
 */
const CYCLES_PER_TICK = 2;

const dueWhere = (where: SQL) => sql`
    SELECT c.program_id, p.name AS program_name, c.cycle, c.starts_at, c.ends_at, c.pairs
    FROM rotation_cycles c JOIN programs p ON p.id = c.program_id
    WHERE p.kind = 'reverse' AND p.rotation_paused = 0 AND ${where}
    ORDER BY c.starts_at, c.program_id LIMIT ${CYCLES_PER_TICK}`;

/** Cycles under way whose end has come. */
export const cyclesToEnd = (db: DB, now: number) =>
  db.all<Due>(dueWhere(sql`c.started_at IS NOT NULL AND c.ended_at IS NULL AND c.ends_at <= ${now}`));

/** Cycles not started whose start has come. */
export const cyclesToStart = (db: DB, now: number) =>
  db.all<Due>(dueWhere(sql`c.started_at IS NULL AND c.starts_at <= ${now}`));

/** The pairs' people who still take part, with what the mail needs. */
export async function participants(db: DB, programId: string, pairs: Pairs) {
  const ids = pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]);
  const rows = await db.all<Person & Topics & { ui_language: string | null }>(sql`
    SELECT p.id, p.name, p.email, p.title, p.department, p.timezone, p.ui_language, e.skills_offered AS offered, e.skills_sought AS sought
    FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.program_id = ${programId} AND e.status = 'active'
      AND p.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return new Map(rows.map((r) => [r.id, r]));
}

const pairRows = (pairs: Pairs) => pairs.flatMap((p) => p.seniorIds.map((s) => ({ junior: p.juniorId, senior: s })));

/**
 * The cycle's pairs as active mentorships; ON CONFLICT DO NOTHING (after `WHERE true`, which SQLite
 * needs to read an upsert after a SELECT) makes a second tick add none.
 */
export const openPairs = (db: DB, c: Due, pairs: Pairs, now: number) =>
  db.run(sql`
    INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at, created_at)
    SELECT ${SQL_UUID}, ${c.program_id}, json_extract(value, '$.junior'), json_extract(value, '$.senior'),
      'active', 'rotation', ${now}, ${now}
    FROM json_each(${JSON.stringify(pairRows(pairs))}) WHERE true
    ON CONFLICT DO NOTHING`);

/** The cycle's pairs' mentorships complete. */
export const closePairs = (db: DB, c: Due, pairs: Pairs, now: number) =>
  db.run(sql`
    UPDATE mentorships SET status = 'completed', ended_at = ${now}, end_reason = 'rotation'
    WHERE program_id = ${c.program_id} AND source = 'rotation' AND status = 'active'
      AND (mentor_id || '|' || mentee_id) IN (SELECT json_extract(value, '$.junior') || '|' || json_extract(value, '$.senior')
        FROM json_each(${JSON.stringify(pairRows(pairs))}))`);

export const markStarted = (db: DB, c: Due, now: number) =>
  db.run(sql`UPDATE rotation_cycles SET started_at = ${now}
    WHERE program_id = ${c.program_id} AND cycle = ${c.cycle} AND started_at IS NULL`);

export const markEnded = (db: DB, c: Due, now: number) =>
  db.run(sql`UPDATE rotation_cycles SET ended_at = ${now}
    WHERE program_id = ${c.program_id} AND cycle = ${c.cycle} AND ended_at IS NULL`);

/** A cycle that passed entirely without a tick: nobody met in it. */
export const markSkipped = (db: DB, c: Due, now: number) =>
  db.run(sql`UPDATE rotation_cycles SET started_at = ${now}, ended_at = ${now}, skipped = 1, pairs = '[]', byes = '[]'
    WHERE program_id = ${c.program_id} AND cycle = ${c.cycle} AND started_at IS NULL`);
