/**
 * @module platform/messages
 * Working through a queue's batch one message at a time, as every consumer does: a message whose step
 * throws is retried later with a growing delay (up to the queue's `max_retries`, then its dead-letter
 * queue), and one failure never holds back the rest of the batch (ARCHITECTURE.md, invariant 1).
 */

/** What a step asks of its message when it did not finish: to come back after so many seconds. */
export type Later = { retryInSeconds: number };

export async function eachMessage<T>(
  batch: MessageBatch<T>,
  what: string,
  backoff: { seconds: number; most: number },
  step: (body: T) => Promise<Later | void>,
) {
  for (const message of batch.messages) {
    try {
      const later = await step(message.body);
      if (later) message.retry({ delaySeconds: later.retryInSeconds });
      else message.ack();
    } catch (err) {
      console.error(`${what} message failed, will retry`, err);
      message.retry({ delaySeconds: Math.min(backoff.seconds * 2 ** message.attempts, backoff.most) });
    }
  }
}
