/**
 * Tandem's Worker: the API and app (fetch), the clock (scheduled) and the mail queue (queue).
 */
import { app } from "./app";
import { handleMailBatch } from "./mail/consumer";
import { runClock } from "./clock";
import type { MailMessage } from "./mail/outbox";

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => ctx.waitUntil(runClock(env, controller.scheduledTime)),
  queue: (batch, env) => handleMailBatch(batch, env),
} satisfies ExportedHandler<Env, MailMessage>;

export type { AppType } from "./app";
