/**
 * The Worker with its queues held for the test: what a request enqueues waits until the test drains it,
 * each message in its own invocation of the real consumer. A test then awaits the work it started
 * instead of polling for the local queues' background consumers, which a busy machine runs late.
 */
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { expect } from "vitest";
import worker from "../workers/index";
import { env } from "./helpers";

const QUEUES = {
  MAIL_QUEUE: "tandem-mail",
  MAIL_URGENT_QUEUE: "tandem-mail-urgent",
  MATCH_QUEUE: "tandem-match",
  IMPORT_QUEUE: "tandem-import",
} as const;

type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** A Worker whose queue sends are kept, for `drain` to deliver. */
export function heldQueues() {
  const held: { queue: QueueName; body: unknown }[] = [];
  const hold = (queue: QueueName) => ({
    send: async (body: unknown) => void held.push({ queue, body }),
    sendBatch: async (messages: { body: unknown }[]) =>
      void held.push(...messages.map((m) => ({ queue, body: m.body }))),
  });
  const bindings = Object.fromEntries(Object.entries(QUEUES).map(([binding, queue]) => [binding, hold(queue)]));
  const testEnv = { ...env, ...bindings } as unknown as Env;
  let n = 0;

  return {
    env: testEnv,
    /** A request to the Worker with the held queues, answered once its waitUntil work is done. */
    async fetch(request: Request) {
      const ctx = createExecutionContext();
      const res = await worker.fetch(request, testEnv, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    },
    /**
     * Delivers the messages held for `queue`, and those they send to it in turn, until none is left;
     * each must be acknowledged. Returns how many were delivered.
     */
    async drain(queue: QueueName, limit = 1_000) {
      let delivered = 0;
      for (let i = held.findIndex((m) => m.queue === queue); i >= 0; i = held.findIndex((m) => m.queue === queue)) {
        expect(delivered++, `more than ${limit} messages on ${queue}`).toBeLessThan(limit);
        const { body } = held.splice(i, 1)[0]!;
        const id = `m${n++}`;
        const ctx = createExecutionContext();
        const batch = createMessageBatch(queue, [{ id, timestamp: new Date(), attempts: 1, body }]);
        await worker.queue(batch as MessageBatch<never>, testEnv);
        expect((await getQueueResult(batch, ctx)).explicitAcks, `${queue}: ${JSON.stringify(body)}`).toEqual([id]);
      }
      return delivered;
    },
  };
}

export type HeldQueues = ReturnType<typeof heldQueues>;
