/**
 * @module features/mail/send
 * What a request does to send a mail: record it in the outbox, then put it on its lane's queue
 * (features/mail/lanes). If the enqueue fails the row stays pending and the cron picks it up.
 */
import type { DB } from "../../platform/db";
import { insertMailRows, type BulkMail } from "./repo/bulk";
import { laneOf, queueOf, type MailQueues } from "./lanes";
import { enqueueByLane, enqueueMail, type MailMessage } from "./outbox";
import { insertNewMail } from "./repo/outbox";
import type { RenderedMail } from "./templates";

export type { MailQueues };

/** Both queues, or the bulk lane's queue alone (for callers that only ever send bulk kinds). */
export type MailQueuesOrBulk = MailQueues | Queue<MailMessage>;
const lanes = (q: MailQueuesOrBulk): MailQueues => ("sendBatch" in q ? { MAIL_QUEUE: q, MAIL_URGENT_QUEUE: q } : q);

export async function sendMail(db: DB, queues: MailQueuesOrBulk, key: string, to: string, mail: RenderedMail) {
  const inserted = await insertNewMail(db, key, to, mail);
  if (inserted.length === 0) return; // already in the outbox under this key: sent, or on its way
  try {
    await enqueueMail(
      queueOf(lanes(queues), laneOf(key)),
      inserted.map((r) => r.id),
    );
  } catch (err) {
    console.error("enqueue failed; the cron will retry", err);
  }
}

export type Outgoing = BulkMail;

/**
 * Many mails in few statements (features/mail/repo/bulk), then queued by lane; mails already under their key are
 * skipped. `batchId` ties them to a bulk send whose progress the admin sees (features/mail/repo/batches).
 */
export async function sendMails(db: DB, queues: MailQueuesOrBulk, mails: Outgoing[], batchId: string | null = null) {
  const rows = await insertMailRows(db, mails, batchId);
  try {
    await enqueueByLane(lanes(queues), rows);
  } catch (err) {
    console.error("enqueue failed; the cron will retry", err);
  }
}
