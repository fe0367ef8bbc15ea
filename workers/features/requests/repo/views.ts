/**
 * @module features/requests/repo/views
 * Mentee's-choice requests as people read them: a person's sent and received requests, and each
 * mentor's response times for the program's organisers.
 */
import { and, count, desc, eq, ne, sql } from "drizzle-orm";
import { mentorRequests, people, programs } from "../../../db/schema";
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

const r = mentorRequests;
const o = people;
const LISTED = {
  id: r.id,
  programId: r.programId,
  // Named apart: D1's batch answers rows as objects, where a second `id` or `name` would overwrite the first.
  programName: sql<string>`${programs.name}`.as("program_name"),
  rank: r.rank,
  status: r.status,
  message: r.message,
  sentAt: r.sentAt,
  deadlineAt: r.deadlineAt,
  respondedAt: r.respondedAt,
  chainStartedAt: r.createdAt,
  mentorId: r.mentorId,
  menteeId: r.menteeId,
  otherId: sql<string>`${o.id}`.as("other_id"),
  otherName: sql<string>`${o.name}`.as("other_name"),
  otherTitle: sql<string>`${o.title}`.as("other_title"),
  otherDepartment: sql<string>`${o.department}`.as("other_department"),
};
/** Where a page of received requests starts: after the request made at `at` with id `id`. */
export type RequestCursor = { at: number; id: string };

/**
 * What `personId` sees of their requests in one round trip: all they sent (newest chain first; a
 * mentee's own few chains), one page of those pending with them after `after` (newest first, by
 * `(created_at, id)` so a page never repeats or skips one), and how many wait for them per program.
 */
export async function requestsOfPerson(db: DB, personId: string, after: RequestCursor | null, limit: number) {
  const list = (other: typeof r.mentorId) =>
    db.select(LISTED).from(r).innerJoin(programs, eq(programs.id, r.programId)).innerJoin(o, eq(o.id, other));
  const waitingForMe = and(eq(r.mentorId, personId), eq(r.status, "pending"), ne(r.menteeId, personId));
  const [sent, received, waiting] = await db.batch([
    list(r.mentorId).where(eq(r.menteeId, personId)).orderBy(desc(r.createdAt), r.rank),
    list(r.menteeId)
      .where(and(waitingForMe, after ? sql`(${r.createdAt}, ${r.id}) < (${after.at}, ${after.id})` : undefined))
      .orderBy(desc(r.createdAt), desc(r.id))
      .limit(limit + 1),
    db.select({ programId: r.programId, count: count() }).from(r).where(waitingForMe).groupBy(r.programId),
  ]);
  const more = received.length > limit;
  const page: ListedRequest[] = more ? received.slice(0, limit) : received;
  const last = page[page.length - 1];
  return {
    sent: sent as ListedRequest[],
    received: page,
    waiting,
    next: more && last ? ({ at: last.chainStartedAt, id: last.id } satisfies RequestCursor) : null,
  };
}

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
