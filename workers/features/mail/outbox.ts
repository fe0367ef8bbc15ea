/**
 * @module features/mail/outbox
 * Exactly-once email over at-least-once queues (ARCHITECTURE.md, invariant 1): a mail is a row with a
 * UNIQUE idempotency key; the consumer claims the row, sends, then marks it sent. A redelivered
 * message finds the row claimed or sent and does nothing; a crash after the claim leaves a stale
 * claim that the cron re-enqueues. https://developers.cloudflare.com/queues/reference/delivery-guarantees/
 */
import { DEV_ORIGIN } from "../../platform/config";
import type { DB } from "../../platform/db";
import type { MailLane } from "../../domain/kinds";
import { isStale, queueOf, type MailQueues } from "./lanes";
import { Undeliverable, type MailTransport, type OutgoingMessage } from "../../platform/mail-transport";
import { isChannelAddress } from "../../domain/chat";
import { asSent } from "./unsubscribe";
import { withBrand, type Brand } from "./templates";
import { isOptedOut } from "./repo/opt-outs";
import {
  claimMail,
  expireClaimed,
  markSendFailed,
  markSent,
  markSuppressed,
  stuckMail,
  type OutboxRow,
} from "./repo/outbox";

export type MailMessage = { mailId: string };
/** What a mail gets as it goes out: the app's origin and secret for its unsubscribe links, and whose it is. */
export type SendLinks = { origin: string; secret: string; brand?: Brand | null };
export const MAX_ATTEMPTS = 5;
export const STALE_CLAIM_MS = 10 * 60 * 1000;
/** The consumer retries a failed send within an hour (consumer.ts); a retry not seen by then was lost. */
const LOST_RETRY_MS = 60 * 60 * 1000;

/** Puts mail ids on the queue, at most 100 a call (the limit of `sendBatch`), after `delaySeconds` if given. */
export async function enqueueMail(queue: Queue<MailMessage>, ids: string[], delaySeconds?: number) {
  for (let i = 0; i < ids.length; i += 100) {
    await queue.sendBatch(
      ids.slice(i, i + 100).map((mailId) => ({ body: { mailId } })),
      delaySeconds ? { delaySeconds } : undefined,
    );
  }
}

/** Puts each mail on its own lane's queue. */
export async function enqueueByLane(queues: MailQueues, rows: { id: string; lane: MailLane }[]) {
  for (const lane of ["urgent", "bulk"] as const) {
    const ids = rows.filter((r) => r.lane === lane).map((r) => r.id);
    if (ids.length) await enqueueMail(queueOf(queues, lane), ids);
  }
}

/**
 * Finds mail that should be on its way but may not be (never enqueued, claimed by a consumer that
 * died, or a retry the queue lost) and enqueues it again. A failed send waiting for the queue's
 * retry is left to it, so the backoff holds. Safe to run any number of times.
 */
export async function requeueStuckMail(db: DB, queues: MailQueues, now = Date.now(), graceMs = 60_000) {
  const rows = await stuckMail(db, {
    enqueuedBefore: now - graceMs,
    retryLostBefore: now - LOST_RETRY_MS,
    staleBefore: now - STALE_CLAIM_MS,
  });
  await enqueueByLane(queues, rows);
  return rows.length;
}

export type DeliveryResult = "sent" | "skipped" | "failed" | "expired";

/** Marks claimed mails whose links would arrive dead; logs their ids only (never who or what). */
export async function dropStale(db: DB, ids: string[]) {
  if (!ids.length) return;
  await expireClaimed(db, ids);
  console.warn(`mail not sent, its link would have expired: ${ids.join(", ")}`);
}

/**
 * Claims, sends and records one mail. Throws when the send fails and attempts remain, so the queue
 * retries it; after MAX_ATTEMPTS the row is marked failed and the error is kept for admins.
 */
export async function deliverMail(
  db: DB,
  transport: MailTransport,
  from: string,
  mailId: string,
  now = Date.now(),
  links: SendLinks = { origin: DEV_ORIGIN, secret: "" },
): Promise<DeliveryResult> {
  const row = await claimMail(db, mailId, now, now - STALE_CLAIM_MS);
  if (!row) return "skipped";
  if (isStale(row.expiresAt, now)) {
    await dropStale(db, [mailId]);
    return "expired";
  }
  // Checked at sending time, so an unsubscribe stops mail already on its way too.
  if (row.category && (await isOptedOut(db, row.toEmail, row.category))) {
    await markSuppressed(db, mailId);
    return "skipped";
  }
  try {
    await transport.send(await outgoingMessage(row, from, links));
  } catch (err) {
    const failed = row.attempts >= MAX_ATTEMPTS || err instanceof Undeliverable;
    await markSendFailed(db, mailId, failed, String(err).slice(0, 500));
    if (failed) return "failed";
    throw err;
  }
  await markSent(db, mailId, Date.now());
  return "sent";
}

/** What the transport gets for an outbox row: the organisation's name, unsubscribe links and headers added, its key kept. */
export async function outgoingMessage(row: OutboxRow, from: string, links: SendLinks): Promise<OutgoingMessage> {
  // A channel post is read by the whole channel: no brand line, no one person's unsubscribe link.
  if (isChannelAddress(row.toEmail)) {
    const { toEmail: to, subject, text, html, idempotencyKey } = row;
    return { to, from, subject, text, html, idempotencyKey };
  }
  const sent = await asSent(withBrand(row, links.brand), links.origin, links.secret);
  return {
    to: row.toEmail,
    from,
    subject: row.subject,
    text: sent.text,
    html: sent.html,
    headers: sent.headers,
    attachments: row.attachments ?? undefined,
    idempotencyKey: row.idempotencyKey,
  };
}
