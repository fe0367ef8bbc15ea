/**
 * @module features/chat/direct
 * Reminders as Slack direct messages, for people who chose so, where the Slack app's bot token
 * (`SLACK_BOT_TOKEN`, scopes chat:write and users:read.email) is set. The person's Slack user is found
 * by their email (https://api.slack.com/methods/users.lookupByEmail), then messaged with
 * https://api.slack.com/methods/chat.postMessage. When the lookup or the message is refused, the
 * reminder goes by mail instead: it is never lost to a missing Slack account.
 */
import type { DB } from "../../platform/db";
import { RateLimited, retryAfterSeconds, type OutgoingMessage } from "../../platform/mail-transport";
import { isReminderKey, slackEscape } from "../../domain/chat";
import { slackPeopleAmong } from "./repo";

const SLACK_API = "https://slack.com/api";

type SlackAnswer = { ok: boolean; error?: string; user?: { id?: string } };

async function callSlack(fetcher: typeof fetch, token: string, path: string, init: RequestInit = {}) {
  const res = await fetcher(`${SLACK_API}/${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json; charset=utf-8" },
  });
  if (res.status === 429) throw new RateLimited(retryAfterSeconds(res.headers.get("retry-after")));
  if (res.status >= 500) throw new Error(`Slack answered ${res.status} to ${path}`);
  if (!res.ok) return { ok: false, error: `http_${res.status}` } satisfies SlackAnswer;
  return (await res.json()) as SlackAnswer;
}

export function directMessages(db: DB, token: string | undefined, fetcher: typeof fetch) {
  let chosen = new Set<string>();
  return {
    /** Of the mails about to go out, the reminders whose recipient takes them in Slack. */
    async among(mails: { id: string; toEmail: string; idempotencyKey: string }[]) {
      const reminders = token ? mails.filter((m) => isReminderKey(m.idempotencyKey)) : [];
      chosen = await slackPeopleAmong(db, [...new Set(reminders.map((m) => m.toEmail))]);
      return new Set(reminders.filter((m) => chosen.has(m.toEmail)).map((m) => m.id));
    },
    /** Sends the reminder as a direct message; false when it should go by mail instead. */
    async send(m: OutgoingMessage) {
      if (!token || !chosen.has(m.to) || !isReminderKey(m.idempotencyKey)) return false;
      const found = await callSlack(fetcher, token, `users.lookupByEmail?email=${encodeURIComponent(m.to)}`);
      if (!found.ok || !found.user?.id) {
        console.warn(`no Slack user for a reminder (${found.error ?? "no id"}); sent by mail`);
        return false;
      }
      const text = `*${slackEscape(m.subject)}*\n\n${slackEscape(m.text)}`;
      const posted = await callSlack(fetcher, token, "chat.postMessage", {
        method: "POST",
        body: JSON.stringify({ channel: found.user.id, text, unfurl_links: false }),
      });
      if (!posted.ok) console.warn(`Slack refused a direct message (${posted.error}); sent by mail`);
      return posted.ok;
    },
  };
}
