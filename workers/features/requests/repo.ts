/**
 * @module features/requests/repo
 * A mentee's ranked requests to mentors (mentee's-choice matching) in D1. One request of a chain is
 * pending at a time; declines and lapses hand it to the next choice. Accepting makes the mentorship in
 * the same statement that checks the mentor's seats, so any number of simultaneous accepts cannot
 * overfill a mentor.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { mentorRequests } from "../../db/schema";
import { batchStatements, insertChunks } from "../../platform/statements";
import { SQL_UUID, mayMentorSql, seatsInUse, seatsOf } from "../mentorships";

export type MentorRequest = typeof mentorRequests.$inferSelect;
const DAY = 86_400_000;

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
 * mentee no mentor; the request and the rest of the chain are settled in the same batch.
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
  const [inserted] = await batchStatements(db, [
    sql`INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, score, reasons, started_at, created_at)
      SELECT ${SQL_UUID}, r.program_id, r.mentor_id, r.mentee_id, 'active', 'request', ${fit?.score ?? null},
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
  return inserted!.meta.changes > 0;
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

/** Chains with a waiting choice but nothing pending or accepted: a decline or lapse not yet handed on. */
export function stalledChains(db: DB, limit = 200) {
  return db.all<{ program_id: string; mentee_id: string }>(sql`
    SELECT DISTINCT w.program_id, w.mentee_id FROM mentor_requests w
    WHERE w.status = 'waiting' AND NOT EXISTS (
      SELECT 1 FROM mentor_requests x WHERE x.program_id = w.program_id AND x.mentee_id = w.mentee_id
        AND x.status IN ('pending', 'accepted'))
    LIMIT ${limit}`);
}

/**
 * Chains that ran out (their latest request declined or lapsed, nothing left waiting) in the last
 * 30 days whose mentee was not yet told.
 */
export function unnoticedExhaustedChains(db: DB, now: number, limit = 200) {
  return db.all<{ program_id: string; mentee_id: string }>(sql`
    SELECT r.program_id, r.mentee_id FROM mentor_requests r
    WHERE r.status IN ('declined', 'lapsed') AND coalesce(r.responded_at, r.deadline_at) > ${now - 30 * DAY}
      AND r.id = (SELECT x.id FROM mentor_requests x WHERE x.program_id = r.program_id AND x.mentee_id = r.mentee_id
        ORDER BY x.created_at DESC, x.rank DESC LIMIT 1)
      AND NOT EXISTS (SELECT 1 FROM mentor_requests x WHERE x.program_id = r.program_id AND x.mentee_id = r.mentee_id
        AND x.status IN ('waiting', 'pending', 'accepted'))
      AND NOT EXISTS (SELECT 1 FROM mentorships m WHERE m.program_id = r.program_id AND m.mentee_id = r.mentee_id
        AND m.status IN ('proposed', 'active'))
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'choices-exhausted:' || r.id || ':' || r.mentee_id)
    LIMIT ${limit}`);
}

/** Lapses (since the mentor last resumed) after which a mentor is paused from new requests. */
export const LAPSES_BEFORE_PAUSE = 2;

/** Active mentors, not paused, with `LAPSES_BEFORE_PAUSE` lapses since they last resumed. */
export function mentorsToPause(db: DB, limit = 200) {
  return db.all<{ enrollment_id: string; program_id: string; email: string; name: string }>(sql`
    SELECT e.id AS enrollment_id, e.program_id, p.email, p.name
    FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.paused_at IS NULL AND e.status = 'active'
      AND (SELECT count(*) FROM mentor_requests r WHERE r.program_id = e.program_id AND r.mentor_id = e.person_id
        AND r.status = 'lapsed' AND r.deadline_at > coalesce(e.resumed_at, 0)) >= ${LAPSES_BEFORE_PAUSE}
    LIMIT ${limit}`);
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
