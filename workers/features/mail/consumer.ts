/**
 * @module features/mail/consumer
 * The consumer of both mail lanes (features/mail/lanes). The urgent lane sends its few mails at once; the bulk
 * lane at the provider's pace (features/mail/paced). Each message is acked on its own, so one failure retries
 * only itself (https://developers.cloudflare.com/queues/configuration/batching-retries/). Mail held back
 * for the pace or a 429 is acked and sent to the queue again with a delay instead of retried, so waiting
 * never counts towards the dead-letter queue; the outbox's claim keeps the copy from sending twice.
 */
import { createDb } from "../../platform/db";
import { appUrlProblem, mailOrigin, readConfig } from "../../platform/config";
import { URGENT_QUEUE } from "./lanes";
import { type MailMessage, enqueueMail } from "./outbox";
import { URGENT_PACE, bulkPace, deliverMany, ratePerSecond, type Pace, type StillDue } from "./paced";
import { transportFor, type MailTransport } from "../../platform/mail-transport";
import { readOrganisation } from "../organisation";
import { chatTransport } from "../chat";

export type MailBatchOptions = {
  transport?: MailTransport;
  pace?: Pace;
  sleep?: (ms: number) => Promise<unknown>;
  /** What the senders of reminders say is still worth sending (workers/queues.ts wires it). */
  stillDue?: StillDue;
  /** How posts and direct messages reach Slack and Teams (tests pass a stub). */
  fetcher?: typeof fetch;
};

export async function handleMailBatch(batch: MessageBatch<MailMessage>, env: Env, options: MailBatchOptions = {}) {
  const db = createDb(env.DB);
  let transport;
  try {
    // Posts to a program's channel and Slack direct messages share the outbox; the rest is mail.
    transport = chatTransport(options.transport ?? transportFor(env), {
      db,
      secret: env.JWT_SECRET,
      slackToken: env.SLACK_BOT_TOKEN,
      fetcher: options.fetcher,
    });
  } catch (err) {
    // A deployment without a working transport: keep every message until it is configured.
    console.error("mail transport is not configured", err);
    batch.retryAll({ delaySeconds: 600 });
    return;
  }
  // Unsubscribe links point at the app; mail from the queue has no request to take an origin from.
  const config = readConfig(env);
  const origin = mailOrigin(config);
  if (!origin) {
    // Nothing is claimed, so every mail stays pending in the outbox, where the clock queues it again
    // once APP_URL is fixed; retrying here instead would end in the dead-letter queue.
    console.error(`mail not sent: ${appUrlProblem(config)}`);
    batch.ackAll();
    return;
  }
  const urgent = batch.queue === URGENT_QUEUE;
  const messages = new Map<string, Message<MailMessage>[]>();
  for (const message of batch.messages) {
    const mailId = message.body?.mailId;
    if (typeof mailId !== "string")
      message.ack(); // not ours to deliver; retrying cannot fix it
    else messages.set(mailId, [...(messages.get(mailId) ?? []), message]);
  }
  const pace = options.pace ?? (urgent ? URGENT_PACE : bulkPace(ratePerSecond(env)));
  // Read once a batch, so every mail carries the organisation's name as it is when the mail goes out.
  const organisation = await readOrganisation(db);
  const links = { origin, secret: env.JWT_SECRET, brand: organisation && { name: organisation.name } };
  const ids = [...messages.keys()];
  const outcome = await deliverMany(db, transport, env.MAIL_FROM, ids, links, pace, options.sleep, options.stillDue);

  const ackAll = (id: string) => messages.get(id)?.forEach((m) => m.ack());
  outcome.done.forEach(ackAll);
  for (const id of outcome.retry) {
    console.error(`mail ${id} failed, will retry`);
    const [first, ...copies] = messages.get(id)!;
    first!.retry({ delaySeconds: Math.min(60 * 2 ** first!.attempts, 3600) });
    copies.forEach((m) => m.ack());
  }
  if (outcome.deferred.length) {
    try {
      await enqueueMail(urgent ? env.MAIL_URGENT_QUEUE : env.MAIL_QUEUE, outcome.deferred, outcome.delaySeconds);
      outcome.deferred.forEach(ackAll);
    } catch (err) {
      // Not lost either way: the queue's own retry brings them back (at the cost of a retry).
      console.error("could not defer mail; the queue retries it", err);
      for (const id of outcome.deferred)
        messages.get(id)!.forEach((m) => m.retry({ delaySeconds: outcome.delaySeconds }));
    }
  }
}
