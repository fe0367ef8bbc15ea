/**
 * A program's Slack or Teams channel: only its managers set it, the webhook is checked and never shown
 * again, the test button posts at once, and posts travel through the mail outbox: keyed once, retried
 * on a 5xx, dead-lettered, in each service's format, and telling no one's name.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../../workers/platform/db";
import { outgoingMail, programChannels } from "../../workers/db/schema";
import worker from "../../workers/index";
import { handleMailBatch } from "../../workers/features/mail/consumer";
import { MAX_ATTEMPTS, type MailMessage } from "../../workers/features/mail/outbox";
import { announcePage } from "../../workers/features/matching/announce";
import { Client, env, ok } from "../helpers";
import { seedProgram } from "../seed";

const db = createDb(env.DB);
const SLACK = "https://hooks.slack.com/services/T000/B000/secretpart123";
const TEAMS =
  "https://prod-01.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=teamsSecret";

type Call = { url: string; body: Record<string, unknown>; redirect?: RequestRedirect };
/** The chat services as a fake `fetch`: answers each call with the next status given (200 after them). */
function fakeChat(...statuses: number[]) {
  const calls: Call[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(init.body as string), redirect: init.redirect });
    const status = statuses.shift() ?? 200;
    return new Response(status === 200 ? "ok" : "no", { status });
  }) as unknown as typeof fetch;
  return { calls, fetcher };
}

async function programWithPairs() {
  const seeded = await seedProgram({
    people: {
      maya: { name: "Maya Manager", role: "mentor" },
      ana: { name: "Ana Secretname", role: "mentee" },
      ben: { name: "Ben Hiddenname", role: "mentor" },
      cy: { name: "Cy Privatename", role: "mentee" },
    },
    pairs: [
      ["maya", "ana"],
      ["ben", "cy"],
    ],
  });
  await ok(
    seeded.admin.api.programs[":id"].managers.$put({
      param: { id: seeded.program.id },
      json: { emails: [seeded.emails.maya] },
    }),
  );
  return seeded;
}

const putChannel = (c: Client, id: string, webhookUrl: string) =>
  c.api.programs[":id"].channel.$put({ param: { id }, json: { webhookUrl } });

/** A published run that made the seeded pairs; its announcement writes the post. */
async function announcedRun(programId: string, mentorships: string[]) {
  const runId = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO match_runs (id, program_id, status) VALUES (?, ?, 'published')")
    .bind(runId, programId)
    .run();
  for (const m of mentorships)
    await env.DB.prepare("UPDATE mentorships SET run_id = ? WHERE id = ?").bind(runId, m).run();
  await announcePage(db, env.MAIL_QUEUE, runId, "", "https://tandem.test");
  const [post] = await db
    .select()
    .from(outgoingMail)
    .where(eq(outgoingMail.idempotencyKey, `post-pairs:${runId}`));
  return post!;
}

let n = 0;
async function deliver(mailId: string, fetcher: typeof fetch, attempts = 1) {
  const batch = createMessageBatch<MailMessage>("tandem-mail", [
    { id: `m${n++}`, timestamp: new Date(), attempts, body: { mailId } },
  ]);
  const ctx = createExecutionContext();
  await handleMailBatch(batch, env, { fetcher, pace: { maxCalls: 10, gapMs: 0 } });
  return getQueueResult(batch, ctx);
}
const row = async (id: string) => (await db.select().from(outgoingMail).where(eq(outgoingMail.id, id)))[0]!;

afterEach(() => vi.restoreAllMocks());

describe("a program's channel", () => {
  it("is set by its managers only, checked, and never echoed", async () => {
    const { admin, program, as } = await programWithPairs();
    const maya = await as("maya");
    const ana = await as("ana");
    const id = program.id;

    for (const bad of [
      "http://hooks.slack.com/services/T/B/x",
      "https://hooks.slack.com.evil.example/services/T/B/x",
      "https://example.com/hook",
      "https://hooks.slack.com/other/x",
      "https://user:pw@hooks.slack.com/services/T/B/x",
      "not a url",
    ]) {
      const res = await admin.json("PUT", `/api/programs/${id}/channel`, { body: { webhookUrl: bad } });
      expect(res.status, bad).toBe(400);
      expect((res.body as { error: { fields: Record<string, string> } }).error.fields.webhookUrl).toMatch(
        /https|webhook/,
      );
    }
    expect(await ok(maya.api.programs[":id"].channel.$get({ param: { id } }))).toMatchObject({ set: false });

    // A participant, a stranger and someone signed out learn nothing and change nothing.
    expect((await putChannel(ana, id, SLACK)).status).toBe(404);
    expect((await ana.api.programs[":id"].channel.$get({ param: { id } })).status).toBe(404);
    expect((await ana.api.programs[":id"].channel.test.$post({ param: { id } })).status).toBe(404);
    expect((await ana.api.programs[":id"].channel.$delete({ param: { id } })).status).toBe(404);
    expect(
      (await new Client().json("PUT", `/api/programs/${id}/channel`, { body: { webhookUrl: SLACK } })).status,
    ).toBe(401);
    expect(await db.select().from(programChannels).where(eq(programChannels.programId, id))).toEqual([]);

    const saved = await putChannel(maya, id, SLACK);
    const text = await saved.text();
    expect(saved.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ set: true, kind: "slack", host: "hooks.slack.com" });
    expect(text).not.toContain("secretpart123");
    const read = await maya.api.programs[":id"].channel.$get({ param: { id } });
    expect(await read.text()).not.toContain("secretpart123");
    const [stored] = await db.select().from(programChannels).where(eq(programChannels.programId, id));
    expect(stored!.sealedUrl).not.toContain("secretpart123");

    expect(await ok(maya.api.programs[":id"].channel.$delete({ param: { id } }))).toMatchObject({ set: false });
  });

  it("takes a test message at once, and says when the channel refused it", async () => {
    const { program, as } = await programWithPairs();
    const maya = await as("maya");
    const id = program.id;
    expect((await maya.api.programs[":id"].channel.test.$post({ param: { id } })).status).toBe(409);
    await ok(putChannel(maya, id, SLACK));

    const chat = fakeChat(200, 404);
    vi.spyOn(globalThis, "fetch").mockImplementation(chat.fetcher);
    expect(await ok(maya.api.programs[":id"].channel.test.$post({ param: { id } }))).toEqual({ sent: true });
    expect(chat.calls[0]!.url).toBe(SLACK);
    // A redirect would leave the host that was checked: it is not followed.
    expect(chat.calls[0]!.redirect).toBe("manual");
    expect(chat.calls[0]!.body).toMatchObject({
      text: expect.stringContaining(program.name),
      blocks: expect.any(Array),
    });
    const refused = await maya.json("POST", `/api/programs/${id}/channel/test`);
    expect(refused.status).toBe(409);
    expect((refused.body as { error: { code: string } }).error.code).toBe("channel_refused");
  });
});

