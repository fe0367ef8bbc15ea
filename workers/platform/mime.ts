/**
 * @module platform/mime
 * A mail as raw MIME, for transports that take a whole message (Cloudflare Email's `send_email`).
 * Nodemailer's composer writes what RFC 5322/2045/2047 ask and strict parsers expect: CRLF line
 * endings, quoted-printable or base64 bodies (never raw UTF-8 under 7bit), headers folded under 78
 * columns, encoded-words of at most 75 characters, and it runs in workerd as it does in Node. mimetext
 * did not: its Node build takes its line ending from `node:os` ("\n" in workerd), and even its browser
 * build writes bodies as raw 7bit, leaves headers and encoded-words unfolded, and has no place for a
 * `text/calendar` alternative. A calendar invite goes out as nodemailer's `icalEvent`: a
 * `text/calendar; method=…` alternative, which calendars act on, and the same file attached.
 */
import MailComposer from "nodemailer/lib/mail-composer";
import type { MailAttachment, OutgoingMessage } from "./mail-transport";

/** The iTIP method of a calendar attachment ("REQUEST", "CANCEL"), or null for any other file. */
export const calendarMethod = (a: MailAttachment) =>
  /^text\/calendar\b/i.test(a.contentType) ? (/;\s*method=([A-Za-z-]+)/i.exec(a.contentType)?.[1] ?? "PUBLISH") : null;

/** The message as raw MIME, with a text and an HTML part, and its attachments. */
export async function toMime(m: OutgoingMessage): Promise<string> {
  const attachments = m.attachments ?? [];
  const invite = attachments.find((a) => calendarMethod(a));
  const composer = new MailComposer({
    // Without it, bare LFs in the text, HTML and invite pass through as they are.
    newline: "windows",
    from: m.from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    headers: { "X-Entity-Ref-ID": m.idempotencyKey, ...m.headers },
    ...(invite
      ? { icalEvent: { method: calendarMethod(invite)!, filename: invite.filename, content: invite.content } }
      : {}),
    attachments: attachments
      .filter((a) => a !== invite)
      .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  });
  const raw = await new Promise<Buffer>((resolve, reject) =>
    composer.compile().build((err, message) => (err ? reject(err) : resolve(message))),
  );
  return raw.toString("utf8");
}
