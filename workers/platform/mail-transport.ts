/**
 * @module platform/mail-transport
 * One interface, three ways to send, chosen by MAIL_TRANSPORT:
 * "dev" keeps mail in the development mailbox (the outbox row is the mailbox, at /dev/mail),
 * "resend" posts to Resend's HTTP API, "cloudflare" uses the `send_email` binding.
 */
import { Buffer } from "node:buffer";
import { sha256Hex } from "./crypto";
import { toMime } from "./mime";

/** A file sent with a mail, such as a calendar invite (`text/calendar; method=REQUEST`); kept with the mail's row. */
export type MailAttachment = { filename: string; contentType: string; content: string };

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
  /**
   * The provider's batch API, where it has one: up to `batchLimit` mails in one call, all or none.
   * Mails with attachments always go through `send`.
   */
  sendBatch?(messages: OutgoingMessage[]): Promise<void>;
  batchLimit?: number;
  /**
   * Of the mails about to go out, the ids this transport must send one by one through `send` (a post
   * to a chat channel, a direct message): they go elsewhere than the provider's batch API.
   */
  sendsAlone?(mails: { id: string; toEmail: string; idempotencyKey: string }[]): Promise<Set<string>>;
}

/** The provider asked us to slow down (HTTP 429); nothing of the call was sent. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limited, retry after ${retryAfterSeconds}s`);
  }
}

/** The receiver refused the message for good (a removed channel, a payload it rejects): retrying cannot help. */
export class Undeliverable extends Error {}

/** Retry-After in seconds (RFC 9110 allows a date too); at least 1 second, at most an hour. */
export function retryAfterSeconds(header: string | null, now = Date.now()) {
  const seconds =
    header === null ? NaN : /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - now) / 1000;
  return Number.isFinite(seconds) ? Math.min(Math.max(Math.ceil(seconds), 1), 3600) : 1;
}

/** Development: delivery is recording; the mailbox reads the outbox. It batches like Resend does. */
export const devTransport: MailTransport = { async send() {}, async sendBatch() {}, batchLimit: 100 };

/**
 * Resend's API (https://resend.com/docs/api-reference/emails/send-email), with its Idempotency-Key header;
 * attachments go as base64 `content` with their `content_type`, so an invite keeps its `method`.
 * Its batch endpoint (https://resend.com/docs/api-reference/emails/send-batch-emails) takes up to 100
 * mails without attachments; its idempotency key covers the call, so it is derived from the mails' keys.
 * A 429 throws RateLimited with the answer's Retry-After.
 */
export function resendTransport(apiKey: string, fetcher: typeof fetch = fetch): MailTransport {
  const post = async (path: string, key: string, body: unknown) => {
    const res = await fetcher(`https://api.resend.com${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(body),
    });
    if (res.status === 429) throw new RateLimited(retryAfterSeconds(res.headers.get("retry-after")));
    if (!res.ok) throw new Error(`Resend answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  };
  return {
    batchLimit: 100,
    send: (m) => post("/emails", m.idempotencyKey, resendBody(m)),
    async sendBatch(messages) {
      const key = `batch/${await sha256Hex(messages.map((m) => m.idempotencyKey).join("\n"))}`;
      await post("/emails/batch", key, messages.map(resendBody));
    },
  };
}

function resendBody(m: OutgoingMessage) {
  return {
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
