/**
 * @module features/mail/repo/outbox
 * The outbox's rows, one mail at a time: writing one under its idempotency key, and the steps of
 * exactly-once delivery (claim, then mark sent, failed or suppressed) that features/mail/outbox runs
 * in that order. Cut-offs (when a claim is stale, when a retry was lost) come from the caller.
 */
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { outgoingMail } from "../../../db/schema";
import { expiryOf, laneOf } from "../lanes";
import type { RenderedMail } from "../templates";

export type OutboxRow = typeof outgoingMail.$inferSelect;

/**
 * The insert for one mail, in the lane its kind says, part of bulk send `batchId` if given (features/mail/repo/batches);
 * a second insert with the same key changes nothing.
 */
export function insertMail(
  db: DB,
  id: string,
  key: string,
  to: string,
  mail: RenderedMail,
  { now = Date.now(), batchId = null }: { now?: number; batchId?: string | null } = {},
) {
  const lane = laneOf(key);
  return db
    .insert(outgoingMail)
    .values({ id, idempotencyKey: key, toEmail: to, ...mail, lane, expiresAt: expiryOf(key, now), batchId })
    .onConflictDoNothing({ target: outgoingMail.idempotencyKey });
}

/** Writes one mail; its id when it is new to the outbox, none when its key was there already. */
export const insertNewMail = (db: DB, key: string, to: string, mail: RenderedMail) =>
  insertMail(db, crypto.randomUUID(), key, to, mail).returning({ id: outgoingMail.id });

/**
 * Mail that should be on its way but may not be: never enqueued (created before `enqueuedBefore`),
 * a retry not seen since `retryLostBefore`, or claimed before `staleBefore` by a consumer that died.
 */
export const stuckMail = (db: DB, cutoffs: { enqueuedBefore: number; retryLostBefore: number; staleBefore: number }) =>
  db
    .select({ id: outgoingMail.id, lane: outgoingMail.lane })
    .from(outgoingMail)
    .where(
      or(
        and(
          eq(outgoingMail.status, "pending"),
          eq(outgoingMail.attempts, 0),
          lt(outgoingMail.createdAt, cutoffs.enqueuedBefore),
          // Deferred for the provider's pace (features/mail/paced) until `claimedAt`: it is on the queue already.
          or(isNull(outgoingMail.claimedAt), lt(outgoingMail.claimedAt, cutoffs.enqueuedBefore)),
        ),
        and(
          eq(outgoingMail.status, "pending"),
          gt(outgoingMail.attempts, 0),
          lt(outgoingMail.claimedAt, cutoffs.retryLostBefore),
        ),
        and(eq(outgoingMail.status, "sending"), lt(outgoingMail.claimedAt, cutoffs.staleBefore)),
      ),
    )
    .limit(1000);

/** Claims one mail (pending, or claimed before `staleBefore`) and counts the attempt; null if another has it. */
export async function claimMail(db: DB, mailId: string, now: number, staleBefore: number) {
  const [row] = await db
    .update(outgoingMail)
    .set({ status: "sending", claimedAt: now, attempts: sql`${outgoingMail.attempts} + 1` })
    .where(
      and(
        eq(outgoingMail.id, mailId),
        or(
          eq(outgoingMail.status, "pending"),
          and(eq(outgoingMail.status, "sending"), lt(outgoingMail.claimedAt, staleBefore)),
        ),
      ),
    )
    .returning();
  return row ?? null;
}

/** Marks claimed mails expired: their links would arrive dead. */
export const expireClaimed = (db: DB, ids: string[]) =>
  db.run(sql`UPDATE outgoing_mail SET status = 'expired'
    WHERE status = 'sending' AND id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);

export const markSuppressed = (db: DB, mailId: string) =>
  db.update(outgoingMail).set({ status: "suppressed" }).where(eq(outgoingMail.id, mailId));

/** After a failed send: failed for good, or pending again for the queue's retry; the error kept for admins. */
export const markSendFailed = (db: DB, mailId: string, failed: boolean, error: string) =>
  db
    .update(outgoingMail)
    .set({ status: failed ? "failed" : "pending", lastError: error })
    .where(eq(outgoingMail.id, mailId));

export const markSent = (db: DB, mailId: string, at: number) =>
  db.update(outgoingMail).set({ status: "sent", sentAt: at }).where(eq(outgoingMail.id, mailId));

/** A mail the queue gave up on is failed with why; one that went out meanwhile stays sent. */
export const markDead = (db: DB, mailId: string, why: string) =>
  db.run(sql`
    UPDATE outgoing_mail SET status = 'failed', last_error = COALESCE(last_error || ' ', '') || ${why}
    WHERE id = ${mailId} AND status IN ('pending', 'sending')`);
