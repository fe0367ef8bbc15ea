/**
 * @module queues
 * Which consumer takes a batch, by the queue it came from: one table, and a test holds it to the
 * consumers wrangler.toml declares. A batch from a queue the table does not know is an error, so a
 * queue added to the configuration without its consumer fails loudly instead of being read as mail.
 */
import { handleMailBatch } from "./features/mail/consumer";
import type { MailMessage } from "./features/mail";
import { remindersStillDue } from "./features/reminders/fresh";
import { handleDeadMail } from "./features/mail/dead-letters";
import { handleDeadImports, handleImportBatch } from "./features/imports/consumer";
import { handleMatchBatch } from "./features/matching/consumer";
import { handleDeadMatch } from "./features/matching/dead-letters";

/**
 * A consumer of one queue. Declared as a method, so each entry keeps its own message type: the queue's
 * only producer is Tandem's own typed sender (`Queue<MailMessage>`, `Queue<MatchMessage>` …), so what
 * arrives is what that sender sent.
 */
type Consumer = { handle(batch: MessageBatch<unknown>, env: Env): Promise<unknown> };

// Reminders are checked again at sending time: what they remind of may have changed since they were written.
const handleMail = (batch: MessageBatch<MailMessage>, env: Env) =>
  handleMailBatch(batch, env, { stillDue: remindersStillDue });

export const QUEUE_CONSUMERS: Record<string, Consumer> = {
  // Both mail lanes share one consumer, which tells them apart by the batch's queue.
  // Reminders are checked again at sending time: what they remind of may have changed since.
  "tandem-mail": { handle: (batch, env) => handleMail(batch as MessageBatch<MailMessage>, env) },
  "tandem-mail-urgent": { handle: (batch, env) => handleMail(batch as MessageBatch<MailMessage>, env) },
  "tandem-mail-dlq": { handle: handleDeadMail },
  "tandem-mail-urgent-dlq": { handle: handleDeadMail },
  "tandem-match": { handle: handleMatchBatch },
  "tandem-match-dlq": { handle: handleDeadMatch },
  "tandem-import": { handle: handleImportBatch },
  "tandem-import-dlq": { handle: handleDeadImports },
};

export async function consumeBatch(batch: MessageBatch<unknown>, env: Env) {
  const consumer = QUEUE_CONSUMERS[batch.queue];
  if (!consumer) throw new Error(`No consumer for queue ${batch.queue}; add it to QUEUE_CONSUMERS.`);
  await consumer.handle(batch, env);
}
