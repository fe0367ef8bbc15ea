/**
 * The outbox's exactly-once delivery over an at-least-once queue: duplicate and concurrent deliveries
 * send once, failures retry and then stop, stale claims are taken over, and the cron re-queues what
 * got stuck without sending anything twice.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import { createDb } from "../../workers/platform/db";
import { outgoingMail } from "../../workers/db/schema";
import worker from "../../workers/index";
import { MAX_ATTEMPTS, deliverMail, type MailMessage } from "../../workers/features/mail/outbox";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import type { MailTransport, OutgoingMessage } from "../../workers/platform/mail-transport";

const db = createDb(env.DB);
const FROM = "Tandem <tandem@example.com>";

/** A transport standing in for the email provider: it records what it was asked to send. */
function recorder(failures = 0): MailTransport & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    sent,
    async send(m) {
      if (failures-- > 0) throw new Error("provider unavailable");
      sent.push(m);
    },
  };
}

async function newMail(createdAt = Date.now()) {
  const id = crypto.randomUUID();
  await insertMail(db, id, `test:${id}`, "ana@example.com", { subject: "Hi", text: "t", html: "<p>t</p>" });
  await db.update(outgoingMail).set({ createdAt }).where(eq(outgoingMail.id, id));
  return id;
}
const row = async (id: string) => (await db.select().from(outgoingMail).where(eq(outgoingMail.id, id)))[0]!;

