/**
 * Bulk mail at the provider's pace: through Resend's batch endpoint (attachments one by one), calls
 * spaced by MAIL_RATE_PER_SECOND and capped per invocation, and a 429 with Retry-After waited out by
 * sending the mail to the queue again with that delay: nothing lost, nothing sent twice, no retry used
 * up (so nothing can reach the dead-letter queue). A full batch stays within an invocation's budget.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { outgoingMail } from "../../workers/db/schema";
import { insertMails } from "../../workers/features/mail/repo/bulk";
import { handleMailBatch } from "../../workers/features/mail/consumer";
import type { MailMessage } from "../../workers/features/mail/outbox";
import { bulkPace } from "../../workers/features/mail/paced";
import { resendTransport } from "../../workers/platform/mail-transport";
import { env } from "../helpers";
import { meteredEnv } from "../metered-env";

const db = createDb(env.DB);
const rowsOf = (ids: string[]) =>
  db
    .select()
    .from(outgoingMail)
    .where(sql`${outgoingMail.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
type Call = { path: string; key: string; to: string[]; attachments: boolean };

/** Resend as a fake `fetch`: records the calls it accepted and answers 429 to every `every`-th call. */
function fakeResend(every = Infinity) {
  const accepted: Call[] = [];
  let calls = 0;
  const fetcher = (async (url: string, init: RequestInit) => {
    calls++;
    if (calls % every === 0) return new Response("slow down", { status: 429, headers: { "retry-after": "7" } });
    const body = JSON.parse(init.body as string);
    const mails = Array.isArray(body) ? body : [body];
    accepted.push({
      path: new URL(url).pathname,
      key: new Headers(init.headers).get("idempotency-key")!,
      to: mails.map((m: { to: string[] }) => m.to[0]!),
      attachments: mails.some((m: { attachments?: unknown }) => m.attachments),
    });
    return Response.json({ data: mails.map(() => ({ id: crypto.randomUUID() })) });
  }) as unknown as typeof fetch;
  return { accepted, fetcher, calls: () => calls };
}

async function bulkMails(n: number, withInvite = 0) {
  const tag = crypto.randomUUID().slice(0, 8);
  const invite = [{ filename: "invite.ics", contentType: "text/calendar; method=REQUEST", content: "BEGIN:VCALENDAR" }];
  return insertMails(
    db,
    Array.from({ length: n }, (_, i) => ({
      key: `welcome:${tag}:${i}`,
      to: `p${i}.${tag}@example.com`,
      mail: { subject: "Welcome", text: "t", html: "<p>t</p>", ...(i < withInvite ? { attachments: invite } : {}) },
    })),
  );
}

type Queued = { mailId: string; delaySeconds: number };

