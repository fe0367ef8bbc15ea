/**
 * @module features/mentorships/repo
 * Mentorships: made by publishing a run (or accepting a request), listed for each person, and
 * completed or ended early. Capacity and "one open mentorship per mentee" are checked inside the
 * writes, so simultaneous requests cannot overfill a mentor.
 */
import { eq, sql } from "drizzle-orm";
import { withdrewFrom } from "../programs/repo/participation";
import type { DB } from "../../platform/db";
import { batchStatements } from "../../platform/statements";
import { mentorships } from "../../db/schema";
import type { MentorshipStatus } from "../../domain/statuses";
import { MENTOR_ROLES } from "../../domain/roles";

export type Mentorship = typeof mentorships.$inferSelect;

/** A mentorship, and whether either of its two people has withdrawn from its program since. */
export async function mentorshipById(db: DB, id: string) {
  const [row] = await db
    .select({
      m: mentorships,
      left: sql<number>`${withdrewFrom(sql`${mentorships.programId}`, sql`${mentorships.mentorId}`)}
        OR ${withdrewFrom(sql`${mentorships.programId}`, sql`${mentorships.menteeId}`)}`,
    })
    .from(mentorships)
    .where(eq(mentorships.id, id));
  return row ? { m: row.m, someoneLeft: !!row.left } : null;
}

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
export async function publishRun(db: DB, runId: string, now: number) {
  const [marked, inserted] = await batchStatements(db, [
    sql`UPDATE match_runs SET published_at = ${now}
      WHERE id = ${runId} AND status = 'done' AND published_at IS NULL`,
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
  if (marked!.meta.changes === 0) return null;
  return inserted!.meta.changes;
}

export type MentorshipView = {
  id: string;
  programId: string;
  programName: string;
  status: MentorshipStatus;
  role: "mentor" | "mentee";
  /** `email` is null once the mentorship ended early or the partner withdrew from the program. */
  partner: { id: string; name: string; email: string | null; department: string; title: string; timezone: string };
  score: number | null;
  reasons: string[];
  startedAt: number | null;
  endedAt: number | null;
  endReason: string | null;
  /** Milestones of the mentee's goals reached in the last two weeks, newest first: the dashboard celebrates them. */
  recentMilestones: { title: string; goal: string; doneAt: number }[];
};

/** A person's mentorships in every program, newest first, each with the other person. */
export async function mentorshipsOfPerson(db: DB, personId: string): Promise<MentorshipView[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT m.id, m.program_id, pr.name AS program_name, m.status, m.score, m.reasons, m.started_at, m.ended_at,
      m.end_reason, CASE WHEN m.mentor_id = ${personId} THEN 'mentor' ELSE 'mentee' END AS role,
      o.id AS partner_id, o.name AS partner_name, o.department AS partner_department,
      CASE WHEN m.status = 'ended' OR ${withdrewFrom(sql`m.program_id`, sql`o.id`)} THEN NULL ELSE o.email END AS partner_email,
      o.title AS partner_title, o.timezone AS partner_timezone
    FROM mentorships m
    JOIN programs pr ON pr.id = m.program_id
    JOIN people o ON o.id = CASE WHEN m.mentor_id = ${personId} THEN m.mentee_id ELSE m.mentor_id END
    WHERE m.mentor_id = ${personId} OR m.mentee_id = ${personId}
    ORDER BY m.created_at DESC`);
  const reached = await db.all<{ mentorship_id: string; title: string; goal: string; done_at: number }>(sql`
    SELECT g.mentorship_id, s.title, g.title AS goal, s.done_at FROM milestones s JOIN goals g ON g.id = s.goal_id
    WHERE s.done_at > ${Date.now() - 14 * 86_400_000}
      AND g.mentorship_id IN (SELECT value FROM json_each(${JSON.stringify(rows.map((r) => r.id))}))
    ORDER BY s.done_at DESC`);
  return rows.map((r) => ({
    id: r.id as string,
    programId: r.program_id as string,
    programName: r.program_name as string,
    status: r.status as MentorshipStatus,
    role: r.role as "mentor" | "mentee",
    partner: {
      id: r.partner_id as string,
      name: r.partner_name as string,
      email: r.partner_email as string | null,
      department: r.partner_department as string,
      title: r.partner_title as string,
      timezone: r.partner_timezone as string,
    },
    score: r.score as number | null,
    reasons: JSON.parse(r.reasons as string),
    startedAt: r.started_at as number | null,
    endedAt: r.ended_at as number | null,
    endReason: r.end_reason as string | null,
    recentMilestones: reached
      .filter((x) => x.mentorship_id === r.id)
      .map((x) => ({ title: x.title, goal: x.goal, doneAt: x.done_at })),
  }));
}

/**
 * Starts a proposed mentorship if its mentor still has a seat and its mentee no other mentor: both
 * checked inside the update. The proposed row itself counts as a seat taken, so it is left out.
 */
export async function activateMentorship(db: DB, id: string, now: number) {
  const res = await db.run(sql`
    UPDATE mentorships AS m SET status = 'active', started_at = ${now}
    WHERE m.id = ${id} AND m.status = 'proposed'
      AND ${seatsInUse(sql`m.program_id`, sql`m.mentor_id`)} - 1 < coalesce(${seatsOf(sql`m.program_id`, sql`m.mentor_id`)}, 0)
      AND NOT EXISTS (SELECT 1 FROM mentorships o WHERE o.program_id = m.program_id AND o.mentee_id = m.mentee_id
        AND o.status = 'active' AND o.id <> m.id)`);
  return res.meta.changes > 0;
}
