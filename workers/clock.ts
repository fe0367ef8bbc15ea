/**
 * @module clock
 * What the cron trigger does: find due work in D1 and put it on a queue. It only dispatches, and
 * everything it finds is derived from rows, so a doubled, late or missed tick changes nothing.
 */
import { createDb } from "./db/client";
import { purgeExpired } from "./data/housekeeping";
import { requeueStuckMail } from "./mail/outbox";

export async function runClock(env: Env, now: number) {
  const db = createDb(env.DB);
  const mail = await requeueStuckMail(db, env.MAIL_QUEUE, now);
  const purged = await purgeExpired(db, now);
  return { mail, purged };
}
