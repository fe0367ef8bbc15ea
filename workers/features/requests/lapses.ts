/**
 * @module features/requests/lapses
 * The clock's part of mentee's-choice matching, in steps that each re-derive their work from the rows,
 * so a doubled, late or interrupted tick neither repeats nor drops anything: pending requests past their
 * deadline lapse; chains with no pending request move on; chains that ran out without notice are
 * noticed; mentors with two lapses since they last resumed are paused and told how to resume.
 * Each step takes a fixed chunk per tick (lapses and pauses in bulk statements; chains one by one, a
 * few queries each), so a tick stays far under D1's ~1,000 queries per invocation; the rest is found
 * again next tick.
 */
import { enqueueMail } from "../mail";
import { getProgram, type Program } from "../programs";
import {
  lapseExpired,
  mentorsToPause,
  pauseForLapses,
  stalledChains,
  unnoticedExhaustedChains,
  type PauseMail,
} from "./repo/clock";
import { pausedForLapsesMail } from "./mail";
import type { Mailer } from "../mail";
import { advanceChain, noticeExhausted } from "./steps";
import { languageOf } from "../../platform/i18n";

export const LAPSES_PER_TICK = 500;
export const CHAINS_PER_TICK = 15;
export const PAUSES_PER_TICK = 100;

export async function lapseExpiredRequests(m: Mailer, now: number) {
  const lapsed = await lapseExpired(m.db, now, LAPSES_PER_TICK);
  const programs = new Map<string, Program | null>();
  const programOf = async (id: string) => {
    if (!programs.has(id)) programs.set(id, await getProgram(m.db, id));
    return programs.get(id) ?? null;
  };
  for (const chain of await stalledChains(m.db, CHAINS_PER_TICK)) {
    const program = await programOf(chain.program_id);
    if (program) await advanceChain(m, program, chain.mentee_id, now);
  }
  for (const chain of await unnoticedExhaustedChains(m.db, now, CHAINS_PER_TICK)) {
    const program = await programOf(chain.program_id);
    if (program) await noticeExhausted(m, program, chain.mentee_id);
  }
  await pauseMentors(m, now, programOf);
  return lapsed.length;
}

/**
 * Pauses and mails the mentors due for it, in one batch: each mail is written only if this batch paused
 * its mentor, so a doubled tick finds them paused and sends nothing.
 */
async function pauseMentors(m: Mailer, now: number, programOf: (id: string) => Promise<Program | null>) {
  const rows: PauseMail[] = [];
  for (const mentor of await mentorsToPause(m.db, PAUSES_PER_TICK)) {
    const program = await programOf(mentor.program_id);
    if (!program) continue;
    const mail = pausedForLapsesMail(languageOf(mentor.ui_language), mentor.name, program.name, m.origin);
    rows.push({
      id: crypto.randomUUID(),
      key: `lapse-pause:${mentor.enrollment_id}:${now}`,
      to: mentor.email,
      enrollment: mentor.enrollment_id,
      ...mail,
    });
  }
  if (!rows.length) return;
  const ids = await pauseForLapses(m.db, rows, now);
  await enqueueMail(m.queue, ids).catch((err) => console.error("enqueue failed; the cron will retry", err));
}