describe("delivering a mail", () => {
  it("sends once however often the message arrives", async () => {
    const id = await newMail();
    const transport = recorder();
    expect(await deliverMail(db, transport, FROM, id)).toBe("sent");
    expect(await deliverMail(db, transport, FROM, id)).toBe("skipped");
    const together = await Promise.all([1, 2, 3].map(() => deliverMail(db, transport, FROM, id)));
    expect(together).toEqual(["skipped", "skipped", "skipped"]);
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]).toMatchObject({ to: "ana@example.com", from: FROM, idempotencyKey: `test:${id}` });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("sends once when deliveries race", async () => {
    const id = await newMail();
    const transport = recorder();
    const results = await Promise.all([1, 2, 3, 4].map(() => deliverMail(db, transport, FROM, id)));
    expect(results.filter((r) => r === "sent")).toHaveLength(1);
    expect(transport.sent).toHaveLength(1);
  });

  it("keeps a failed send for a retry, then gives up after the last attempt", async () => {
    const id = await newMail();
    const transport = recorder(Infinity);
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      await expect(deliverMail(db, transport, FROM, id)).rejects.toThrow(/provider unavailable/);
      expect(await row(id)).toMatchObject({
        status: "pending",
        attempts: attempt,
        lastError: expect.stringContaining("unavailable"),
      });
    }
    expect(await deliverMail(db, transport, FROM, id)).toBe("failed");
    expect(await row(id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(await deliverMail(db, recorder(), FROM, id)).toBe("skipped");
  });

  it("takes over a claim left by a consumer that died, but not a fresh one", async () => {
    const id = await newMail();
    const now = Date.now();
    await db
      .update(outgoingMail)
      .set({ status: "sending", claimedAt: now - 60_000 })
      .where(eq(outgoingMail.id, id));
    expect(await deliverMail(db, recorder(), FROM, id, now)).toBe("skipped");
    await db
      .update(outgoingMail)
      .set({ claimedAt: now - 11 * 60_000 })
      .where(eq(outgoingMail.id, id));
    const transport = recorder();
    expect(await deliverMail(db, transport, FROM, id, now)).toBe("sent");
    expect(transport.sent).toHaveLength(1);
  });
});

describe("the queue consumer", () => {
  it("acks each message on its own: delivered, malformed, and retries a failing send", async () => {
    const good = await newMail();
    const batch = createMessageBatch("tandem-mail", [
      { id: "m1", timestamp: new Date(), attempts: 1, body: { mailId: good } },
      { id: "m2", timestamp: new Date(), attempts: 1, body: { nonsense: true } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<never>, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(["m1", "m2"]);
    expect(result.retryMessages).toEqual([]);
    expect((await row(good)).status).toBe("sent");

    const failing = await newMail();
    const batch2 = createMessageBatch("tandem-mail", [
      { id: "m3", timestamp: new Date(), attempts: 2, body: { mailId: failing } },
    ]);
    const ctx2 = createExecutionContext();
    const refusing = {
      send: async () => Promise.reject(new Error("rejected by the provider")),
    } as unknown as SendEmail;
    await worker.queue(batch2 as MessageBatch<never>, { ...env, MAIL_TRANSPORT: "cloudflare", EMAIL: refusing });
    const result2 = await getQueueResult(batch2, ctx2);
    expect(result2.explicitAcks).toEqual([]);
    expect(result2.retryMessages.map((m) => m.msgId)).toEqual(["m3"]);
    expect(await row(failing)).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: expect.stringContaining("rejected"),
    });
  });

  it("holds the whole batch when no transport is configured", async () => {
    const id = await newMail();
    const batch = createMessageBatch("tandem-mail", [
      { id: "m4", timestamp: new Date(), attempts: 1, body: { mailId: id } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<never>, { ...env, MAIL_TRANSPORT: "resend" });
    const result = await getQueueResult(batch, ctx);
    expect(result.retryBatch.retry).toBe(true);
    expect(result.explicitAcks).toEqual([]);
    expect((await row(id)).status).toBe("pending");
  });
});

describe("the cron", () => {
  const minutes = (n: number) => Date.now() - n * 60_000;
  /** Ticks the clock with a queue that only records, so a test sees exactly what the cron dispatched. */
  async function tick(ours: string[]) {
    const enqueued: string[] = [];
    const queue = {
      sendBatch: async (messages: { body: MailMessage }[]) => void enqueued.push(...messages.map((m) => m.body.mailId)),
    } as unknown as Queue<MailMessage>;
    const ctx = createExecutionContext();
    worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), { ...env, MAIL_QUEUE: queue }, ctx);
    await waitOnExecutionContext(ctx);
    return enqueued.filter((id) => ours.includes(id)); // other tests' mail may be due too
  }
  const set = (id: string, values: Partial<typeof outgoingMail.$inferInsert>) =>
    db.update(outgoingMail).set(values).where(eq(outgoingMail.id, id));

  it("re-queues mail that never left, a dead consumer's claim and a lost retry, and nothing else", async () => {
    const neverLeft = await newMail(minutes(5));
    const fresh = await newMail();
    const deadClaim = await newMail(minutes(30));
    await set(deadClaim, { status: "sending", claimedAt: minutes(11), attempts: 1 });
    const working = await newMail(minutes(30));
    await set(working, { status: "sending", claimedAt: minutes(1), attempts: 1 });
    // A failed send the queue will retry after its backoff: the cron must not hurry it.
    const retrying = await newMail(minutes(30));
    await set(retrying, { claimedAt: minutes(2), attempts: 1, lastError: "Error: 503" });
    const lostRetry = await newMail(minutes(300));
    await set(lostRetry, { claimedAt: minutes(120), attempts: 2, lastError: "Error: 503" });
    const done = await newMail(minutes(30));
    await set(done, { status: "sent", attempts: 1 });
    const failed = await newMail(minutes(30));
    await set(failed, { status: "failed", attempts: MAX_ATTEMPTS });

    const ours = [neverLeft, fresh, deadClaim, working, retrying, lostRetry, done, failed];
    expect((await tick(ours)).sort()).toEqual([neverLeft, deadClaim, lostRetry].sort());
  });

  it("sends once when a doubled tick enqueues the same mail twice", async () => {
    const stuck = await newMail(minutes(5));
    const enqueued = [...(await tick([stuck])), ...(await tick([stuck]))];
    expect(enqueued).toEqual([stuck, stuck]);
    const sent: unknown[] = [];
    const email = { send: async (m: unknown) => void sent.push(m) } as unknown as SendEmail;
    const batch = createMessageBatch<MailMessage>(
      "tandem-mail",
      enqueued.map((mailId, i) => ({ id: `tick${i}`, timestamp: new Date(), attempts: 1, body: { mailId } })),
    );
    const ctx = createExecutionContext();
    await worker.queue(batch, { ...env, MAIL_TRANSPORT: "cloudflare", EMAIL: email });
    expect((await getQueueResult(batch, ctx)).explicitAcks.sort()).toEqual(["tick0", "tick1"]);
    expect(sent).toHaveLength(1);
    expect(await row(stuck)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("gets stuck mail delivered through the real queue", async () => {
    const stuck = await newMail(minutes(5));
    const ctx = createExecutionContext();
    worker.scheduled(createScheduledController({ scheduledTime: Date.now() }), env, ctx);
    await waitOnExecutionContext(ctx);
    // The local queue's own consumer sends it when it runs, which a busy machine delays; the test's
    // timeout must outlast the wait, or the test fails at 5 s however the mail fares.
    await expect.poll(async () => (await row(stuck)).status, { timeout: 15_000 }).toBe("sent");
  }, 20_000);
});

describe("the development mailbox", () => {
  it("does not exist outside development", async () => {
    const ctx = createExecutionContext();
    const res = await app.fetch(
      new Request("https://tandem.test/api/dev/mail"),
      { ...env, ENVIRONMENT: "production" },
      ctx,
    );
    expect(res.status).toBe(404);
    const seed = await app.fetch(
      new Request("https://tandem.test/api/dev/seed", { method: "POST", headers: { origin: "https://tandem.test" } }),
      { ...env, ENVIRONMENT: "production" },
      createExecutionContext(),
    );
    expect(seed.status).toBe(404);
  });
});
