/**
 * @module matching/requests
 * Mentee's-choice matching as it moves: asking, accepting, declining, and the clock's lapses. Each step
 * is a guarded state change (pending → accepted | declined | lapsed; waiting → pending) followed by
 * mail with a key of the step, so a doubled request or tick changes and sends nothing twice.
 */
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { publicOrigin, type Config } from "../config";
import type { DB } from "../db/client";
import { MENTOR_ROLES, participantsById } from "../data/match-pool";
import { getProgram, programManagersOf, type Program } from "../data/programs";
import {
  cancelRequest,
  closeRequest,
  expiredRequests,
  mentorsToPause,
  promote,
  stalledChains,
  unnoticedExhaustedChains,
  waitingChoices,
  type MentorRequest,
} from "../data/requests";
import { batchStatements } from "../db/statements";
import { explain, scorePair } from "../domain/matching/score";
import { matchSettingsOf } from "../data/match-pool";
import { enqueueMail, type MailMessage } from "../mail/outbox";
import { sendMail } from "../mail/send";
import { choicesExhaustedAdminMail, choicesExhaustedMail, pausedForLapsesMail, requestMail } from "../mail/templates";

export type Mailer = { db: DB; queue: Queue<MailMessage>; origin: string; config: Config };

/** A request's mailer: its database, the mail queue, and the public origin for links. */
export const mailerOf = (c: Context<AppEnv>): Mailer => ({
  db: c.var.db,
  queue: c.env.MAIL_QUEUE as Queue<MailMessage>,
  origin: publicOrigin(c.var.config, c.req.url),
  config: c.var.config,
});

const formatDay = (ms: number) =>
  new Date(ms).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/** Mails the mentor a request that just became pending. */
export async function mailRequest(m: Mailer, program: Program, request: MentorRequest) {
  const found = await participantsById(m.db, program, [request.mentorId, request.menteeId]);
  const mentor = found.get(request.mentorId);
  const mentee = found.get(request.menteeId);
  if (!mentor || !mentee) return;
  const why = explain(scorePair(mentor.person, mentee.person, matchSettingsOf(program), new Date()).reasons);
  await sendMail(
    m.db,
    m.queue,
    `request:${request.id}`,
    mentor.person.email,
    requestMail(
      mentor.person.name,
      mentee.person,
      program.name,
      request.message,
      why,
      `${formatDay(request.deadlineAt!)} (UTC)`,
      `${m.origin}/requests`,
    ),
  );
}

/**
 * Hands a chain to its next choice who can still take a mentee (paused or full mentors are skipped),
 * or, when none is left, tells the mentee and the program's organisers.
 */
export async function advanceChain(m: Mailer, program: Program, menteeId: string, now: number) {
  for (const next of await waitingChoices(m.db, program.id, menteeId)) {
    const mentor = (await participantsById(m.db, program, [next.mentorId])).get(next.mentorId);
    if (!mentor || !MENTOR_ROLES.includes(mentor.role) || mentor.paused || mentor.seatsLeft <= 0) {
      await cancelRequest(m.db, next.id);
      continue;
    }
    const promoted = await promote(m.db, next.id, program.requestDays, now);
    if (promoted) await mailRequest(m, program, promoted);
    return;
  }
  await noticeExhausted(m, program, menteeId);
}

/** Tells the mentee and the organisers that a chain ran out (once per chain: keyed by its last request). */
async function noticeExhausted(m: Mailer, program: Program, menteeId: string) {
  const [last] = await m.db.all<{ id: string; name: string; email: string }>(sql`
    SELECT r.id, p.name, p.email FROM mentor_requests r JOIN people p ON p.id = r.mentee_id
    WHERE r.program_id = ${program.id} AND r.mentee_id = ${menteeId} ORDER BY r.created_at DESC, r.rank DESC LIMIT 1`);
  if (!last) return;
  await sendMail(
    m.db,
    m.queue,
    `choices-exhausted:${last.id}:${menteeId}`,
    last.email,
    choicesExhaustedMail(last.name, program.name, `${m.origin}/programs/${program.id}/choose`),
  );
  const managers = (await programManagersOf(m.db, [program.id])).map((p) => p.email);
  for (const email of managers.length ? managers : [...m.config.adminEmails]) {
    await sendMail(
      m.db,
      m.queue,
      `choices-exhausted:${last.id}:${email}`,
      email,
      choicesExhaustedAdminMail(last, program.name, `${m.origin}/admin/programs/${program.id}/matching`),
    );
  }
}

/** A mentor declines; the chain moves on. False if the request was not pending. */
export async function declineRequest(m: Mailer, request: MentorRequest, now: number) {
  const closed = await closeRequest(m.db, request.id, "declined", now);
  if (!closed) return false;
  const program = await getProgram(m.db, request.programId);
  if (program) await advanceChain(m, program, request.menteeId, now);
  return true;
}

/**
 * The clock's part, in steps that each re-derive their work from the rows, so a doubled, late or
 * interrupted tick neither repeats nor drops anything: pending requests past their deadline lapse;
 * chains with no pending request move on; chains that ran out without notice are noticed; mentors with
 * two lapses since they last resumed are paused and told how to resume.
 */
export async function lapseExpiredRequests(m: Mailer, now: number) {
  let lapsed = 0;
  for (const request of await expiredRequests(m.db, now)) {
    if (await closeRequest(m.db, request.id, "lapsed", now)) lapsed++;
  }
  const programs = new Map<string, Program | null>();
  const programOf = async (id: string) => {
    if (!programs.has(id)) programs.set(id, await getProgram(m.db, id));
    return programs.get(id) ?? null;
  };
  for (const chain of await stalledChains(m.db)) {
    const program = await programOf(chain.program_id);
    if (program) await advanceChain(m, program, chain.mentee_id, now);
  }
  for (const chain of await unnoticedExhaustedChains(m.db, now)) {
    const program = await programOf(chain.program_id);
    if (program) await noticeExhausted(m, program, chain.mentee_id);
  }
  for (const mentor of await mentorsToPause(m.db)) {
    const program = await programOf(mentor.program_id);
    if (!program) continue;
    // The pause and its mail in one batch, the mail only if this batch paused them: a doubled tick
    // finds them paused and sends nothing.
    const mail = pausedForLapsesMail(mentor.name, program.name, `${m.origin}/dashboard`);
    const mailId = crypto.randomUUID();
    const [, inserted] = await batchStatements(m.db, [
      sql`UPDATE enrollments SET paused_at = ${now}, paused_because = 'lapsed', updated_at = ${now}
        WHERE id = ${mentor.enrollment_id} AND paused_at IS NULL`,
      sql`INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html)
        SELECT ${mailId}, ${`lapse-pause:${mentor.enrollment_id}:${now}`}, ${mentor.email}, ${mail.subject}, ${mail.text}, ${mail.html}
        WHERE EXISTS (SELECT 1 FROM enrollments WHERE id = ${mentor.enrollment_id} AND paused_at = ${now} AND paused_because = 'lapsed')
        ON CONFLICT DO NOTHING`,
    ]);
    if (inserted!.meta.changes > 0) {
      await enqueueMail(m.queue, [mailId]).catch((err) => console.error("enqueue failed; the cron will retry", err));
    }
  }
  return lapsed;
}
