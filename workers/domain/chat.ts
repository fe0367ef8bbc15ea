/**
 * @module domain/chat
 * Posts to a program's chat channel: which webhook URLs are accepted, and the message each service
 * takes. Slack's incoming webhooks take `{ text, blocks }` (https://api.slack.com/messaging/webhooks);
 * Teams workflow webhooks (Power Automate's "When a Teams webhook request is received") take a message
 * whose one attachment is an Adaptive Card. A post is a headline and plain lines: nothing about a
 * person, so whoever reads the channel learns only what the whole program may know.
 */

export const CHAT_KINDS = ["slack", "teams"] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];
/** How someone gets their reminders: by mail, or as a Slack direct message where the Slack app is set up. */
export const REMINDER_CHANNELS = ["mail", "slack"] as const;

/** An outbox row whose address starts with this is a post to that program's channel, not a mail. */
export const CHANNEL_ADDRESS = "channel:";
export const isChannelAddress = (to: string) => to.startsWith(CHANNEL_ADDRESS);

/** Reminders, by their outbox key's kind: the digest of what is due (features/reminders) and survey reminders. */
const REMINDER_KINDS = new Set(["digest", "survey-reminder"]);
export const isReminderKey = (key: string) => REMINDER_KINDS.has(key.split(":")[0]!);

/** Hosts a webhook may point at: Slack's, and the Power Platform hosts that serve Teams workflows. */
const HOSTS: { kind: ChatKind; host: RegExp }[] = [
  { kind: "slack", host: /^hooks\.slack\.com$/ },
  { kind: "teams", host: /^[a-z0-9-]+(\.[a-z0-9-]+)*\.logic\.azure\.com$/ },
  { kind: "teams", host: /^[a-z0-9-]+(\.[a-z0-9-]+)*\.environment\.api\.powerplatform\.com$/ },
];

export type WebhookCheck = { ok: true; kind: ChatKind; host: string; url: string } | { ok: false; message: string };

/** Whether a webhook URL may be saved: https, on an allowed host, with no credentials or odd port. */
export function checkWebhookUrl(input: string): WebhookCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: "Paste the whole webhook URL, starting with https://." };
  }
  if (url.protocol !== "https:") return { ok: false, message: "The webhook URL must start with https://." };
  if (url.username || url.password || url.port) {
    return { ok: false, message: "The webhook URL must not carry a user name, password or port." };
  }
  const match = HOSTS.find((h) => h.host.test(url.hostname));
  if (!match) {
    return {
      ok: false,
      message:
        "Use a Slack incoming webhook (hooks.slack.com) or a Teams workflow webhook (logic.azure.com or environment.api.powerplatform.com).",
    };
  }
  if (match.kind === "slack" && !url.pathname.startsWith("/services/")) {
    return { ok: false, message: "A Slack incoming webhook URL starts with https://hooks.slack.com/services/." };
  }
  return { ok: true, kind: match.kind, host: url.hostname, url: url.toString() };
}

/** What a post says: a headline, then lines; a line that is only an https URL becomes a button. */
export type Post = { headline: string; lines: string[] };

const isLink = (line: string) => /^https:\/\/\S+$/.test(line);
const parts = (post: Post) => ({
  lines: post.lines.filter((l) => l && !isLink(l)),
  link: post.lines.find(isLink) ?? null,
});

/** The post as one plain text, as the outbox keeps it. */
export const postText = (post: Post) => [post.headline, ...post.lines].join("\n");
/** The post back from the outbox's subject (its headline) and text. */
export const postOf = (headline: string, text: string): Post => ({ headline, lines: text.split("\n").slice(1) });

// Slack reads &, < and > as markup (mentions such as <!channel>); a program's name must not ping anyone.
export const slackEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackPayload(post: Post) {
  const { lines, link } = parts(post);
  const text = [`*${slackEscape(post.headline)}*`, ...lines.map(slackEscape)].join("\n");
  return {
    text: [post.headline, ...lines, ...(link ? [link] : [])].map(slackEscape).join("\n"),
    blocks: [
      { type: "section", text: { type: "mrkdwn", text } },
      ...(link
        ? [
            {
              type: "actions",
              elements: [{ type: "button", text: { type: "plain_text", text: "Open in Tandem" }, url: link }],
            },
          ]
        : []),
    ],
  };
}

export function teamsPayload(post: Post) {
  const { lines, link } = parts(post);
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: post.headline, weight: "Bolder", size: "Medium", wrap: true },
            ...lines.map((text) => ({ type: "TextBlock", text, wrap: true })),
          ],
          ...(link ? { actions: [{ type: "Action.OpenUrl", title: "Open in Tandem", url: link }] } : {}),
        },
      },
    ],
  };
}

export const payloadFor = (kind: ChatKind, post: Post) => (kind === "slack" ? slackPayload(post) : teamsPayload(post));
