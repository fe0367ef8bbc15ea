/**
 * @module queues
 * Which consumer takes a batch, by the queue it came from: one table, and a test holds it to the
 * consumers wrangler.toml declares. A batch from a queue the table does not know is an error, so a
 * queue added to the configuration without its consumer fails loudly instead of being read as mail.
 */
import { handleMailBatch } from "./features/mail/consumer";
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

export const QUEUE_CONSUMERS: Record<string, Consumer> = {
  // Both mail lanes share one consumer, which tells them apart by the batch's queue.
  "tandem-mail": { handle: handleMailBatch },
  "tandem-mail-urgent": { handle: handleMailBatch },
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