describe("paced bulk mail", () => {
  it("waits out 429s with their Retry-After: nothing lost, nothing sent twice, no retry used", async () => {
    const ids = await bulkMails(250, 3);
    const resend = fakeResend(3);
    let queue: Queued[] = ids.map((mailId) => ({ mailId, delaySeconds: 0 }));
    const requeued: Queued[] = [];
    const testEnv = {
      ...env,
      MAIL_QUEUE: {
        sendBatch: async (ms: { body: MailMessage }[], o?: QueueSendBatchOptions) =>
          void requeued.push(...ms.map((m) => ({ mailId: m.body.mailId, delaySeconds: o?.delaySeconds ?? 0 }))),
      },
    } as unknown as Env;
    for (let round = 0; queue.length && round < 50; round++) {
      const taken = queue.splice(0, 100);
      const batch = createMessageBatch<MailMessage>(
        "tandem-mail",
        taken.map((q, i) => ({ id: `r${round}-${i}`, timestamp: new Date(), attempts: 1, body: { mailId: q.mailId } })),
      );
      const ctx = createExecutionContext();
      await handleMailBatch(batch, testEnv, {
        transport: resendTransport("re_test", resend.fetcher),
        sleep: async () => {},
      });
      const result = await getQueueResult(batch, ctx);
      expect(result.retryMessages).toEqual([]);
      expect(result.retryBatch.retry).toBe(false);
      expect(result.explicitAcks).toHaveLength(taken.length);
      queue = [...queue, ...requeued.splice(0)];
    }
    expect(queue).toEqual([]);
    const sentTo = resend.accepted.flatMap((c) => c.to);
    expect(sentTo).toHaveLength(250);
    expect(new Set(sentTo).size).toBe(250);
    expect(resend.calls()).toBeGreaterThan(resend.accepted.length); // some calls were answered 429
    const rows = await rowsOf(ids);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
    // Mails went 100 a call through the batch endpoint, the invites with attachments one by one.
    const batched = resend.accepted.filter((c) => c.path === "/emails/batch");
    expect(batched.every((c) => c.to.length <= 100 && !c.attachments)).toBe(true);
    expect(resend.accepted.filter((c) => c.path === "/emails" && c.attachments)).toHaveLength(3);
    expect(new Set(batched.map((c) => c.key)).size).toBe(batched.length);
  });

  it("re-queues after the Retry-After the provider asked for", async () => {
    const ids = await bulkMails(5);
    const requeued: QueueSendBatchOptions[] = [];
    const testEnv = {
      ...env,
      MAIL_QUEUE: { sendBatch: async (_: unknown, o: QueueSendBatchOptions) => void requeued.push(o) },
    } as unknown as Env;
    const batch = createMessageBatch<MailMessage>(
      "tandem-mail",
      ids.map((mailId, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 4, body: { mailId } })),
    );
    await handleMailBatch(batch, testEnv, { transport: resendTransport("re_test", fakeResend(1).fetcher) });
    expect(requeued).toEqual([{ delaySeconds: 7 }]);
    const rows = await rowsOf(ids);
    expect(rows.every((r) => r.status === "pending" && r.attempts === 0)).toBe(true);
  });

  it("spaces calls by MAIL_RATE_PER_SECOND and hands what its window cannot send back to the queue", async () => {
    const ids = await bulkMails(100, 100); // every mail has an invite: one call each
    const resend = fakeResend();
    const { env: metered, usage, reset } = meteredEnv({ ...env, MAIL_RATE_PER_SECOND: "2" });
    const slept: number[] = [];
    reset();
    const batch = createMessageBatch<MailMessage>(
      "tandem-mail",
      ids.map((mailId, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: { mailId } })),
    );
    const ctx = createExecutionContext();
    const counting = (async (...args: Parameters<typeof fetch>) => {
      usage.subrequests++;
      return resend.fetcher(...args);
    }) as typeof fetch;
    await handleMailBatch(batch, metered, {
      transport: resendTransport("re_test", counting),
      sleep: async (ms) => void slept.push(ms),
    });
    const pace = bulkPace(2);
    expect(resend.accepted).toHaveLength(pace.maxCalls);
    // 1.5 calls a second for bulk (a quarter of the rate is left to urgent mail): 666 ms after each call.
    expect(slept).toHaveLength(pace.maxCalls);
    expect(slept.every((ms) => ms >= 1000 / 1.5 - 1)).toBe(true);
    expect((await getQueueResult(batch, ctx)).retryMessages).toEqual([]);
    const rows = await rowsOf(ids);
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(pace.maxCalls);
    expect(rows.filter((r) => r.status === "pending" && r.attempts === 0)).toHaveLength(100 - pace.maxCalls);
    expect(usage.statements).toBeLessThan(1000);
    expect(usage.subrequests).toBeLessThan(1000);
    expect(usage.maxParams).toBeLessThan(100);
  });

  it("sends a full batch of 100 in one provider call within the invocation's budget", async () => {
    const ids = await bulkMails(100);
    const resend = fakeResend();
    const { env: metered, usage, reset } = meteredEnv(env);
    reset();
    const batch = createMessageBatch<MailMessage>(
      "tandem-mail",
      ids.map((mailId, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: { mailId } })),
    );
    await handleMailBatch(batch, metered, {
      transport: resendTransport("re_test", resend.fetcher),
      sleep: async () => {},
    });
    expect(resend.accepted).toHaveLength(1);
    expect(resend.accepted[0]!.to).toHaveLength(100);
    expect(usage.statements).toBeLessThan(10);
    expect(usage.maxParams).toBeLessThan(100);
  });
});
