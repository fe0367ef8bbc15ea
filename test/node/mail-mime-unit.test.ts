/**
 * Every mail template through the raw-MIME path that Cloudflare Email sends, read back by a strict
 * parser (mailparser): what people wrote comes back exactly, and the bytes are what RFC 5322, 2045 and
 * 2047 ask for. Runs in Node, where mailparser does; the workerd side checks the same bytes there.
 */
import { readdirSync } from "node:fs";
import { simpleParser, type AddressObject } from "mailparser";
import { describe, expect, it } from "vitest";
import { calendarMethod, toMime } from "../../workers/platform/mime";
import { asSent } from "../../workers/features/mail/unsubscribe";
import { CALENDAR_INVITE, FROM, SAMPLES, SAMPLES_IN, TO, mimeProblems } from "../mail-samples";

// Each feature keeps its templates in its `mail.ts`.
const templateFiles = readdirSync(new URL("../../workers/features/", import.meta.url), { recursive: true })
  .map(String)
  .filter((f) => /(^|\/)mail\.ts$/.test(f));

describe("raw MIME of every mail template", () => {
  it("covers every template there is", async () => {
    const names: string[] = [];
    for (const file of templateFiles) {
      const mod = await import(`../../workers/features/${file}`);
      names.push(...Object.keys(mod).filter((k) => /Mail$/.test(k) && typeof mod[k] === "function"));
    }
    for (const samples of Object.values(SAMPLES_IN)) expect(Object.keys(samples).sort()).toEqual(names.sort());
  });

  for (const [name, mail] of Object.entries(SAMPLES)) {
    it(`${name}: parses back exactly, CRLF, lines within 998 octets, 7-bit only`, async () => {
      const sent = await asSent({ toEmail: TO, ...mail, category: mail.category ?? null }, "https://t.example", "s");
      const raw = await toMime({
        to: TO,
        from: FROM,
        subject: mail.subject,
        text: sent.text,
        html: sent.html,
        headers: sent.headers,
        attachments: mail.attachments,
        idempotencyKey: `${name}:1`,
      });
      expect(mimeProblems(raw)).toEqual([]);

      const parsed = await simpleParser(raw);
      expect(parsed.subject).toBe(mail.subject);
      expect(parsed.from?.value).toEqual([{ name: "Tandem — Mentoring 🤝", address: "tandem@example.com" }]);
      expect((parsed.to as AddressObject).value.map((a) => a.address)).toEqual([TO]);
      expect(parsed.text).toBe(sent.text);
      expect(parsed.html).toBe(sent.html);
      if ("List-Unsubscribe" in sent.headers) {
        expect(parsed.headers.get("list")).toEqual({
          unsubscribe: { url: sent.headers["List-Unsubscribe"].slice(1, -1) },
          "unsubscribe-post": { name: "List-Unsubscribe=One-Click" },
        });
      }
      expect(Boolean(mail.category)).toBe("List-Unsubscribe" in sent.headers);
      const invite = mail.attachments?.find((a) => calendarMethod(a));
      if (invite) {
        const calendar = parsed.attachments.find((a) => a.contentType === "text/calendar");
        expect(calendar?.content.toString("utf8")).toBe(CALENDAR_INVITE);
        expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
      }
    });
  }
});
