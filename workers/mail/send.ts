/**
 * @module mail/send
 * What a request does to send a mail: record it in the outbox, then put it on the queue.
 * If the enqueue fails the row stays pending and the cron picks it up.
 */
import type { DB } from "../db/client";
import { outgoingMail } from "../db/schema";
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

export type Outgoing = { key: string; to: string; mail: RenderedMail };

/** Many mails in batches of 50 inserts, each batch then queued; mails already under their key are skipped. */
export async function sendMails(db: DB, queue: Queue<MailMessage>, mails: Outgoing[]) {
  for (let i = 0; i < mails.length; i += 50) {
    const inserts = mails
      .slice(i, i + 50)
      .map((m) => insertMail(db, crypto.randomUUID(), m.key, m.to, m.mail).returning({ id: outgoingMail.id }));
    const results = (await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts])) as { id: string }[][];
    const ids = results.flat().map((r) => r.id);
    if (ids.length === 0) continue;
    try {
      await enqueueMail(queue, ids);
    } catch (err) {
      console.error("enqueue failed; the cron will retry", err);
    }
  }
}
