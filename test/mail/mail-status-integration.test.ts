/**
 * What admins see of mail: an import's welcome mails as one bulk send with its progress ("100 of 250
 * sent"), and the Mail problems page's counts by lane and kind, expired links among them. Only admins.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import { handleMailBatch } from "../../workers/features/mail/consumer";
import { type MailMessage } from "../../workers/features/mail/outbox";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import type { MailTransport } from "../../workers/platform/mail-transport";
import { createDb } from "../../workers/platform/db";
import { ADMIN, createProgram, env, signIn, uniqueEmail, type BodyAt, type Client } from "../helpers";
import { harness } from "../import-harness";

const quiet: MailTransport = { send: async () => {}, sendBatch: async () => {}, batchLimit: 100 };

async function consume(queue: string, ids: string[]) {
  const batch = createMessageBatch<MailMessage>(
    queue,
    ids.map((mailId, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: { mailId } })),
  );
  const ctx = createExecutionContext();
  await handleMailBatch(batch, env, { transport: quiet, sleep: async () => {} });
  return getQueueResult(batch, ctx);
}

type ImportState = BodyAt<Awaited<ReturnType<Client["api"]["programs"][":id"]["imports"][":importId"]["$get"]>>, 200>;
type MailStatus = BodyAt<Awaited<ReturnType<Client["api"]["admin"]["mail-status"]["$get"]>>, 200>;

describe("mail status for admins", () => {
  it("shows an import's welcome mails going out, and mail by lane and kind", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin, { name: "Spring mentoring" });
    const h = harness();
    const prefix = uniqueEmail("st").split("@")[0];
    const rows = Array.from({ length: 250 }, (_, i) => `${prefix}.${i}@example.com,Person ${i},mentee`);
    const started = await h.post(admin, program.id, `${CSV_COLUMNS.slice(0, 3).join(",")}\n${rows.join("\n")}\n`);
    expect(started.status).toBe(202);
    expect(started.body.welcomeMails).toBeNull(); // nothing is live, so nothing is mailed yet
    while (h.queued.length) await h.deliver(h.queued.shift()!);
    const url = `/api/programs/${program.id}/imports/${started.body.id}`;
    expect((await admin.json<ImportState>("GET", url)).body.welcomeMails).toMatchObject({
      kind: "welcome",
      label: "Welcome mails for Spring mentoring",
      total: 250,
      sent: 0,
      waiting: 250,
    });

    await consume("tandem-mail", h.mailIds.slice(0, 100));
    expect((await admin.json<ImportState>("GET", url)).body.welcomeMails).toMatchObject({
      total: 250,
      sent: 100,
      waiting: 150,
    });

    const db = createDb(env.DB);
    const late = crypto.randomUUID();
    await insertMail(
      db,
      late,
      `signin:${late}`,
      "late@example.com",
      { subject: "s", text: "t", html: "h" },
      { now: 0 },
    );
    await consume("tandem-mail-urgent", [late]);

    const status = await admin.json<MailStatus>("GET", "/api/admin/mail-status");
    expect(status.status).toBe(200);
    const welcome = status.body.lanes.find((l) => l.kind === "welcome");
    expect(welcome).toMatchObject({ lane: "bulk" });
    expect(welcome!.waiting).toBeGreaterThanOrEqual(150);
    expect(welcome!.oldestWaitingAt).toEqual(expect.any(Number));
    const signin = status.body.lanes.find((l) => l.kind === "signin");
    expect(signin).toMatchObject({ lane: "urgent" });
    expect(signin!.expired).toBeGreaterThanOrEqual(1);
    expect(status.body.bulkSends).toContainEqual(
      expect.objectContaining({ id: started.body.id, total: 250, sent: 100, waiting: 150 }),
    );

    // One of the imported people is no admin: the page's data is not theirs to see.
    const member = await signIn(`${prefix}.0@example.com`);
    expect((await member.json("GET", "/api/admin/mail-status")).status).toBe(403);
    expect((await member.json("GET", url)).status).toBeGreaterThanOrEqual(403);
  });
});
