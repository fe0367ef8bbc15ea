import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../workers/platform/html";
import { signInMail } from "../../workers/features/auth/mail";
import { welcomeMail } from "../../workers/features/imports/mail";
import { confirmMail } from "../../workers/features/join/mail";
import { reminderDigestMail } from "../../workers/features/reminders/mail";
import { inviteAttachment } from "../../workers/platform/calendar";
import { toMime } from "../../workers/platform/mime";
import { letter } from "../../workers/features/mail/templates";
import { cloudflareTransport, resendTransport, transportFor } from "../../workers/platform/mail-transport";
import { FROM, SAMPLES, TO, mimeProblems } from "../mail-samples";

const message = {
  to: "ana@example.com",
  from: "Tandem <tandem@example.com>",
  subject: "Hello",
  text: "Plain",
  html: "<p>Rich</p>",
  idempotencyKey: "signin:abc",
};

describe("mail templates", () => {
  it("escape what people typed, in the HTML and nowhere else", () => {
    const mail = confirmMail("en", `<script>alert("x")</script> & AI`, "https://t.example", "a&b=1");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; AI");
    expect(mail.html).toContain('href="https://t.example/auth/verify?token=a%26b%3D1"');
    const digest = reminderDigestMail("en", "Ana", [{ text: "Meeting", link: "https://t.example/a?x=1&y=2" }]);
    expect(digest.html).toContain('href="https://t.example/a?x=1&amp;y=2"');
    expect(mail.text).toContain(`<script>alert("x")</script> & AI`);
    expect(mail.subject).toBe(`Confirm your sign-up for <script>alert("x")</script> & AI`);
    expect(escapeHtml(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
  });

  it("put the link in both the text and the HTML part", () => {
    for (const [mail, url] of [
      [signInMail("en", "https://x", "t1"), "https://x/auth/verify?token=t1"],
      [welcomeMail("en", "Ana", "P", "https://x"), "https://x/profile"],
    ] as const) {
      expect(mail.text).toContain(url);
      expect(mail.html).toContain(`href="${url}"`);
    }
  });

  it("head a letter with its subject unless it has a heading, and give it a category only when it names one", () => {
    const parts = { subject: "S", paragraphs: ["P"], action: { label: "Go", url: "https://x" }, footer: "F" };
    const plain = letter("en", parts);
    expect(plain.text.startsWith("S\n\nP\n\nGo: https://x\n\nF")).toBe(true);
    expect(plain).not.toHaveProperty("category");
    const headed = letter("en", { ...parts, heading: "H", category: "matching" });
    expect(headed.subject).toBe("S");
    expect(headed.text.startsWith("H\n\n")).toBe(true);
    expect(headed.html).toContain(">H</h1>");
    expect(headed.category).toBe("matching");
  });
});

describe("mail transports", () => {
  it("Resend: posts the message with the idempotency key and fails on an error answer", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const ok = resendTransport("re_key", async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return new Response("{}", { status: 200 });
    });
    await ok.send(message);
    expect(calls[0]!.url).toBe("https://api.resend.com/emails");
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers["idempotency-key"]).toBe("signin:abc");
    expect(headers.authorization).toBe("Bearer re_key");
    expect(JSON.parse(calls[0]!.init.body as string)).toMatchObject({ to: ["ana@example.com"], subject: "Hello" });
    expect(JSON.parse(calls[0]!.init.body as string)).not.toHaveProperty("attachments");
    const failing = resendTransport("re_key", async () => new Response("quota", { status: 429 }));
    await expect(failing.send(message)).rejects.toThrow(/rate limited/);
    const failed = resendTransport("re_key", async () => new Response("oops", { status: 500 }));
    await expect(failed.send(message)).rejects.toThrow(/500/);
  });

  it("Resend: sends an invite as a base64 attachment with its calendar content type", async () => {
    const bodies: { attachments: { filename: string; content: string; content_type: string }[] }[] = [];
    const transport = resendTransport("re_key", async (_url, init) => {
      bodies.push(JSON.parse(init!.body as string));
      return new Response("{}", { status: 200 });
    });
    const ics = "BEGIN:VCALENDAR\r\nSUMMARY:Zoë 👩🏽‍💻\r\nEND:VCALENDAR\r\n";
    await transport.send({ ...message, attachments: [inviteAttachment(ics, "CANCEL")] });
    const file = bodies[0]!.attachments[0]!;
    expect(file).toMatchObject({ filename: "invite.ics", content_type: "text/calendar; charset=utf-8; method=CANCEL" });
    const bytes = Uint8Array.from(atob(file.content), (ch) => ch.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(ics);
  });

  it("Cloudflare Email: hands the binding a MIME message with both parts and the invite", async () => {
    const sent: { from: string; to: string }[] = [];
    const binding = { send: async (m: { from: string; to: string }) => void sent.push(m) } as unknown as SendEmail;
    const invite = inviteAttachment("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", "REQUEST");
    await cloudflareTransport(binding).send({ ...message, attachments: [invite] });
    expect(sent[0]).toMatchObject({ from: "tandem@example.com", to: "ana@example.com" });
    // The binding's message does not give its body back: the raw message is checked as toMime makes it.
    const raw = await toMime({ ...message, attachments: [invite] });
    expect(raw).toContain("Subject: Hello\r\n");
    expect(raw).toContain("To: ana@example.com\r\n");
    expect(raw).toMatch(/Content-Type: text\/plain[\s\S]*Plain/);
    expect(raw).toMatch(/Content-Type: text\/html[\s\S]*<p>Rich<\/p>/);
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r\n[\s\S]*METHOD:REQUEST/);
  });

  // The same bytes that Node's strict parser reads back (test/node/mail-mime-unit.test.ts), made here in workerd.
  it("Cloudflare Email: every template is CRLF, 7-bit and within line limits in workerd", async () => {
    for (const [name, mail] of Object.entries(SAMPLES)) {
      const raw = await toMime({ ...mail, to: TO, from: FROM, idempotencyKey: name });
      expect(mimeProblems(raw), name).toEqual([]);
    }
  });

  it("refuses a misconfigured transport loudly", () => {
    const env = { MAIL_TRANSPORT: "resend" } as Env;
    expect(() => transportFor(env)).toThrow(/RESEND_API_KEY/);
    expect(() => transportFor({ MAIL_TRANSPORT: "cloudflare" } as Env)).toThrow(/send_email/);
    expect(() => transportFor({ MAIL_TRANSPORT: "pigeon" } as Env)).toThrow(/Unknown/);
  });
});
