/**
 * @module features/mail/lanes
 * Two lanes over one outbox: mail a person is waiting for right now (a sign-in link, a confirmation,
 * "your request was accepted") goes on its own queue and consumer, so it never waits behind thousands
 * of welcomes or survey invitations on the bulk queue. A mail's kind is its idempotency key's prefix
 * (`signin:…`, `welcome:…`); the lane and expiry follow from the kind, so every way into the outbox
 * (one mail, a bulk insert, an import's go-live) sets them alike.
 */
import { CONFIRM_TTL_MS, SIGNIN_TTL_MS } from "../auth";
import type { MailLane } from "../../domain/kinds";
import type { MailMessage } from "./outbox";

export const URGENT_QUEUE = "tandem-mail-urgent";

/** Urgent kinds and how long their link works (null: no link that expires). */
const URGENT_KINDS: Record<string, number | null> = {
  signin: SIGNIN_TTL_MS,
  confirm: CONFIRM_TTL_MS,
  "event-registered": null,
  "request-accepted": null,
};

/** A link sent with less than this left is as good as dead by the time it is opened. */
export const MIN_LINK_LIFE_MS = 60_000;

export const kindOf = (key: string) => (key.includes(":") ? key.slice(0, key.indexOf(":")) : key);
export const laneOf = (key: string): MailLane => (kindOf(key) in URGENT_KINDS ? "urgent" : "bulk");
export function expiryOf(key: string, createdAt: number) {
  const ttl = URGENT_KINDS[kindOf(key)];
  return ttl ? createdAt + ttl : null;
}
/** Whether a mail sent at `now` would reach its reader with a link that no longer works. */
export const isStale = (expiresAt: number | null, now: number) =>
  expiresAt !== null && now > expiresAt - MIN_LINK_LIFE_MS;

/** The two queues, as the Worker's env has them. */
export type MailQueues = { MAIL_QUEUE: Queue<MailMessage>; MAIL_URGENT_QUEUE: Queue<MailMessage> };
export const queueOf = (queues: MailQueues, lane: MailLane) =>
  lane === "urgent" ? queues.MAIL_URGENT_QUEUE : queues.MAIL_QUEUE;
