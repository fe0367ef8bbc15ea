/**
 * @module features/mentorships/repo/seats
 * A mentor's seats and who may mentor, as SQL the writes of several features share, and publishing a
 * run. Capacity and "one open mentorship per mentee" are checked inside the writes, so simultaneous
 * requests cannot overfill a mentor.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import { MENTEE_ROLES, MENTOR_ROLES } from "../../../domain/roles";

/** A random UUID (version 4) made by SQLite, for rows inserted by `INSERT … SELECT`. */
export const SQL_UUID = sql.raw(
  `(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))`,
);

/**
 * Whether the enrollment role `role` may take the mentor's side of a pair, as SQL: the same list as
 * domain/pairing, so a query never disagrees with the rule the routes apply.
 */
export const mayMentorSql = (role: unknown) =>
  sql`${role} IN (${sql.join(
    MENTOR_ROLES.map((r) => sql`${r}`),
    sql`, `,
  )})`;

/** Whether the enrollment role `role` may take the mentee's side of a pair, as SQL, from the same list. */
export const mayBeMentoredSql = (role: unknown) =>
  sql`${role} IN (${sql.join(
    MENTEE_ROLES.map((r) => sql`${r}`),
    sql`, `,
  )})`;

/** Open mentorships of a mentor in a program (seats in use), as SQL over `program` and `mentor`. */
export const seatsInUse = (program: unknown, mentor: unknown, exceptRun?: unknown) => sql`(
  SELECT count(*) FROM mentorships m WHERE m.program_id = ${program} AND m.mentor_id = ${mentor}
    AND m.status IN ('proposed', 'active')${exceptRun === undefined ? sql`` : sql` AND (m.run_id IS NULL OR m.run_id <> ${exceptRun})`})`;

/** A mentor's seats in a program: their own capacity, else the program's default. */
export const seatsOf = (program: unknown, mentor: unknown) => sql`(
  SELECT coalesce(e.capacity, pr.default_capacity) FROM enrollments e JOIN programs pr ON pr.id = e.program_id
  WHERE e.program_id = ${program} AND e.person_id = ${mentor} AND e.status = 'active')`;

const menteeIsOpen = (program: unknown, mentee: unknown) => sql`EXISTS (
  SELECT 1 FROM mentorships m WHERE m.program_id = ${program} AND m.mentee_id = ${mentee}
    AND m.status IN ('proposed', 'active'))`;

export type PublishConflict = { mentorId: string; menteeId: string; reason: string };

/** Proposals of a run that can no longer be made: the mentee found a mentor meanwhile, or seats ran out. */
export async function publishConflicts(db: DB, runId: string): Promise<PublishConflict[]> {
  const rows = await db.all<{ mentor_id: string; mentee_id: string; mentee_taken: number; over: number }>(sql`
    SELECT p.mentor_id, p.mentee_id,
      ${menteeIsOpen(sql`r.program_id`, sql`p.mentee_id`)} AS mentee_taken,
      ${seatsInUse(sql`r.program_id`, sql`p.mentor_id`, sql`r.id`)}
        + (SELECT count(*) FROM match_proposals q WHERE q.run_id = r.id AND q.mentor_id = p.mentor_id)
        > coalesce(${seatsOf(sql`r.program_id`, sql`p.mentor_id`)}, 0) AS over
    FROM match_proposals p JOIN match_runs r ON r.id = p.run_id
    WHERE p.run_id = ${runId}`);
  return rows
    .filter((r) => r.mentee_taken || r.over)
    .map((r) => ({
      mentorId: r.mentor_id,
      menteeId: r.mentee_id,
      reason: r.mentee_taken ? "The mentee already has a mentor." : "The mentor has no seat left for this pair.",
    }));
}

/**
 * Publishes a done run: its proposals become active mentorships, in one batch. Publishing twice
 * changes nothing the second time. The guards repeat the conflict check inside the insert, so a
 * mentorship made by a request meanwhile is never doubled. Returns how many were made, or null if
 * the run was not publishable.
 */
export async function publishRun(db: DB, runId: string, now: number, record?: (published: SQL) => SQL) {
  const results = await batchStatements(db, [
    sql`UPDATE match_runs SET published_at = ${now}
      WHERE id = ${runId} AND status = 'done' AND published_at IS NULL`,
    // Its audit row, right after the update: written when this request published the run (`changes()`
    // counts the update's rows), never when another request did, even within the same millisecond.
    ...(record ? [record(sql`changes() = 1`)] : []),
    sql`INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, run_id, score, reasons, started_at, created_at)
      SELECT ${SQL_UUID}, r.program_id, p.mentor_id, p.mentee_id, 'active', 'match', r.id, p.score, p.reasons, ${now}, ${now}
      FROM match_proposals p JOIN match_runs r ON r.id = p.run_id
      WHERE p.run_id = ${runId} AND r.published_at = ${now}
        AND NOT ${menteeIsOpen(sql`r.program_id`, sql`p.mentee_id`)}
        AND ${seatsInUse(sql`r.program_id`, sql`p.mentor_id`, sql`r.id`)}
          + (SELECT count(*) FROM match_proposals q WHERE q.run_id = r.id AND q.mentor_id = p.mentor_id)
          <= coalesce(${seatsOf(sql`r.program_id`, sql`p.mentor_id`)}, 0)
      ON CONFLICT DO NOTHING`,
  ]);
  const [marked, inserted] = [results[0], results.at(-1)];
  if (marked!.meta.changes === 0) return null;
  return inserted!.meta.changes;
}
