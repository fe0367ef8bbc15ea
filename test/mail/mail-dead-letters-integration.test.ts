/**
 * Mail the queue gave up on: its dead letter marks it failed (never a sent one), admins list it, and a
 * retry sends it once more under the same key.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { outgoingMail } from "../../workers/db/schema";
import worker from "../../workers/index";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import { ADMIN, createProgram, ok, signIn, uniqueEmail } from "../helpers";

const db = createDb(env.DB);
const row = async (id: string) => (await db.select().from(outgoingMail).where(eq(outgoingMail.id, id)))[0]!;

async function mail(status: "pending" | "sent") {
  const id = crypto.randomUUID();
  await insertMail(db, id, `dlq:${id}`, uniqueEmail("to"), { subject: `Poison ${id}`, text: "t", html: "<p>t</p>" });
  await db.update(outgoingMail).set({ status, lastError: "provider said 500" }).where(eq(outgoingMail.id, id));
  return id;
}

describe("dead letters", () => {
  it("mark the mail failed where admins see it; a sent one stays sent", async () => {
    const [poison, sent] = [await mail("pending"), await mail("sent")];
    const batch = createMessageBatch("tandem-mail-dlq", [
      { id: "d1", timestamp: new Date(), attempts: 6, body: { mailId: poison } },
      { id: "d2", timestamp: new Date(), attempts: 6, body: { mailId: sent } },
      { id: "d3", timestamp: new Date(), attempts: 1, body: { nonsense: true } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<never>, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(["d1", "d2", "d3"]);
    expect(await row(poison)).toMatchObject({
      status: "failed",
      lastError: "provider said 500 (the queue gave up after 6 deliveries)",
    });
    expect((await row(sent)).status).toBe("sent");

    const admin = await signIn(ADMIN);
    const problems = await ok(admin.api.admin["mail-problems"].$get({ query: {} }));
    expect(problems.items.find((p) => p.id === poison)).toMatchObject({ subject: `Poison ${poison}` });
    expect(problems.items.some((p) => p.id === sent)).toBe(false);
    const program = await createProgram(admin);
    const someone = uniqueEmail("someone");
    await admin.json("POST", `/api/programs/${program.id}/people/import`, {
      raw: `email,name,role\n${someone},Some One,mentee`,
      headers: { "content-type": "text/csv" },
    });
    const participant = await signIn(someone);
    expect((await participant.json("GET", "/api/admin/mail-problems")).status).toBe(403);

    // Retried once the cause is fixed: pending again, queued, and only failed mail can be retried.
    expect((await admin.json("POST", `/api/admin/mail-problems/${poison}/retry`)).status).toBe(200);
    expect((await row(poison)).status).not.toBe("failed");
    expect((await admin.json("POST", `/api/admin/mail-problems/${sent}/retry`)).status).toBe(404);
  });
});
