/**
 * The organisation's branding: an admin sets its name, logo and accent colour; everyone (signed out too)
 * reads them; anyone else is refused, bad input changes nothing, and mail carries the name.
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_LOGO_BYTES } from "../../workers/domain/branding";
import { handleMailBatch } from "../../workers/features/mail/consumer";
import type { MailMessage } from "../../workers/features/mail/outbox";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import { layout } from "../../workers/features/mail/templates";
import { createDb } from "../../workers/platform/db";
import type { OutgoingMessage } from "../../workers/platform/mail-transport";
import { ADMIN, Client, createProgram, env, joinAndConfirm, ok, refusalIn, signIn, uniqueEmail } from "../helpers";

// The smallest PNG: its signature, then enough bytes to stand for an image.
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const dataUrl = (type: string, bytes: number[]) => `data:${type};base64,${btoa(String.fromCharCode(...bytes))}`;
const png = (size = PNG.length) => dataUrl("image/png", [...PNG, ...new Array<number>(size - PNG.length).fill(0)]);

const read = async () => ok(new Client().api.organisation.$get());
const put = (client: Client, body: unknown) => client.json("PUT", "/api/organisation", { body });

describe("the organisation's branding", () => {
  // Other tests read mail word for word: leave no name behind.
  afterEach(() => env.DB.prepare("DELETE FROM organisation").run());

  it("an admin sets the name, logo and colour; everyone reads them, signed out too", async () => {
    const admin = await signIn(ADMIN);
    const body = { name: "  Acme Corp  ", logo: png(), accent: "#0f766e" };
    const saved = await ok(admin.api.organisation.$put({ json: body }));
    expect(saved).toEqual({ name: "Acme Corp", logo: png(), accent: "#0f766e", onAccent: "#ffffff" });
    expect(await read()).toEqual(saved);

    // A logo at the limit is taken; clearing the logo and colour goes back to Tandem's own.
    expect((await put(admin, { ...body, logo: png(MAX_LOGO_BYTES) })).status).toBe(200);
    expect(await ok(admin.api.organisation.$put({ json: { name: "Acme", logo: null, accent: null } }))).toEqual({
      name: "Acme",
      logo: null,
      accent: null,
      onAccent: null,
    });
  });

  it("refuses anyone but an admin, and changes nothing", async () => {
    const admin = await signIn(ADMIN);
    await ok(admin.api.organisation.$put({ json: { name: "Before", logo: null, accent: "#1d4ed8" } }));
    const program = await createProgram(admin);
    const participant = await joinAndConfirm(program, uniqueEmail("brand"));
    const change = { name: "Hijacked", logo: null, accent: "#000000" };
    const denied = await put(participant, change);
    expect(denied.status).toBe(403);
    expect(refusalIn(denied.body).error.code).toBe("forbidden");
    expect((await put(new Client(), change)).status).toBe(401);
    expect(await read()).toMatchObject({ name: "Before", accent: "#1d4ed8" });
    // Participants read it like everyone else.
    expect(await ok(participant.api.organisation.$get())).toMatchObject({ name: "Before" });
  });

  it("refuses a bad colour, name or logo with 400 naming the field, and changes nothing", async () => {
    const admin = await signIn(ADMIN);
    const before = { name: "Steady", logo: png(), accent: "#1d4ed8" };
    await ok(admin.api.organisation.$put({ json: before }));
    const bad: [Record<string, unknown>, string, RegExp][] = [
      [{ accent: "#abc" }, "accent", /#rrggbb/],
      [{ accent: "red" }, "accent", /#rrggbb/],
      [{ accent: "#ffff00" }, "accent", /too light.*\(contrast 1\.1:1/],
      [{ name: "   " }, "name", /Enter the organisation's name/],
      [{ name: "Evil\u202Egnp" }, "name", /text-direction/],
      [{ name: "x".repeat(81) }, "name", /at most 80/],
      [{ logo: png(MAX_LOGO_BYTES + 1) }, "logo", /larger than 100 KB/],
      [{ logo: dataUrl("image/svg+xml", [...new TextEncoder().encode("<svg onload=alert(1)>")]) }, "logo", /PNG/],
      [{ logo: dataUrl("image/png", [...new TextEncoder().encode("<html>")]) }, "logo", /not the PNG image/],
      [{ logo: "https://example.com/logo.png" }, "logo", /PNG/],
      [{ logo: "data:image/png;base64,!!!" }, "logo", /PNG/],
    ];
    for (const [change, field, message] of bad) {
      const res = await put(admin, { ...before, ...change });
      expect(res.status, JSON.stringify(change).slice(0, 80)).toBe(400);
      expect(refusalIn(res.body).error.fields?.[field]).toMatch(message);
    }
    expect((await put(admin, { name: "No logo field" })).status).toBe(400);
    expect(await read()).toMatchObject({ name: "Steady", logo: png(), accent: "#1d4ed8" });
  });

  it("puts the name at the top of every mail as it goes out, escaped", async () => {
    const admin = await signIn(ADMIN);
    await ok(admin.api.organisation.$put({ json: { name: "Acme <Labs> & Co", logo: null, accent: null } }));
    const db = createDb(env.DB);
    const id = crypto.randomUUID();
    const { html, text } = layout(
      "en",
      "Hello",
      ["A line."],
      { label: "Open", url: "https://tandem.test/x" },
      "Footer",
    );
    await insertMail(db, id, `brand:${id}`, uniqueEmail("reader"), { subject: "Hello", html, text });
    const sent: OutgoingMessage[] = [];
    const record = async (m: OutgoingMessage) => void sent.push(m);
    const batch = createMessageBatch<MailMessage>("tandem-mail", [
      { id: "m1", timestamp: new Date(), attempts: 1, body: { mailId: id } },
    ]);
    const ctx = createExecutionContext();
    await handleMailBatch(batch, env, { transport: { send: record }, sleep: async () => {} });
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["m1"]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text.startsWith("Acme <Labs> & Co\n\nHello")).toBe(true);
    expect(sent[0]!.html).toMatch(/<body[^>]*><p[^>]*>Acme &lt;Labs&gt; &amp; Co<\/p>\n?<h1/);
  });
});