describe("posts", () => {
  it("announce new pairs once, without anyone's name, in Slack's format", async () => {
    const { program, as, mentorships, emails } = await programWithPairs();
    await ok(putChannel(await as("maya"), program.id, SLACK));
    const post = await announcedRun(program.id, mentorships);

    const chat = fakeChat();
    const first = await deliver(post.id, chat.fetcher);
    expect(first.explicitAcks).toHaveLength(1);
    // Redelivered, and announced again: the key holds it to one post.
    await deliver(post.id, chat.fetcher, 2);
    expect((await row(post.id)).status).toBe("sent");
    expect(chat.calls).toHaveLength(1);
    const { url, body } = chat.calls[0]!;
    expect(url).toBe(SLACK);
    expect(body.text).toBe(`2 new pairs in ${program.name}`);
    expect(body.blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: `*2 new pairs in ${program.name}*` } },
    ]);
    const said = JSON.stringify(body);
    for (const secret of ["Secretname", "Hiddenname", "Privatename", "Maya", ...Object.values(emails)]) {
      expect(said).not.toContain(secret);
    }
  });

  it("retry on a 5xx with backoff, fail after the last attempt, and go to Teams as an Adaptive Card", async () => {
    const { program, as, mentorships } = await programWithPairs();
    await ok(putChannel(await as("maya"), program.id, TEAMS));
    const post = await announcedRun(program.id, mentorships);

    const chat = fakeChat(503, 200);
    const failed = await deliver(post.id, chat.fetcher);
    expect(failed.retryMessages).toEqual([{ msgId: expect.any(String) }]);
    expect(await row(post.id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await row(post.id)).lastError).toContain("503");

    await deliver(post.id, chat.fetcher, 2);
    expect((await row(post.id)).status).toBe("sent");
    expect(chat.calls).toHaveLength(2);
    expect(chat.calls[1]!.url).toBe(new URL(TEAMS).toString()); // the default port dropped
    expect(chat.calls[1]!.body).toMatchObject({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: {
            type: "AdaptiveCard",
            body: [{ type: "TextBlock", text: `2 new pairs in ${program.name}`, weight: "Bolder" }],
          },
        },
      ],
    });

    // A post whose every attempt met a 5xx is failed, and its dead letter leaves it so.
    const again = await announcedRun(program.id, mentorships);
    await db
      .update(outgoingMail)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(eq(outgoingMail.id, again.id));
    await deliver(again.id, fakeChat(500).fetcher, MAX_ATTEMPTS);
    expect(await row(again.id)).toMatchObject({ status: "failed" });
    const dead = createMessageBatch("tandem-mail-dlq", [
      { id: "dead", timestamp: new Date(), attempts: MAX_ATTEMPTS + 1, body: { mailId: again.id } },
    ]);
    await worker.queue(dead as MessageBatch<never>, env);
    expect((await row(again.id)).status).toBe("failed");
  });

  it("are not written for a program without a channel, and fail at once when the channel was removed", async () => {
    const { program, as, mentorships } = await programWithPairs();
    const maya = await as("maya");
    const runId = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO match_runs (id, program_id, status) VALUES (?, ?, 'published')")
      .bind(runId, program.id)
      .run();
    await announcePage(db, env.MAIL_QUEUE, runId, "", "https://tandem.test");
    expect(
      await db
        .select()
        .from(outgoingMail)
        .where(eq(outgoingMail.idempotencyKey, `post-pairs:${runId}`)),
    ).toEqual([]);

    await ok(putChannel(maya, program.id, SLACK));
    const post = await announcedRun(program.id, mentorships);
    await ok(maya.api.programs[":id"].channel.$delete({ param: { id: program.id } }));
    const chat = fakeChat();
    const result = await deliver(post.id, chat.fetcher);
    expect(result.explicitAcks).toHaveLength(1);
    expect(chat.calls).toEqual([]);
    expect(await row(post.id)).toMatchObject({ status: "failed", lastError: expect.stringContaining("no longer") });
  });
});
