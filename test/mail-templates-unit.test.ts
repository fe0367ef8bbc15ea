import { describe, expect, it } from "vitest";
import { confirmMail, escapeHtml, signInMail, welcomeMail } from "../workers/mail/templates";
import { cloudflareTransport, resendTransport, toMime, transportFor } from "../workers/mail/transport";

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
    const mail = confirmMail(`<script>alert("x")</script> & AI`, "https://t.example/auth/verify?token=a&b=1");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; AI");
    expect(mail.html).toContain('href="https://t.example/auth/verify?token=a&amp;b=1"');
    expect(mail.text).toContain(`<script>alert("x")</script> & AI`);
    expect(mail.subject).toBe(`Confirm your sign-up for <script>alert("x")</script> & AI`);
    expect(escapeHtml(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
  });

  it("put the link in both the text and the HTML part", () => {
    for (const mail of [signInMail("https://x/1"), welcomeMail("Ana", "P", "https://x/1")]) {
      expect(mail.text).toContain("https://x/1");
      expect(mail.html).toContain('href="https://x/1"');
    }
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
    const failing = resendTransport("re_key", async () => new Response("quota", { status: 429 }));
    await expect(failing.send(message)).rejects.toThrow(/429/);
  });

  it("Cloudflare Email: hands the binding a MIME message with both parts", async () => {
    const sent: { from: string; to: string }[] = [];
    const binding = { send: async (m: { from: string; to: string }) => void sent.push(m) } as unknown as SendEmail;
    await cloudflareTransport(binding).send(message);
    expect(sent[0]).toMatchObject({ from: "tandem@example.com", to: "ana@example.com" });
    const raw = toMime(message);
    expect(raw).toContain(`Subject: =?utf-8?B?${btoa("Hello")}?=`);
    expect(raw).toContain("To: <ana@example.com>");
    expect(raw).toMatch(/Content-Type: text\/plain[\s\S]*Plain/);
    expect(raw).toMatch(/Content-Type: text\/html[\s\S]*<p>Rich<\/p>/);
  });

  it("refuses a misconfigured transport loudly", () => {
    const env = { MAIL_TRANSPORT: "resend" } as Env;
    expect(() => transportFor(env)).toThrow(/RESEND_API_KEY/);
    expect(() => transportFor({ MAIL_TRANSPORT: "cloudflare" } as Env)).toThrow(/send_email/);
    expect(() => transportFor({ MAIL_TRANSPORT: "pigeon" } as Env)).toThrow(/Unknown/);
  });
});
