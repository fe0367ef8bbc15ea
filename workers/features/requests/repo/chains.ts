/**
 * @module features/requests/repo/chains
 * A mentee's ranked requests to mentors (mentee's-choice matching) in D1. One request of a chain is
 * pending at a time; declines and lapses hand it to the next choice. Accepting makes the mentorship in
 * the same statement that checks the mentor's seats, so any number of simultaneous accepts cannot
 * overfill a mentor.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { mentorRequests } from "../../../db/schema";
import { batchStatements, insertChunks } from "../../../platform/statements";
import { seatsInUse, seatsOf } from "../../mentorships";

export const DAY = 86_400_000;

export type MentorRequest = typeof mentorRequests.$inferSelect;

/**
 * When a pending request was answered: `now`, but never before it was sent. The development clock sends
 * requests at a simulated time ahead of the real one, and an answer must not precede its request.
 */
const answeredAt = (now: number) => sql`max(${now}, coalesce(sent_at, ${now}))`;

/** Whether the mentee has a request chain under way in the program. */
export async function openChain(db: DB, programId: string, menteeId: string) {
  const [row] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM mentor_requests
    WHERE program_id = ${programId} AND mentee_id = ${menteeId} AND status IN ('waiting', 'pending')`);
  return (row?.n ?? 0) > 0;
}

/** Starts a chain: the first choice pending with its deadline, the others waiting. Null if one is under way. */
export async function createChain(
  db: DB,
  programId: string,
  menteeId: string,
  mentorIds: string[],
  message: string,
  requestDays: number,
  now: number,
) {
  const rows = mentorIds.map((mentorId, i) => ({
    id: crypto.randomUUID(),
    programId,
    menteeId,
    mentorId,
    rank: i + 1,
    status: i === 0 ? ("pending" as const) : ("waiting" as const),
    message,
    sentAt: i === 0 ? now : null,
    deadlineAt: i === 0 ? now + requestDays * DAY : null,
    createdAt: now,
  }));
  try {
    const inserts = insertChunks(mentorRequests, rows).map((chunk) => db.insert(mentorRequests).values(chunk));
    await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts]);
  } catch (err) {
    // The partial unique indexes refuse a second chain started at the same moment.
    if (/UNIQUE/i.test(String(err))) return null;
    throw err;
  }
  return rows;
}

export async function getRequest(db: DB, id: string) {
  const [row] = await db.select().from(mentorRequests).where(eq(mentorRequests.id, id));
  return row ?? null;
}

/**
 * Accepts a pending request: the mentorship is inserted only if the mentor still has a seat and the
 * mentee no mentor; the request and the rest of the chain are settled in the same batch. Returns the new
 * mentorship's id (its mail links to it), or null when none was made.
 */
export async function acceptRequest(
  db: DB,
  id: string,
  mentorId: string,
  fit: { score: number; reasons: string[] } | null,
  now: number,
) {
  const made = sql`EXISTS (SELECT 1 FROM mentorships m WHERE m.program_id = r.program_id AND m.mentor_id = r.mentor_id
    AND m.mentee_id = r.mentee_id AND m.status = 'active' AND m.created_at = ${now})`;
  const mentorshipId = crypto.randomUUID();
  const [inserted] = await batchStatements(db, [
    sql`INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, score, reasons, started_at, created_at)
      SELECT ${mentorshipId}, r.program_id, r.mentor_id, r.mentee_id, 'active', 'request', ${fit?.score ?? null},
        ${JSON.stringify(fit?.reasons ?? [])}, ${now}, ${now}
      FROM mentor_requests r
      WHERE r.id = ${id} AND r.status = 'pending' AND r.mentor_id = ${mentorId}
        AND ${seatsInUse(sql`r.program_id`, sql`r.mentor_id`)} < coalesce(${seatsOf(sql`r.program_id`, sql`r.mentor_id`)}, 0)
      ON CONFLICT DO NOTHING`,
    sql`UPDATE mentor_requests AS r SET status = 'accepted', responded_at = ${answeredAt(now)} WHERE r.id = ${id} AND ${made}`,
    sql`UPDATE mentor_requests SET status = 'cancelled'
      WHERE status = 'waiting' AND (program_id, mentee_id) IN
        (SELECT program_id, mentee_id FROM mentor_requests WHERE id = ${id} AND status = 'accepted')`,
  ]);
  return inserted!.meta.changes > 0 ? mentorshipId : null;
}

/** Settles a pending request as declined (by its mentor) or lapsed (by the clock); false if it was not pending. */
export async function closeRequest(db: DB, id: string, status: "declined" | "lapsed", now: number) {
  const [row] = await db
    .update(mentorRequests)
    .set({ status, respondedAt: status === "declined" ? answeredAt(now) : null })
    .where(and(eq(mentorRequests.id, id), eq(mentorRequests.status, "pending")))
    .returning();
  return row ?? null;
}

/**
 * Withdraws a mentee's open chain in a program (waiting and pending requests), in one statement;
 * returns the requests withdrawn.
 */
export const cancelOpenRequestsOf = (db: DB, programId: string, menteeId: string) =>
  db
    .update(mentorRequests)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(mentorRequests.programId, programId),
        eq(mentorRequests.menteeId, menteeId),
        sql`${mentorRequests.status} IN ('waiting', 'pending')`,
      ),
    )
    .returning({ id: mentorRequests.id });

/** Declines every request pending with `mentorId` in the program, in one statement; returns them. */
export function declineAllPendingTo(db: DB, programId: string, mentorId: string, now: number) {
  return db
    .update(mentorRequests)
    .set({ status: "declined", respondedAt: answeredAt(now) })
    .where(
      and(
        eq(mentorRequests.programId, programId),
        eq(mentorRequests.mentorId, mentorId),
        eq(mentorRequests.status, "pending"),
      ),
    )
    .returning();
}

/** The waiting choices of a chain, best rank first. */
export function waitingChoices(db: DB, programId: string, menteeId: string) {
  return db
    .select()
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.programId, programId),
        eq(mentorRequests.menteeId, menteeId),
        eq(mentorRequests.status, "waiting"),
      ),
    )
    .orderBy(mentorRequests.rank);
}

/** Makes a waiting choice pending (once: a second call finds it no longer waiting). */
export async function promote(db: DB, id: string, requestDays: number, now: number) {
  const [row] = await db
    .update(mentorRequests)
    .set({ status: "pending", sentAt: now, deadlineAt: now + requestDays * DAY })
    .where(and(eq(mentorRequests.id, id), eq(mentorRequests.status, "waiting")))
    .returning();
  return row ?? null;
}

export const cancelRequest = (db: DB, id: string) =>
  db
    .update(mentorRequests)
    .set({ status: "cancelled" })
    .where(and(eq(mentorRequests.id, id), eq(mentorRequests.status, "waiting")));

/** The latest request of a mentee's chain in a program, with the mentee's name and address. */
export async function lastRequestOf(db: DB, programId: string, menteeId: string) {
  const [row] = await db.all<{ id: string; name: string; email: string }>(sql`
    SELECT r.id, p.name, p.email FROM mentor_requests r JOIN people p ON p.id = r.mentee_id
    WHERE r.program_id = ${programId} AND r.mentee_id = ${menteeId} ORDER BY r.created_at DESC, r.rank DESC LIMIT 1`);
  return row ?? null;
}
