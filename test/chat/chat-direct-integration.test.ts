/**
 * Reminders as Slack direct messages: for whoever chose them, where the Slack app's token is set, found
 * by email and messaged once; a reminder goes by mail when Slack does not know the address, to whoever
 * did not choose Slack, and for any other mail. A 5xx from Slack is retried, never sent twice.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { outgoingMail } from "../../workers/db/schema";
import { handleMailBatch } from "../../workers/features/mail/consumer";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import type { MailMessage } from "../../workers/features/mail/outbox";
import type { MailTransport, OutgoingMessage } from "../../workers/platform/mail-transport";
import { Client, env, ok, personId } from "../helpers";
import { seedProgram } from "../seed";

const db = createDb(env.DB);
const withSlack = { ...env, SLACK_BOT_TOKEN: "xoxb-test-token" } as Env;

/** Slack's Web API as a fake `fetch`: who it knows by email, and what it answers to chat.postMessage. */
function fakeSlack(known: Record<string, string>, postStatuses: number[] = []) {
  const calls: { method: string; auth: string | null; query: URLSearchParams; body: Record<string, unknown> | null }[] =
    [];
  const fetcher = (async (input: string, init: RequestInit) => {
    const url = new URL(String(input));
    const body = init.body ? JSON.parse(init.body as string) : null;
    calls.push({
      method: url.pathname.replace("/api/", ""),
      auth: new Headers(init.headers).get("authorization"),
      query: url.searchParams,
      body,
    });
    if (url.pathname === "/api/users.lookupByEmail") {
      const id = known[url.searchParams.get("email")!];
      return Response.json(id ? { ok: true, user: { id } } : { ok: false, error: "users_not_found" });
    }
    const status = postStatuses.shift() ?? 200;
    return status === 200 ? Response.json({ ok: true, ts: "1.2" }) : new Response("down", { status });
  }) as unknown as typeof fetch;
  return { calls, fetcher };
}

function mailTransport() {
  const sent: OutgoingMessage[] = [];
  const transport: MailTransport = {
    async send(m) {
      sent.push(m);
    },
  };
  return { sent, transport };
}

async function person(choice: "mail" | "slack") {
  const { emails, ids } = await seedProgram({ people: { p: { name: "Rita Reminded", role: "mentee" } } });
  const [email, id] = [emails.p, ids.p];
  if (choice === "slack") {
    await env.DB.prepare("INSERT INTO chat_preferences (person_id, reminders_by) VALUES (?, 'slack')").bind(id).run();
  }
  return { email, id };
}

async function queued(key: string, to: string) {
  const id = crypto.randomUUID();
  await insertMail(db, id, key, to, { subject: "3 things due this week", text: "Plan your meeting", html: "<p>x</p>" });
  return id;
}

let n = 0;
async function deliver(mailIds: string[], e: Env, slack: ReturnType<typeof fakeSlack>, mail = mailTransport()) {
  const batch = createMessageBatch<MailMessage>(
    "tandem-mail",
    mailIds.map((mailId) => ({ id: `d${n++}`, timestamp: new Date(), attempts: 1, body: { mailId } })),
  );
  const ctx = createExecutionContext();
  await handleMailBatch(batch, e, {
    fetcher: slack.fetcher,
    transport: mail.transport,
    pace: { maxCalls: 20, gapMs: 0 },
  });
  return { result: await getQueueResult(batch, ctx), sent: mail.sent };
}
const row = async (id: string) => (await db.select().from(outgoingMail).where(eq(outgoingMail.id, id)))[0]!;

describe("reminders in Slack", () => {
  it("go as one direct message to who chose them, and by mail to everyone and everything else", async () => {
    const [chose, unknown, mailer] = [await person("slack"), await person("slack"), await person("mail")];
    const slack = fakeSlack({ [chose.email]: "U123", [mailer.email]: "U999" });
    const dm = await queued(`digest:${chose.id}:1`, chose.email);
    const notInSlack = await queued(`digest:${unknown.id}:1`, unknown.email);
    const byMail = await queued(`digest:${mailer.id}:1`, mailer.email);
    const notAReminder = await queued(`welcome:${chose.id}`, chose.email);

    const { sent } = await deliver([dm, notInSlack, byMail, notAReminder], withSlack, slack);
    expect(sent.map((m) => m.idempotencyKey).sort()).toEqual(
      [`digest:${unknown.id}:1`, `digest:${mailer.id}:1`, `welcome:${chose.id}`].sort(),
    );
    const posts = slack.calls.filter((c) => c.method === "chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.auth).toBe("Bearer xoxb-test-token");
    expect(posts[0]!.body).toMatchObject({ channel: "U123", text: expect.stringContaining("3 things due this week") });
    expect(slack.calls.filter((c) => c.method === "users.lookupByEmail").map((c) => c.query.get("email"))).toEqual(
      expect.arrayContaining([chose.email, unknown.email]),
    );
    for (const id of [dm, notInSlack, byMail, notAReminder]) expect((await row(id)).status).toBe("sent");

    // Redelivered: nothing goes twice.
    const again = await deliver([dm], withSlack, slack);
    expect(again.sent).toEqual([]);
    expect(slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
  });

  it("go by mail where the Slack app is not set up", async () => {
    const chose = await person("slack");
    const slack = fakeSlack({ [chose.email]: "U123" });
    const dm = await queued(`digest:${chose.id}:2`, chose.email);
    const { sent } = await deliver([dm], env, slack);
    expect(sent).toHaveLength(1);
    expect(slack.calls).toEqual([]);
  });

  it("are retried when Slack answers 5xx, without a mail in between", async () => {
    const chose = await person("slack");
    const slack = fakeSlack({ [chose.email]: "U777" }, [503]);
    const dm = await queued(`survey-reminder:${chose.id}:1`, chose.email);
    const first = await deliver([dm], withSlack, slack);
    expect(first.result.retryMessages).toHaveLength(1);
    expect(first.sent).toEqual([]);
    expect(await row(dm)).toMatchObject({ status: "pending", attempts: 1 });

    const second = await deliver([dm], withSlack, slack);
    expect(second.sent).toEqual([]);
    expect((await row(dm)).status).toBe("sent");
    expect(slack.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(2);
  });

  it("are chosen by the person themselves, and only where Slack is connected", async () => {
    const { emails, as } = await seedProgram({ people: { p: { name: "Cho Chooser", role: "mentee" } } });
    const [email, me] = [emails.p, await as("p")];
    expect(await ok(me.api.me.chat.$get())).toEqual({ remindersBy: "mail", slackAvailable: false });
    const refused = await me.json("PUT", "/api/me/chat", { body: { remindersBy: "slack" } });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "slack_unavailable" } } });
    expect((await me.json("PUT", "/api/me/chat", { body: { remindersBy: "pigeon" } })).status).toBe(400);
    expect((await new Client().json("PUT", "/api/me/chat", { body: { remindersBy: "mail" } })).status).toBe(401);
    expect(await ok(me.api.me.chat.$put({ json: { remindersBy: "mail" } }))).toMatchObject({ remindersBy: "mail" });
    const stored = await env.DB.prepare("SELECT reminders_by FROM chat_preferences WHERE person_id = ?")
      .bind(await personId(email))
      .first<{ reminders_by: string }>();
    expect(stored?.reminders_by).toBe("mail");
  });
});
