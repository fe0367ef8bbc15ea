/**
 * Two mail lanes: a sign-in link asked for while thousands of welcome mails wait goes out before them;
 * each kind lands in its lane, and the clock sends stuck mail back to its own lane.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { outgoingMail } from "../../workers/db/schema";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import { handleMailBatch } from "../../workers/features/mail/consumer";
import { requeueStuckMail, type MailMessage } from "../../workers/features/mail/outbox";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import type { MailTransport } from "../../workers/platform/mail-transport";
import { ADMIN, createProgram, env, signIn, uniqueEmail } from "../helpers";
import { harness } from "../import-harness";

const db = createDb(env.DB);

/** A transport that keeps the order in which it was handed mails, one by one or in batches. */
function recording(): MailTransport & { order: string[] } {
  const order: string[] = [];
  return {
    order,
    batchLimit: 100,
    send: async (m) => void order.push(m.idempotencyKey),
    sendBatch: async (ms) => void order.push(...ms.map((m) => m.idempotencyKey)),
  };
}

/** One consumer invocation for `ids` on `queue`, as the queue would deliver them. */
async function consume(queue: string, ids: string[], transport: MailTransport, testEnv: Env = env) {
  const batch = createMessageBatch<MailMessage>(
    queue,
    ids.map((mailId, i) => ({ id: `${queue}-${mailId}-${i}`, timestamp: new Date(), attempts: 1, body: { mailId } })),
  );
  const ctx = createExecutionContext();
  await handleMailBatch(batch, testEnv, { transport, sleep: async () => {} });
  return getQueueResult(batch, ctx);
}

describe("the urgent lane", () => {
  it("delivers a sign-in link asked for after an import of thousands before the welcomes still waiting", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const h = harness();
    const prefix = uniqueEmail("co").split("@")[0];
    const rows = Array.from({ length: 2000 }, (_, i) => `${prefix}.${i}@example.com,Person ${i},mentee`);
    const header = CSV_COLUMNS.slice(0, 3).join(",");
    expect((await h.post(admin, program.id, `${header}\n${rows.join("\n")}\n`)).status).toBe(202);
    while (h.queued.length) await h.deliver(h.queued.shift()!);
    expect(h.mailIds).toHaveLength(2000);
    expect(h.urgentMailIds).toEqual([]);

    // The bulk consumer is at work on the welcomes when someone asks to sign in.
    const transport = recording();
    const bulk = [...h.mailIds];
    await consume("tandem-mail", bulk.splice(0, 100), transport, h.env);
    const someone = `${prefix}.1999@example.com`;
    const asked = await h.fetch("/api/auth/magic-link", { method: "POST", body: JSON.stringify({ email: someone }) });
    expect(asked.status).toBe(202);
    expect(h.urgentMailIds).toHaveLength(1);
    expect(h.mailIds).toHaveLength(2000); // nothing joined the bulk queue

    // Both consumers run side by side: the bulk one takes its next batch while the urgent one takes the link.
    const inFlight = bulk.splice(0, 100);
    await Promise.all([
      consume("tandem-mail", inFlight, transport, h.env),
      consume("tandem-mail-urgent", h.urgentMailIds, transport, h.env),
    ]);
    while (bulk.length) await consume("tandem-mail", bulk.splice(0, 100), transport, h.env);

    const signin = transport.order.findIndex((k) => k.startsWith("signin:"));
    const welcomes = transport.order.map((k, i) => (k.startsWith("welcome:") ? i : -1)).filter((i) => i >= 0);
    expect(welcomes).toHaveLength(2000);
    const waiting = welcomes.slice(200); // those no consumer had taken when the link was asked for
    expect(signin).toBeGreaterThanOrEqual(0);
    expect(signin).toBeLessThan(Math.min(...waiting));
    const [link] = await db.select().from(outgoingMail).where(eq(outgoingMail.id, h.urgentMailIds[0]!));
    expect(link).toMatchObject({ lane: "urgent", status: "sent", toEmail: someone });
    expect(link!.expiresAt).toBeGreaterThan(Date.now());
  }, 60_000);

  it("sends stuck mail back to its own lane", async () => {
    const old = Date.now() - 5 * 60_000;
    const urgent = crypto.randomUUID();
    const bulk = crypto.randomUUID();
    await insertMail(
      db,
      urgent,
      `signin:${urgent}`,
      "a@example.com",
      { subject: "s", text: "t", html: "h" },
      { now: old },
    );
    await insertMail(
      db,
      bulk,
      `welcome:${bulk}`,
      "b@example.com",
      { subject: "s", text: "t", html: "h" },
      { now: old },
    );
    await db.update(outgoingMail).set({ createdAt: old }).where(eq(outgoingMail.id, urgent));
    await db.update(outgoingMail).set({ createdAt: old }).where(eq(outgoingMail.id, bulk));
    const seen = { MAIL_QUEUE: [] as string[], MAIL_URGENT_QUEUE: [] as string[] };
    const queue = (into: string[]) =>
      ({ sendBatch: async (ms: { body: MailMessage }[]) => void into.push(...ms.map((m) => m.body.mailId)) }) as never;
    await requeueStuckMail(db, {
      MAIL_QUEUE: queue(seen.MAIL_QUEUE),
      MAIL_URGENT_QUEUE: queue(seen.MAIL_URGENT_QUEUE),
    });
    expect(seen.MAIL_URGENT_QUEUE).toContain(urgent);
    expect(seen.MAIL_URGENT_QUEUE).not.toContain(bulk);
    expect(seen.MAIL_QUEUE).toContain(bulk);
    expect(seen.MAIL_QUEUE).not.toContain(urgent);
  });

  it("drops a sign-in link that would arrive expired, and says so by its id only", async () => {
    const id = crypto.randomUUID();
    const asked = Date.now() - 10 * 60_000; // its 10 minutes are up
    await insertMail(
      db,
      id,
      `signin:${id}`,
      "late@example.com",
      { subject: "s", text: "t", html: "h" },
      { now: asked },
    );
    const transport = recording();
    const result = await consume("tandem-mail-urgent", [id], transport);
    expect(transport.order).toEqual([]);
    expect(result.explicitAcks).toHaveLength(1);
    const [row] = await db.select().from(outgoingMail).where(eq(outgoingMail.id, id));
    expect(row).toMatchObject({ status: "expired", sentAt: null });
    // The clock leaves it alone: it is settled.
    const seen: string[] = [];
    const queue = { sendBatch: async (ms: { body: MailMessage }[]) => void seen.push(...ms.map((m) => m.body.mailId)) };
    await requeueStuckMail(db, { MAIL_QUEUE: queue as never, MAIL_URGENT_QUEUE: queue as never });
    expect(seen).not.toContain(id);
  });
});
