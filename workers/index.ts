/**
 * Tandem's Worker: the API and app (fetch), the clock (scheduled) and three queues: mail, its
 * dead letters, and matching (runs and their announcements).
 */
import { app } from "./app";
import { handleMailBatch } from "./mail/consumer";
import { handleDeadMail } from "./mail/dead-letters";
import { handleMatchBatch } from "./matching/consumer";
import { handleDeadMatch } from "./matching/dead-letters";
import type { MatchMessage } from "./matching/messages";
import { runClock } from "./clock";
import type { MailMessage } from "./mail/outbox";

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => ctx.waitUntil(runClock(env, controller.scheduledTime)),
  queue: (batch, env) =>
    batch.queue === "tandem-match-dlq"
      ? handleDeadMatch(batch as MessageBatch<MatchMessage>, env)
      : batch.queue.startsWith("tandem-match")
        ? handleMatchBatch(batch as MessageBatch<MatchMessage>, env)
        : batch.queue.endsWith("-dlq")
          ? handleDeadMail(batch as MessageBatch<MailMessage>, env)
          : handleMailBatch(batch as MessageBatch<MailMessage>, env),
} satisfies ExportedHandler<Env, MailMessage | MatchMessage>;

export type { AppType } from "./app";
export { EventLive } from "./events/live-object";
