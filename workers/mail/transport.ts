/**
 * @module mail/transport
 * One interface, three ways to send, chosen by MAIL_TRANSPORT:
 * "dev" keeps mail in the development mailbox (the outbox row is the mailbox, at /dev/mail),
 * "resend" posts to Resend's HTTP API, "cloudflare" uses the `send_email` binding.
 */
import { Buffer } from "node:buffer";
import { toMime } from "./mime";
import type { MailAttachment } from "./templates";

export type { MailAttachment };

export type OutgoingMessage = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per message; providers that accept one deduplicate retries by it. */
  idempotencyKey: string;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

export interface MailTransport {
  send(message: OutgoingMessage): Promise<void>;
}

/** Development: delivery is recording; the mailbox reads the outbox. */
export const devTransport: MailTransport = { async send() {} };

/**
 * Resend's API (https://resend.com/docs/api-reference/emails/send-email), with its Idempotency-Key header;
 * attachments go as base64 `content` with their `content_type`, so an invite keeps its `method`.
 */
export function resendTransport(apiKey: string, fetcher: typeof fetch = fetch): MailTransport {
  return {
    async send(m) {
      const res = await fetcher("https://api.resend.com/emails", {
        method: "POST",
        headers: {
          authorization: `Bearer ${apiKey}`,
          "content-type": "application/json",
          "idempotency-key": m.idempotencyKey,
        },
        body: JSON.stringify({
          from: m.from,
          to: [m.to],
          subject: m.subject,
          text: m.text,
          html: m.html,
          ...(m.headers && Object.keys(m.headers).length ? { headers: m.headers } : {}),
          ...(m.attachments?.length
            ? {
                attachments: m.attachments.map((a) => ({
                  filename: a.filename,
                  content: Buffer.from(a.content, "utf8").toString("base64"),
                  content_type: a.contentType,
                })),
              }
            : {}),
        }),
      });
      if (!res.ok) throw new Error(`Resend answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    },
  };
}

/** Cloudflare Email's `send_email` binding, which takes a raw MIME message. */
export function cloudflareTransport(binding: SendEmail): MailTransport {
  return {
    async send(m) {
      const { EmailMessage } = await import("cloudflare:email");
      const from = /<([^>]+)>/.exec(m.from)?.[1] ?? m.from;
      await binding.send(new EmailMessage(from, m.to, await toMime(m)));
    },
  };
}

/** The transport configured for this deployment; a misconfiguration fails loudly at send time. */
export function transportFor(env: Env): MailTransport {
  switch (env.MAIL_TRANSPORT) {
    case "dev":
      return devTransport;
    case "resend":
      if (!env.RESEND_API_KEY) throw new Error("MAIL_TRANSPORT is resend but RESEND_API_KEY is not set");
      return resendTransport(env.RESEND_API_KEY);
    case "cloudflare":
      if (!env.EMAIL) throw new Error("MAIL_TRANSPORT is cloudflare but the EMAIL send_email binding is missing");
      return cloudflareTransport(env.EMAIL);
    default:
      throw new Error(`Unknown MAIL_TRANSPORT "${env.MAIL_TRANSPORT}"`);
  }
}
