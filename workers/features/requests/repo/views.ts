/**
 * @module features/requests/repo/views
 * Mentee's-choice requests as people read them: a person's sent and received requests, and each
 * mentor's response times for the program's organisers.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { mayMentorSql } from "../../mentorships";
import type { MentorRequest } from "./chains";

/** A request as its mentee or mentor lists it, with the other person. */
export type ListedRequest = {
  id: string;
  programId: string;
  programName: string;
  rank: number;
  status: MentorRequest["status"];
  message: string;
  sentAt: number | null;
  deadlineAt: number | null;
  respondedAt: number | null;
  chainStartedAt: number;
  mentorId: string;
  menteeId: string;
  otherId: string;
  otherName: string;
  otherTitle: string;
  otherDepartment: string;
};

/** The requests `personId` sent, and those pending with them, newest chain first. */
export const requestsOfPerson = (db: DB, personId: string) =>
  db.all<ListedRequest>(sql`
    SELECT r.id, r.program_id AS programId, pr.name AS programName, r.rank, r.status, r.message, r.sent_at AS sentAt,
      r.deadline_at AS deadlineAt, r.responded_at AS respondedAt, r.mentor_id AS mentorId, r.mentee_id AS menteeId,
      r.created_at AS chainStartedAt,
      o.id AS otherId, o.name AS otherName, o.title AS otherTitle, o.department AS otherDepartment
    FROM mentor_requests r JOIN programs pr ON pr.id = r.program_id
    JOIN people o ON o.id = CASE WHEN r.mentee_id = ${personId} THEN r.mentor_id ELSE r.mentee_id END
    WHERE r.mentee_id = ${personId} OR (r.mentor_id = ${personId} AND r.status = 'pending')
    ORDER BY r.created_at DESC, r.rank`);

/** Each mentor's requests and how quickly they answer, for the program's organisers. */
export function responseTimes(db: DB, programId: string) {
  return db.all<{
    mentorId: string;
    name: string;
    email: string;
    received: number;
    accepted: number;
    declined: number;
    lapsed: number;
    pending: number;
    averageHours: number | null;
    pausedAt: number | null;
    pausedBecause: string | null;
  }>(sql`
    SELECT p.id AS mentorId, p.name, p.email,
      count(r.id) AS received,
      coalesce(sum(r.status = 'accepted'), 0) AS accepted, coalesce(sum(r.status = 'declined'), 0) AS declined,
      coalesce(sum(r.status = 'lapsed'), 0) AS lapsed, coalesce(sum(r.status = 'pending'), 0) AS pending,
      round(avg(CASE WHEN r.responded_at IS NOT NULL THEN max(r.responded_at - r.sent_at, 0) / 3600000.0 END), 1) AS averageHours,
      e.paused_at AS pausedAt, e.paused_because AS pausedBecause
    FROM enrollments e JOIN people p ON p.id = e.person_id
    LEFT JOIN mentor_requests r ON r.program_id = e.program_id AND r.mentor_id = e.person_id AND r.sent_at IS NOT NULL
    WHERE e.program_id = ${programId} AND e.status = 'active' AND ${mayMentorSql(sql`e.role`)}
    GROUP BY p.id ORDER BY lapsed DESC, averageHours DESC, p.name`);
}
