/**
 * @module features/mail/dead-letters
 * The dead-letter queue's consumer: a mail whose message the queue gave up on (its sends kept failing,
 * or the database could not be reached to record them) is marked failed with why, so the cron stops
 * re-queueing it and admins see it among mail problems. Marking is idempotent; a mail that did go out
 * in the meantime stays sent.
 */
import { createDb } from "../../platform/db";
import type { MailMessage } from "./outbox";
import { markDead } from "./repo/outbox";

export async function handleDeadMail(batch: MessageBatch<MailMessage>, env: Env) {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const mailId = message.body?.mailId;
    if (typeof mailId === "string") {
      const why = `(the queue gave up after ${message.attempts} deliveries)`;
      await markDead(db, mailId, why);
    }
    message.ack();
  }
}
