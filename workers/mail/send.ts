/**
 * @module mail/send
 * What a request does to send a mail: record it in the outbox, then put it on the queue.
 * If the enqueue fails the row stays pending and the cron picks it up.
 */
import type { DB } from "../db/client";
import { outgoingMail } from "../db/schema";
import { insertMails, type BulkMail } from "./bulk";
import { enqueueMail, insertMail, type MailMessage } from "./outbox";
import type { RenderedMail } from "./templates";

export async function sendMail(db: DB, queue: Queue<MailMessage>, key: string, to: string, mail: RenderedMail) {
  const inserted = await insertMail(db, crypto.randomUUID(), key, to, mail).returning({ id: outgoingMail.id });
  if (inserted.length === 0) return; // already in the outbox under this key: sent, or on its way
  try {
    await enqueueMail(
      queue,
      inserted.map((r) => r.id),
    );
  } catch (err) {
    console.error("enqueue failed; the cron will retry", err);
  }
}

export type Outgoing = BulkMail;

/** Many mails in few statements (mail/bulk), then queued; mails already under their key are skipped. */
export async function sendMails(db: DB, queue: Queue<MailMessage>, mails: Outgoing[]) {
  const ids = await insertMails(db, mails);
  try {
    await enqueueMail(queue, ids);
  } catch (err) {
    console.error("enqueue failed; the cron will retry", err);
  }
}
