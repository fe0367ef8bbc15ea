/**
 * @module features/mentorships/repo/next
 * What a person has to do next across their programs, for the top of their dashboard: requests
 * waiting for their answer, open surveys, rotation cycles to rate, and running mentorships with no
 * meeting planned. Four reads in one batch, each bounded.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import { withdrewFrom } from "../../programs";

const LIMIT = 20;

export type DueWork = {
  requests: { id: string; program_name: string; mentee_name: string; deadline_at: number | null }[];
  surveys: { id: string; title: string; closes_at: number }[];
  ratings: { program_id: string; program_name: string; cycle: number; ended_at: number }[];
  quiet: { id: string; partner_name: string; last_met_at: number | null }[];
};

export async function dueWorkOf(db: DB, personId: string, now: number): Promise<DueWork> {
  // One batch, one round trip: the dashboard asks for this on every visit.
  const results = await batchStatements(db, [
    sql`
      SELECT r.id, pr.name AS program_name, p.name AS mentee_name, r.deadline_at
      FROM mentor_requests r JOIN programs pr ON pr.id = r.program_id JOIN people p ON p.id = r.mentee_id
      WHERE r.mentor_id = ${personId} AND r.status = 'pending'
      ORDER BY r.deadline_at IS NULL, r.deadline_at LIMIT ${LIMIT}`,
    sql`
      SELECT i.id, s.title, i.closes_at FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id
      WHERE i.person_id = ${personId} AND i.responded_at IS NULL AND s.active = 1
        AND i.due_at <= ${now} AND i.closes_at > ${now}
      ORDER BY i.closes_at LIMIT ${LIMIT}`,
    // A cycle the person was paired in (as the junior or one of the seniors) that ended unrated.
    sql`
      SELECT c.program_id, pr.name AS program_name, c.cycle, c.ended_at
      FROM rotation_cycles c JOIN programs pr ON pr.id = c.program_id
      JOIN enrollments e ON e.program_id = c.program_id AND e.person_id = ${personId} AND e.status = 'active'
      WHERE c.ended_at IS NOT NULL AND c.skipped = 0
        AND EXISTS (SELECT 1 FROM json_each(c.pairs) p
          WHERE p.value ->> 'juniorId' = ${personId}
            OR EXISTS (SELECT 1 FROM json_each(p.value -> 'seniorIds') s WHERE s.value = ${personId}))
        AND NOT EXISTS (SELECT 1 FROM rotation_feedback f
          WHERE f.program_id = c.program_id AND f.cycle = c.cycle AND f.from_id = ${personId})
      ORDER BY c.ended_at DESC LIMIT ${LIMIT}`,
    // Running pairs (not a rotation's, which the clock plans) with no meeting ahead, longest quiet first.
    sql`
      SELECT m.id, o.name AS partner_name,
        (SELECT MAX(g.starts_at) FROM meetings g
          WHERE g.mentorship_id = m.id AND g.cancelled_at IS NULL AND g.starts_at <= ${now}) AS last_met_at
      FROM mentorships m
      JOIN people o ON o.id = CASE WHEN m.mentor_id = ${personId} THEN m.mentee_id ELSE m.mentor_id END
      WHERE (m.mentor_id = ${personId} OR m.mentee_id = ${personId}) AND m.status = 'active' AND m.source != 'rotation'
        AND NOT ${withdrewFrom(sql`m.program_id`, sql`${personId}`)} AND NOT ${withdrewFrom(sql`m.program_id`, sql`o.id`)}
        AND NOT EXISTS (SELECT 1 FROM meetings g
          WHERE g.mentorship_id = m.id AND g.cancelled_at IS NULL AND g.starts_at > ${now})
      ORDER BY COALESCE(last_met_at, m.started_at, 0) LIMIT ${LIMIT}`,
  ]);
  const [requests, surveys, ratings, quiet] = results.map((r) => r.results);
  return { requests, surveys, ratings, quiet } as DueWork;
}
