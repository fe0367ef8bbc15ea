/**
 * @module clock
 * What the cron trigger does, as a table of named jobs: re-queue stuck mail (each on its lane), purge what expired (old
 * imports' results among it), lapse
 * mentor requests past their deadline (moving each chain on), fail abandoned matching runs, send each
 * finished event's follow-up, start and end reverse-mentoring cycles, write and introduce roulette rounds, send surveys and their reminders,
 * note reminders and send them as one digest per person in their working hours, and end the pairs that
 * stayed quiet past their program's automatic end, and mail each program's managers its monthly report;
 * prune the audit log past its retention; warn the managers of an ended program a month before its
 * data is deleted, then delete it.
 *
 * Each job runs on its own: one that throws is logged with its name and the others still run. Each
 * works through at most a fixed chunk per tick (D1 allows ~1,000 queries and subrequests per
 * invocation), and everything is derived from rows and every change is guarded, so what is left is
 * found again next tick and a doubled, late or missed tick changes nothing twice.
 */
import { createDb, type DB } from "./platform/db";
import { purgeExpired } from "./features/auth/repo/housekeeping";
import { requeueStuckMail, type MailMessage } from "./features/mail/outbox";
import { appUrlProblem, mailOrigin, readConfig, type Config } from "./platform/config";
import { failAbandonedRuns } from "./features/matching/repo/runs";
import { lapseExpiredRequests } from "./features/requests/lapses";
import { followUpEvents } from "./features/events/follow-up";
import { runRotations } from "./features/rotations/jobs";
import { runRoulette } from "./features/roulette";
import { runSurveys } from "./features/surveys/jobs";
import { collectReminders } from "./features/reminders/collect";
import { sendDigests } from "./features/reminders/digest";
import { autoEndQuietPairs } from "./features/health/actions";
import { pruneImports } from "./features/imports/prune";
import { sendMonthlyReports } from "./features/reports/jobs";
import { pruneAudit } from "./features/audit";
import { runRetention } from "./features/retention";

export type Tick = {
  env: Env;
  db: DB;
  queue: Queue<MailMessage>;
  config: Config;
  /** The origin for links in mail; only jobs that `mail` get it, and only when APP_URL is usable. */
  origin: string;
  now: number;
  wallClock: number;
};

export type ClockJob = { name: string; mails: boolean; run: (t: Tick) => Promise<unknown> };

export type JobOutcome =
  { status: "done"; result: unknown } | { status: "failed"; error: string } | { status: "skipped"; reason: string };

export const CLOCK_JOBS: ClockJob[] = [
  { name: "mail", mails: true, run: (t) => requeueStuckMail(t.db, t.env, t.wallClock) },
  { name: "purged", mails: false, run: (t) => purgeExpired(t.db, t.wallClock) },
  { name: "importsPruned", mails: false, run: (t) => pruneImports(t.db, t.wallClock) },
  { name: "auditPruned", mails: false, run: (t) => pruneAudit(t.db, t.config.auditRetentionDays, t.wallClock) },
  {
    name: "lapsed",
    mails: true,
    run: (t) => lapseExpiredRequests({ db: t.db, queue: t.queue, origin: t.origin, config: t.config }, t.now),
  },
  { name: "abandonedRuns", mails: false, run: async (t) => (await failAbandonedRuns(t.db, t.now)).length },
  { name: "eventFollowUps", mails: true, run: (t) => followUpEvents(t.env, t.db, t.queue, t.origin, t.now) },
  { name: "rotations", mails: true, run: (t) => runRotations(t.db, t.queue, t.origin, t.now) },
  { name: "roulette", mails: true, run: (t) => runRoulette(t.db, t.queue, t.origin, t.env.JWT_SECRET, t.now) },
  { name: "surveys", mails: true, run: (t) => runSurveys(t.db, t.queue, t.origin, t.env.JWT_SECRET, t.now) },
  { name: "reminders", mails: true, run: (t) => collectReminders(t.db, t.origin, t.now) },
  { name: "digests", mails: true, run: (t) => sendDigests(t.db, t.queue, t.origin, t.now) },
  {
    name: "quietPairsEnded",
    mails: true,
    run: (t) => autoEndQuietPairs({ db: t.db, queue: t.queue, origin: t.origin, config: t.config }, t.now),
  },
  {
    name: "retention",
    mails: true,
    run: (t) => runRetention({ db: t.db, queue: t.queue, origin: t.origin, files: t.env.LIBRARY_FILES, now: t.now }),
  },
  { name: "monthlyReports", mails: true, run: (t) => sendMonthlyReports(t.db, t.queue, t.origin, t.now) },
];

/** The innermost cause's message: drizzle wraps D1's error in one that says only which query failed. */
const rootCause = (err: unknown): string =>
  err instanceof Error && err.cause ? rootCause(err.cause) : err instanceof Error ? err.message : String(err);

/**
 * One tick at `now`; reports each job's outcome by name. `wallClock` is the real time, for
 * housekeeping (stuck mail, expired sessions): the development clock runs schedules at a simulated
 * `now` without signing everyone out.
 */
export async function runClock(env: Env, now: number, wallClock = now, jobs = CLOCK_JOBS) {
  const config = readConfig(env);
  const origin = mailOrigin(config);
  const problem = appUrlProblem(config);
  // Said once a tick; the mail waits in the outbox until the setting is fixed.
  if (problem) console.error(`clock: no mail is sent until this is fixed: ${problem}`);
  const tick = { env, db: createDb(env.DB), queue: env.MAIL_QUEUE, config, origin: origin ?? "", now, wallClock };
  const outcomes: Record<string, JobOutcome> = {};
  for (const job of jobs) {
    if (job.mails && !origin) {
      outcomes[job.name] = { status: "skipped", reason: problem ?? "" };
      continue;
    }
    try {
      outcomes[job.name] = { status: "done", result: await job.run(tick) };
    } catch (err) {
      console.error(`clock job ${job.name} failed`, err);
      outcomes[job.name] = { status: "failed", error: rootCause(err) };
    }
  }
  return outcomes;
}
