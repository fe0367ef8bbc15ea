/**
 * Tandem's Worker: the API and app (fetch), the clock (scheduled) and its queues: mail in two lanes
 * (tandem-mail and tandem-mail-urgent, one consumer that tells them apart) and their dead letters, matching (runs and their announcements), and people imports and their dead letters.
 */
import { app } from "./app";
import { handleMailBatch } from "./features/mail/consumer";
import { handleDeadMail } from "./features/mail/dead-letters";
import { handleDeadImports, handleImportBatch } from "./features/imports/consumer";
import type { ImportMessage } from "./features/imports/messages";
import { handleMatchBatch } from "./features/matching/consumer";
import { handleDeadMatch } from "./features/matching/dead-letters";
import type { MatchMessage } from "./features/matching/messages";
import { runClock } from "./clock";
import type { MailMessage } from "./features/mail/outbox";

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => ctx.waitUntil(runClock(env, controller.scheduledTime)),
  queue: (batch, env) =>
    batch.queue === "tandem-match-dlq"
      ? handleDeadMatch(batch as MessageBatch<MatchMessage>, env)
      : batch.queue.startsWith("tandem-match")
        ? handleMatchBatch(batch as MessageBatch<MatchMessage>, env)
        : batch.queue.startsWith("tandem-import")
          ? batch.queue.endsWith("-dlq")
            ? handleDeadImports(batch as MessageBatch<ImportMessage>, env)
            : handleImportBatch(batch as MessageBatch<ImportMessage>, env)
          : batch.queue.endsWith("-dlq")
            ? handleDeadMail(batch as MessageBatch<MailMessage>, env)
            : handleMailBatch(batch as MessageBatch<MailMessage>, env),
} satisfies ExportedHandler<Env, MailMessage | MatchMessage | ImportMessage>;

export type { AppType } from "./app";
export { EventLive } from "./features/events/live-object";
