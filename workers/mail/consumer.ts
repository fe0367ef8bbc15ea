/**
 * @module mail/consumer
 * The queue consumer: each message is one mail id, delivered once and acked on its own, so one
 * failure retries only itself (https://developers.cloudflare.com/queues/configuration/batching-retries/).
 */
import { createDb } from "../db/client";
import { deliverMail, type MailMessage } from "./outbox";
import { transportFor } from "./transport";
import { appUrlProblem, mailOrigin, readConfig } from "../config";

export async function handleMailBatch(batch: MessageBatch<MailMessage>, env: Env) {
  const db = createDb(env.DB);
  let transport;
  try {
    transport = transportFor(env);
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
  const links = { origin, secret: env.JWT_SECRET };
  for (const message of batch.messages) {
    const mailId = message.body?.mailId;
    if (typeof mailId !== "string") {
      message.ack(); // not ours to deliver; retrying a malformed message cannot fix it
      continue;
    }
    try {
      await deliverMail(db, transport, env.MAIL_FROM, mailId, Date.now(), links);
      message.ack();
    } catch (err) {
      console.error(`mail ${mailId} failed, will retry`, err);
      message.retry({ delaySeconds: Math.min(60 * 2 ** message.attempts, 3600) });
    }
  }
}
