/**
 * @module features/chat/deliver
 * The mail consumer's transport, made aware of chat: a post to a program's channel goes to its webhook,
 * and a reminder for someone who chose Slack goes as a direct message (features/chat/direct), the rest
 * to the mail provider. Both ride the outbox's claim, retry and dead-letter path unchanged: a webhook's
 * 5xx or a network failure throws and is retried with backoff; a 429 waits without spending a retry; a
 * refusal that retrying cannot fix (a removed channel, a payload it rejects) fails the post at once.
 */
import type { DB } from "../../platform/db";
import { RateLimited, Undeliverable, retryAfterSeconds, type MailTransport } from "../../platform/mail-transport";
import { CHANNEL_ADDRESS, isChannelAddress, payloadFor, postOf } from "../../domain/chat";
import { webhookOf } from "./repo";
import { directMessages } from "./direct";

export type ChatSetup = { db: DB; secret: string; slackToken?: string; fetcher?: typeof fetch };

/** Posts one message to a webhook; what its answer means for the outbox. */
export async function postToWebhook(fetcher: typeof fetch, url: string, payload: unknown) {
  const res = await fetcher(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
    // The host was checked when the URL was saved; a redirect would leave it.
    redirect: "manual",
  });
  if (res.ok) return;
  const said = (await res.text()).slice(0, 200);
  if (res.status === 429) throw new RateLimited(retryAfterSeconds(res.headers.get("retry-after")));
  const why = `the channel's webhook answered ${res.status}${said ? `: ${said}` : ""}`;
  if (res.status >= 500 || res.status === 408) throw new Error(why);
  throw new Undeliverable(why);
}

export function chatTransport(base: MailTransport, setup: ChatSetup): MailTransport {
  const fetcher = setup.fetcher ?? ((input, init) => fetch(input, init));
  const direct = directMessages(setup.db, setup.slackToken, fetcher);
  return {
    batchLimit: base.batchLimit,
    ...(base.sendBatch ? { sendBatch: (messages) => base.sendBatch!(messages) } : {}),
    async sendsAlone(mails) {
      const dms = await direct.among(mails);
      return new Set(mails.filter((m) => isChannelAddress(m.toEmail) || dms.has(m.id)).map((m) => m.id));
    },
    async send(m) {
      if (isChannelAddress(m.to)) {
        const hook = await webhookOf(setup.db, setup.secret, m.to.slice(CHANNEL_ADDRESS.length));
        if (!hook)
          throw new Undeliverable("the program no longer posts to a channel, or its webhook must be pasted again");
        return postToWebhook(fetcher, hook.url, payloadFor(hook.kind, postOf(m.subject, m.text)));
      }
      if (await direct.send(m)) return;
      await base.send(m);
    },
  };
}
