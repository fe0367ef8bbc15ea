/**
 * @module features/mail/mailer
 * What code that mails needs from the request or the tick it runs in: the database, the queue of
 * the bulk lane (urgent kinds find their own lane, features/mail/lanes), the public origin for links
 * and the settings. Taking this rather than a Hono context keeps mailing code callable from routes,
 * guarded routes, queue consumers and the cron alike.
 */
import type { Config } from "../../platform/config";
import { publicOrigin } from "../../platform/config";
import type { DB } from "../../platform/db";
import type { MailMessage } from "./outbox";

export type Mailer = { db: DB; queue: Queue<MailMessage>; origin: string; config: Config };

/** The part of a request's context a mailer comes from (any route's `c`, guarded or not). */
type RequestLike = { var: { db: DB; config: Config }; env: Env; req: { url: string } };

/** A request's mailer: its database, the mail queue, and the public origin for links. */
export const mailerOf = (c: RequestLike): Mailer => ({
  db: c.var.db,
  queue: c.env.MAIL_QUEUE,
  origin: publicOrigin(c.var.config, c.req.url),
  config: c.var.config,
});
