/**
 * What one queue batch asks of its bindings, held to Cloudflare's per-invocation limits: a full mail
 * batch, and one page of announcing a published run of 5,000 pairs among 10,000 people.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import worker from "../../workers/index";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import { mailProgress } from "../../workers/features/mail/repo/batches";
import { env } from "../helpers";
import { meteredEnv } from "../metered-env";

const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})`;

async function deliver(queue: string, bodies: unknown[], e: Env) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `q${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch as MessageBatch<never>, e);
  return getQueueResult(batch, ctx);
}

describe("a queue batch's budget", () => {
  it("delivers a full bulk mail batch (100 messages) in a few statements", async () => {
    const db = createDb(env.DB);
    const ids = Array.from({ length: 100 }, () => crypto.randomUUID());
    for (const id of ids) {
      await insertMail(db, id, `qb:${id}`, `qb.${id}@example.com`, { subject: "Hi", text: "t", html: "<p>t</p>" });
    }
    const metered = meteredEnv(env);
    const result = await deliver(
      "tandem-mail",
      ids.map((mailId) => ({ mailId })),
      metered.env,
    );
    expect(result.explicitAcks).toHaveLength(100);
    // Claimed in one statement and marked sent in one, whatever the batch's size.
    expect(metered.usage.statements).toBeLessThanOrEqual(10);
    expect(metered.usage.maxParams).toBeLessThan(100);
    expect(metered.usage.subrequests).toBe(0);
  }, 30_000); // a hundred mails through the consumer, on a machine that may be busy

  it("announces a page of a 5,000-pair run within the limits and hands the rest to the next message", async () => {
    const runId = crypto.randomUUID();
    await env.DB.batch(
      [
        `${numbers(10_000)} INSERT INTO people (id, email, name) SELECT 'qp-' || i, 'qp' || i || '@budget.test', 'P' || i FROM n`,
        `INSERT INTO programs (id, slug, name, kind, join_key) VALUES ('q-prog', 'q-prog', 'Queue budget', 'one-to-one', 'k')`,
        `INSERT INTO match_runs (id, program_id, status) VALUES ('${runId}', 'q-prog', 'done')`,
        `${numbers(5000)} INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, run_id, reasons)
          SELECT printf('qm-%05d', i), 'q-prog', 'qp-' || i, 'qp-' || (5000 + i), 'active', 'match', '${runId}', '[]' FROM n`,
      ].map((q) => env.DB.prepare(q)),
    );
    const metered = meteredEnv(env);
    const result = await deliver(
      "tandem-match",
      [{ kind: "announce", runId, origin: "https://tandem.test" }],
      metered.env,
    );
    expect(result.explicitAcks).toEqual(["q0"]);
    expect(metered.usage.maxParams).toBeLessThanOrEqual(100);
    // One page: a query, an insert per mail (two a pair), and two queue calls, far under 1,000 each.
    expect(metered.usage.statements).toBeLessThanOrEqual(110);
    expect(metered.usage.subrequests).toBeLessThanOrEqual(5);
    expect(metered.usage.subrequests).toBeGreaterThanOrEqual(2); // the page's mails and the next page's message
    // The announcements are one bulk send, its first page's mails counted as waiting.
    const [progress] = await mailProgress(createDb(env.DB), { ids: [`match:${runId}`] });
    expect(progress).toMatchObject({ kind: "match", label: "Match announcements for Queue budget", waiting: 100 });
  }, 60_000);
});
