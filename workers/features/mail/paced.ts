/**
 * @module features/mail/paced
 * Delivers a queue batch of mails at the provider's pace, under the outbox's one exactly-once rule
 * (claim, send, mark; ARCHITECTURE.md, invariant 1): the batch is claimed in one statement, stale links
 * are dropped, mails without attachments go out through the provider's batch API (100 a call), the rest
 * one by one, and calls are spaced by the pace.
 *
 * Pacing across invocations: the bulk queue's consumer runs one batch at a time (max_concurrency = 1 in
 * wrangler.toml) and waits `gapMs` after each provider call, including the last, so calls of batches one
 * after another are never closer than `gapMs`. An invocation makes at most `maxCalls` calls; the mails
 * beyond, and everything after a 429, are released (unclaimed, their attempt not counted) and come
 * back on the queue after a delay, so waiting for the provider never uses up the queue's retries.
 */
import type { DB } from "../../platform/db";
import { isStale } from "./lanes";
import { MAX_ATTEMPTS, STALE_CLAIM_MS, dropStale, outgoingMessage, type SendLinks } from "./outbox";
import { RateLimited, Undeliverable, type MailTransport } from "../../platform/mail-transport";
import type { OutboxRow as Row } from "./repo/outbox";
import {
  claimMails,
  markMailsFailed,
  markMailsSent,
  optedOutAmong,
  releaseMails,
  rewriteMails,
  suppressMails,
} from "./repo/deliveries";

export type Pace = { maxCalls: number; gapMs: number };

/**
 * Asked at sending time about the claimed mails, since what a mail is about may have changed after it
 * was written: an entry null drops that mail (recorded as suppressed, never retried), an entry with
 * content sends that instead; a mail without an entry goes out as written.
 */
export type StillDue = (
  db: DB,
  mails: { id: string; idempotencyKey: string; language?: string | null }[],
  now: number,
) => Promise<Map<string, { subject: string; text: string; html: string } | null>>;

/** Resend's documented default: 2 requests a second per team (https://resend.com/docs/api-reference/rate-limit). */
export const DEFAULT_RATE_PER_SECOND = 2;
/** Bulk mail leaves a quarter of the provider's rate to urgent mail, so a sign-in link is rarely told to wait. */
const BULK_SHARE = 0.75;
/** How long one bulk invocation may pace calls before it hands the rest back to the queue. */
const WINDOW_SECONDS = 10;

export function ratePerSecond(env: { MAIL_RATE_PER_SECOND?: string }) {
  const rate = Number(env.MAIL_RATE_PER_SECOND);
  return Number.isFinite(rate) && rate > 0 ? rate : DEFAULT_RATE_PER_SECOND;
}

export function bulkPace(rate: number): Pace {
  const share = rate * BULK_SHARE;
  return { maxCalls: Math.max(1, Math.floor(share * WINDOW_SECONDS)), gapMs: 1000 / share };
}
/** Urgent batches are a few mails someone is waiting for: sent at once; a 429 still defers them. */
export const URGENT_PACE: Pace = { maxCalls: Infinity, gapMs: 0 };

export type Outcome = {
  /** Settled: sent, skipped (another delivery has it), expired, suppressed or failed for good. */
  done: string[];
  /** Failed with attempts left: the queue retries them with its backoff. */
  retry: string[];
  /** Not tried, released: to come back on the queue after `delaySeconds`. */
  deferred: string[];
  delaySeconds: number;
};

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function deliverMany(
  db: DB,
  transport: MailTransport,
  from: string,
  mailIds: string[],
  links: SendLinks,
  pace: Pace,
  sleep: (ms: number) => Promise<unknown> = wait,
  stillDue?: StillDue,
): Promise<Outcome> {
  const now = Date.now();
  const claimed = await claimMails(db, mailIds, now, now - STALE_CLAIM_MS);
  const done = mailIds.filter((id) => !claimed.some((r) => r.id === id));

  const stale = claimed.filter((r) => isStale(r.expiresAt, now));
  await dropStale(
    db,
    stale.map((r) => r.id),
  );
  // Checked at sending time, so an unsubscribe stops mail already on its way too.
  const withCategory = claimed.filter((r) => r.category);
  const optedOut = withCategory.length ? await optedOutAmong(db, withCategory) : [];
  if (optedOut.length) await suppressMails(db, ids(optedOut));
  const settled = new Set([...stale.map((r) => r.id), ...optedOut.map((r) => r.id)]);
  const checked = stillDue
    ? await stillDue(
        db,
        claimed.filter((r) => !settled.has(r.id)),
        now,
      )
    : new Map();
  const outdated = [...checked].filter(([, mail]) => mail === null).map(([id]) => id);
  if (outdated.length) await suppressMails(db, outdated);
  for (const id of outdated) settled.add(id);
  done.push(...settled);
  const ready = claimed.filter((r) => !settled.has(r.id)).map((r) => ({ ...r, ...checked.get(r.id) }));
  // Kept as sent, so the outbox (and the development mailbox) shows what went out.
  const rewritten = ready.filter((r) => checked.get(r.id));
  if (rewritten.length) await rewriteMails(db, rewritten);

  const limit = transport.sendBatch ? (transport.batchLimit ?? 100) : 1;
  const alone = (await transport.sendsAlone?.(ready)) ?? new Set<string>();
  const single = (r: Row) => limit === 1 || !!r.attachments?.length || alone.has(r.id);
  const batchable = ready.filter((r) => !single(r));
  const calls: Row[][] = [];
  if (limit > 1) for (let i = 0; i < batchable.length; i += limit) calls.push(batchable.slice(i, i + limit));
  for (const r of ready) if (single(r)) calls.push([r]);

  const sent: Row[] = [];
  const failures = new Map<string, Row[]>();
  const refused: Row[] = [];
  let call = 0;
  let retryAfter = 0;
  for (; call < Math.min(calls.length, pace.maxCalls); call++) {
    const group = calls[call]!;
    const messages = await Promise.all(group.map((r) => outgoingMessage(r, from, links)));
    try {
      if (group.length > 1 || !single(group[0]!)) await transport.sendBatch!(messages);
      else await transport.send(messages[0]!);
      sent.push(...group);
    } catch (err) {
      if (err instanceof RateLimited) {
        retryAfter = err.retryAfterSeconds;
        break;
      }
      const why = String(err).slice(0, 500);
      if (err instanceof Undeliverable) refused.push(...group.map((r) => ({ ...r, lastError: why })));
      else failures.set(why, [...(failures.get(why) ?? []), ...group]);
    }
    if (pace.gapMs) await sleep(pace.gapMs);
  }

  if (sent.length) await markMailsSent(db, ids(sent), Date.now());
  done.push(...sent.map((r) => r.id));
  const retry: string[] = [];
  for (const [why, group] of failures) {
    await markMailsFailed(db, ids(group), why, MAX_ATTEMPTS);
    for (const r of group) (r.attempts >= MAX_ATTEMPTS ? done : retry).push(r.id);
  }
  for (const r of refused) {
    await markMailsFailed(db, [r.id], r.lastError!, 0);
    done.push(r.id);
  }
  const deferred = calls.slice(call).flat();
  // After a 429, what the provider asked for; else about as long as this batch's calls took. The pace
  // holds either way (calls are spaced here); the delay only spares the queue reading them too soon.
  const delaySeconds = retryAfter || Math.max(1, Math.ceil((call * pace.gapMs) / 1000));
  if (deferred.length) await releaseMails(db, ids(deferred), now + delaySeconds * 1000);
  return { done, retry, deferred: deferred.map((r) => r.id), delaySeconds };
}
