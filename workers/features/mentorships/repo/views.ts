/**
 * @module features/mentorships/repo/views
 * Mentorships as people read them: each person's own, with the partner and recent milestones, and a
 * program's list for its managers.
 */
import { readReasons } from "../../../domain/matching/reasons";
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import type { MentorshipStatus } from "../../../domain/statuses";
import { withdrewFrom } from "../../programs";

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
  watchOut: string[];
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
    ...readReasons(JSON.parse(r.reasons as string), r.role as "mentor" | "mentee"),
    startedAt: r.started_at as number | null,
    endedAt: r.ended_at as number | null,
    endReason: r.end_reason as string | null,
    recentMilestones: reached
      .filter((x) => x.mentorship_id === r.id)
      .map((x) => ({ title: x.title, goal: x.goal, doneAt: x.done_at })),
  }));
}

export type ProgramMentorshipRow = {
  id: string;
  status: MentorshipStatus;
  /** Typed as the API document lists it, though a rotation's pairs say `rotation` here too. */
  source: "match" | "request" | "event";
  score: number | null;
  startedAt: number | null;
  endedAt: number | null;
  endReason: string | null;
  endNote: string | null;
  mentorId: string;
  mentorName: string;
  mentorEmail: string;
  menteeId: string;
  menteeName: string;
  menteeEmail: string;
};

/** One page of a program's mentorships (of one status, if given), newest first, and how many there are. */
export async function programMentorships(
  db: DB,
  programId: string,
  q: { page: number; pageSize: number; status?: MentorshipStatus },
) {
  const filter = q.status ? sql`AND m.status = ${q.status}` : sql``;
  // One batch: the page and its count in one round trip.
  const [page, counted] = await batchStatements(db, [
    sql`
      SELECT m.id, m.status, m.source, m.score, m.started_at AS startedAt, m.ended_at AS endedAt, m.end_reason AS endReason, m.end_note AS endNote,
        a.id AS mentorId, a.name AS mentorName, a.email AS mentorEmail, b.id AS menteeId, b.name AS menteeName, b.email AS menteeEmail
      FROM mentorships m JOIN people a ON a.id = m.mentor_id JOIN people b ON b.id = m.mentee_id
      WHERE m.program_id = ${programId} ${filter}
      ORDER BY m.created_at DESC, m.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    sql`SELECT count(*) AS n FROM mentorships m WHERE m.program_id = ${programId} ${filter}`,
  ]);
  const items = page!.results as ProgramMentorshipRow[];
  const [total] = counted!.results as { n: number }[];
  return { items, total: total?.n ?? 0 };
}
