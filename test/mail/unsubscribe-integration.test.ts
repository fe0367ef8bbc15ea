/**
 * Unsubscribing per category: each mail with a category carries RFC 8058 headers and a footer link;
 * the one-click post needs no cookie and stops that category (even mail already queued), and only it;
 * signed-in people manage every category on their preferences.
 */
import { env, exports } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { outgoingMail } from "../../workers/db/schema";
import { deliverMail } from "../../workers/features/mail/outbox";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import type { MailCategory } from "../../workers/features/mail/categories";
import type { OutgoingMessage } from "../../workers/platform/mail-transport";
import { ORIGIN, mailbox, ok, refusalIn, signIn, uniqueEmail } from "../helpers";

const db = createDb(env.DB);
const links = { origin: ORIGIN, secret: env.JWT_SECRET };

function recorder() {
  const sent: OutgoingMessage[] = [];
  return {
    sent,
    async send(m: OutgoingMessage) {
      sent.push(m);
    },
  };
}

async function mail(to: string, category?: MailCategory) {
  const id = crypto.randomUUID();
  await insertMail(db, id, `test:${id}`, to, { subject: "News", text: "Hello", html: "<p>Hello</p></body>", category });
  return id;
}

/** The one-click post as a mail provider sends it: a form body, no cookie, no Origin header. */
const oneClick = (url: string) =>
  exports.default.fetch(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
  );

describe("unsubscribing", () => {
  it("one click stops that category, also for mail already on its way, and nothing else", async () => {
    const to = uniqueEmail("reader");
    const transport = recorder();
    await deliverMail(db, transport, "t@example.com", await mail(to, "surveys"), Date.now(), links);
    const [first] = transport.sent;
    expect(first!.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = first!.headers!["List-Unsubscribe"]!.slice(1, -1);
    expect(url).toMatch(new RegExp(`^${ORIGIN}/api/unsubscribe\\?token=`));
    expect(first!.text).toContain(`${ORIGIN}/unsubscribe?token=`);
    expect(first!.html).toMatch(/<a href="[^"]+\/unsubscribe\?token=[^"]+">Unsubscribe<\/a>/);

    const queued = await mail(to, "surveys");
    expect((await oneClick(url)).status).toBe(200);
    expect((await oneClick(url)).status).toBe(200); // again: no change
    const state = await (await exports.default.fetch(url)).json();
    expect(state).toMatchObject({ category: "surveys", subscribed: false });

    expect(await deliverMail(db, transport, "t@example.com", queued, Date.now(), links)).toBe("skipped");
    const [row] = await db.select().from(outgoingMail).where(eq(outgoingMail.id, queued));
    expect(row!.status).toBe("suppressed");
    await deliverMail(db, transport, "t@example.com", await mail(to, "events"), Date.now(), links);
    await deliverMail(db, transport, "t@example.com", await mail(to), Date.now(), links); // a sign-in link, say
    expect(transport.sent).toHaveLength(3);
    expect(transport.sent[2]!.headers).toEqual({}); // no category, nothing to unsubscribe from
  });

  it("refuses a token that is not ours, and changes nothing", async () => {
    const bad = await oneClick(`${ORIGIN}/api/unsubscribe?token=eyJhbGciOiJIUzI1NiJ9.e30.bad`);
    expect(bad.status).toBe(400);
    expect(refusalIn(await bad.json()).error.message).toBe("This unsubscribe link is not valid.");
    expect((await oneClick(`${ORIGIN}/api/unsubscribe`)).status).toBe(400);
  });

  it("the preferences page lists every category and switches one on and off", async () => {
    const admin = await signIn("admin@example.com");
    const preferences = admin.api.me["mail-preferences"];
    const before = await ok(preferences.$get());
    expect(before.items.map((i) => i.category)).toEqual([
      "matching",
      "events",
      "rotations",
      "groups",
      "surveys",
      "reminders",
      "reports",
      "recognition",
      "roulette",
    ]);
    const off = await ok(preferences.$put({ json: { category: "events", subscribed: false } }));
    expect(off.items.find((i) => i.category === "events")?.subscribed).toBe(false);
    const on = await ok(preferences.$put({ json: { category: "events", subscribed: true } }));
    expect(on.items.every((i) => i.subscribed)).toBe(true);
    expect(
      (await admin.json("PUT", "/api/me/mail-preferences", { body: { category: "spam", subscribed: false } })).status,
    ).toBe(400);
  });

  it("the development mailbox shows the unsubscribe line as sent", async () => {
    const to = uniqueEmail("dev");
    await mail(to, "reminders");
    const [shown] = (await mailbox()).filter((m) => m.to === to);
    expect(shown!.links.some((l) => l.startsWith(`${ORIGIN}/unsubscribe?token=`))).toBe(true);
  });
});
