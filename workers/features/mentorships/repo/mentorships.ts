/**
 * @module features/mentorships/repo/mentorships
 * A mentorship's row and its changes of state: started, completed, ended early (by either person, or
 * because someone withdrew), and a mentor pausing new mentees.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { enrollments, mentorships } from "../../../db/schema";
import { withdrewFrom } from "../../programs";
import { mayMentorSql, seatsInUse, seatsOf } from "./seats";

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

const OPEN = sql`${mentorships.status} IN ('proposed', 'active')`;

/** Marks an active mentorship completed; null if it was not active. */
export async function completeMentorship(db: DB, id: string, by: string, now: number) {
  const [row] = await db
    .update(mentorships)
    .set({ status: "completed", endedAt: now, endedBy: by })
    .where(and(eq(mentorships.id, id), eq(mentorships.status, "active")))
    .returning();
  return row ?? null;
}

/** Ends an open (proposed or active) mentorship early; null if it was already over. */
export async function endMentorship(db: DB, id: string, by: string, reason: string, note: string, now: number) {
  const [row] = await db
    .update(mentorships)
    .set({ status: "ended", endedAt: now, endedBy: by, endReason: reason, endNote: note })
    .where(and(eq(mentorships.id, id), OPEN))
    .returning();
  return row ?? null;
}

/** Ends every open mentorship of `personId` in a program, in one statement, because they withdrew. */
export const endOpenMentorshipsOf = (db: DB, programId: string, personId: string, now: number) =>
  db
    .update(mentorships)
    .set({ status: "ended", endedAt: now, endedBy: personId, endReason: "other", endNote: "Withdrew from the program" })
    .where(
      and(
        eq(mentorships.programId, programId),
        sql`(${mentorships.mentorId} = ${personId} OR ${mentorships.menteeId} = ${personId})`,
        OPEN,
      ),
    )
    .returning();

/** The people a mentorship's closing is told to: both, except the one who closed it. */
export const closedMailees = (db: DB, m: Mentorship, byId: string) =>
  db.all<{ id: string; name: string; email: string; ui_language: string | null; program: string }>(sql`
    SELECT p.id, p.name, p.email, p.ui_language, pr.name AS program FROM people p JOIN programs pr ON pr.id = ${m.programId}
    WHERE p.id IN (${m.mentorId}, ${m.menteeId}) AND p.id <> ${byId}`);

/**
 * Pauses (or resumes) new mentees and requests for `personId` as a mentor in a program; null when they
 * hold no enrollment there that may mentor. A second pause keeps the first time.
 */
export async function setMentorPause(db: DB, personId: string, programId: string, pause: boolean, now: number) {
  const [row] = await db
    .update(enrollments)
    .set(
      pause
        ? { pausedAt: sql`coalesce(${enrollments.pausedAt}, ${now})`, pausedBecause: "self", updatedAt: now }
        : { pausedAt: null, pausedBecause: null, resumedAt: now, updatedAt: now },
    )
    .where(
      and(eq(enrollments.personId, personId), eq(enrollments.programId, programId), mayMentorSql(enrollments.role)),
    )
    .returning();
  return row ?? null;
}
