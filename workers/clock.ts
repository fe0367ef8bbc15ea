/**
 * @module clock
 * What the cron trigger does: re-queue stuck mail, purge what expired, lapse mentor requests past their
 * deadline (moving each chain on), fail abandoned matching runs, send each finished event's
 * follow-up, start and end reverse-mentoring cycles, send surveys and their reminders, and note
 * reminders and send them as one digest per person in their working hours. Everything it finds is derived from rows and every change is guarded, so a doubled, late
 * or missed tick changes nothing twice.
 */
import { createDb } from "./db/client";
import { purgeExpired } from "./data/housekeeping";
import { requeueStuckMail } from "./mail/outbox";
import { readConfig } from "./config";
import { failAbandonedRuns } from "./data/match-runs";
import { lapseExpiredRequests } from "./matching/requests";
import { followUpEvents } from "./events/follow-up";
import { runRotations } from "./rotations/clock";
import { runSurveys } from "./surveys/fan-out";
import { collectReminders } from "./reminders/collect";
import { sendDigests } from "./reminders/digest";

/**
 * One tick at `now`. `wallClock` is the real time, for housekeeping (stuck mail, expired sessions):
 * the development clock runs schedules at a simulated `now` without signing everyone out.
 */
export async function runClock(env: Env, now: number, wallClock = now) {
  const db = createDb(env.DB);
  const mail = await requeueStuckMail(db, env.MAIL_QUEUE, wallClock);
  const purged = await purgeExpired(db, wallClock);
  const config = readConfig(env);
  // Mail from the clock has no request to take an origin from.
  const origin = config.appUrl ?? "http://localhost:8787";
  const lapsed = await lapseExpiredRequests({ db, queue: env.MAIL_QUEUE, origin, config }, now);
  const abandonedRuns = (await failAbandonedRuns(db, now)).length;
  const eventFollowUps = await followUpEvents(env, db, env.MAIL_QUEUE, origin, now);
  const rotations = await runRotations(db, env.MAIL_QUEUE, origin, now);
  const surveys = await runSurveys(db, env.MAIL_QUEUE, origin, env.JWT_SECRET, now);
  const reminders = await collectReminders(db, origin, now);
  const digests = await sendDigests(db, env.MAIL_QUEUE, origin, now);
  return { mail, purged, lapsed, abandonedRuns, eventFollowUps, rotations, surveys, reminders, digests };
}
