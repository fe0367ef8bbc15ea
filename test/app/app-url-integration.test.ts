/**
 * APP_URL in production: missing or not https, it is an error the operator sees (health answers 503
 * naming it; the clock and the mail consumer send nothing, say why once, and keep the mail), never a
 * silent fall back to localhost. In development the local origin stays.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { app } from "../../workers/app";
import { runClock } from "../../workers/clock";
import { DEV_ORIGIN, appUrlProblem, mailOrigin, readConfig } from "../../workers/platform/config";
import { createDb } from "../../workers/platform/db";
import worker from "../../workers/index";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import { env, refusalIn } from "../helpers";

const production = (appUrl: string): Env => ({ ...env, ENVIRONMENT: "production", APP_URL: appUrl });
const NOW = Date.parse("2031-03-04T10:00:00Z"); // a Tuesday, in working hours (UTC)

async function health(e: Env) {
  const res = await app.fetch(new Request("https://tandem.test/api/health"), e, createExecutionContext());
  return { status: res.status, body: (await res.json()) as unknown };
}

const mailTo = (email: string) =>
  env.DB.prepare("SELECT status, attempts, text FROM outgoing_mail WHERE to_email = ?")
    .bind(email)
    .all<{ status: string; attempts: number; text: string }>();

describe("APP_URL", () => {
  afterEach(() => vi.restoreAllMocks());

  it("falls back to the local origin in development only", () => {
    expect(mailOrigin(readConfig({ ...env, ENVIRONMENT: "development", APP_URL: "" }))).toBe(DEV_ORIGIN);
    expect(mailOrigin(readConfig(production("")))).toBeNull();
    expect(mailOrigin(readConfig(production("http://mentoring.example.com")))).toBeNull();
    expect(mailOrigin(readConfig(production("mentoring.example.com")))).toBeNull();
    expect(mailOrigin(readConfig(production("https://mentoring.example.com/")))).toBe("https://mentoring.example.com");
  });

  it("makes health answer 503 naming the setting in production until it is an https address", async () => {
    expect(await health({ ...env, ENVIRONMENT: "development", APP_URL: "" })).toEqual({
      status: 200,
      body: { ok: true },
    });
    for (const bad of ["", "http://mentoring.example.com", "not a url"]) {
      const res = await health(production(bad));
      expect(res.status, bad).toBe(503);
      const { error } = refusalIn(res.body);
      expect(error).toMatchObject({ code: "misconfigured", message: expect.stringContaining("APP_URL") });
      expect(error.fields?.APP_URL).toMatch(/APP_URL/);
    }
    expect(await health(production("https://mentoring.example.com"))).toEqual({ status: 200, body: { ok: true } });
  });

  it("keeps the clock from mailing in production without it, says so once, and mails once it is set", async () => {
    const personId = crypto.randomUUID();
    const email = `appurl.${personId}@example.com`;
    await env.DB.batch([
      env.DB.prepare("INSERT INTO people (id, email, name, timezone) VALUES (?, ?, 'Ana', 'UTC')").bind(
        personId,
        email,
      ),
      env.DB.prepare(
        "INSERT INTO reminders (key, person_id, text, link, due_at) VALUES (?, ?, 'Your meeting is tomorrow', 'https://mentoring.example.com/mentorships/m1', ?)",
      ).bind(`appurl:${personId}`, personId, NOW - 60_000),
    ]);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const done = await runClock(production(""), NOW);
    expect(done.digests).toEqual({ status: "skipped", reason: appUrlProblem(readConfig(production(""))) });
    expect(done.reminders).toMatchObject({ status: "skipped" });
    expect(done.purged).toMatchObject({ status: "done" });
    expect(errors.mock.calls.filter(([m]) => String(m).includes("APP_URL"))).toHaveLength(1);
    expect((await mailTo(email)).results).toEqual([]);

    const later = await runClock(production("https://mentoring.example.com"), NOW);
    expect(later.digests).toMatchObject({ status: "done", result: 1 });
    const [mail] = (await mailTo(email)).results;
    // The digest's button is its reminder's own link, noted with the origin when the reminder was.
    expect(mail!.text).toContain("https://mentoring.example.com/mentorships/m1");
    expect(mail!.text).not.toContain("localhost");
  });

  it("keeps the mail consumer from sending in production without it: the mail stays pending", async () => {
    const id = crypto.randomUUID();
    const to = `consumer.${id}@example.com`;
    await insertMail(createDb(env.DB), id, `appurl:${id}`, to, { subject: "Hello", text: "t", html: "<p>t</p>" });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const batch = createMessageBatch("tandem-mail", [
      { id: "a", timestamp: new Date(), attempts: 1, body: { mailId: id } },
      { id: "b", timestamp: new Date(), attempts: 1, body: { mailId: id } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<never>, production("http://mentoring.example.com"));
    await getQueueResult(batch, ctx);
    expect((await mailTo(to)).results).toEqual([expect.objectContaining({ status: "pending", attempts: 0 })]);
    expect(errors.mock.calls.filter(([m]) => String(m).includes("APP_URL"))).toHaveLength(1);
  });
});
