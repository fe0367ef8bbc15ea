/**
 * @module features/retention/jobs
 * The clock's retention step. Managers of an ended program are warned once, a month before its data
 * goes (keyed in the outbox by program, deletion day and manager); then its data is deleted, children
 * before parents, a bounded number of statements a tick. Everything is found again from rows, so a
 * program too big for one tick resumes where the last stopped, and a doubled tick deletes nothing twice.
 */
import type { DB } from "../../platform/db";
import { enqueueMail, insertMails, type MailMessage } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { retentionWarningMail } from "./mail";
import {
  CHUNK,
  deleteChunk,
  deleteProgramRow,
  dueDeletion,
  dueWarnings,
  keepCompanyKnowledge,
  stepsLeft,
  warningKey,
} from "./repo";
import { formatInstant, languageOf } from "../../platform/i18n";

/** Warnings a tick writes: one outbox statement and one queue batch (sendBatch takes at most 100). */
const WARNINGS_PER_TICK = 100;
/**
 * D1 statements a tick spends at most, warnings included (test/app/clock-budget-integration.test.ts): a
 * chunk a statement, so a program of 100,000 rows is gone in a few hours of ticks.
 */
const STATEMENTS_PER_TICK = 12;
/** Managers have at least this long between their warning and the deletion. */
const NOTICE_MS = 30 * 24 * 60 * 60 * 1000;

export type RetentionTick = { db: DB; queue: Queue<MailMessage>; origin: string; files: R2Bucket; now: number };

async function warn({ db, queue, origin, now }: RetentionTick, today: string) {
  const due = await dueWarnings(db, today, WARNINGS_PER_TICK);
  if (!due.length) return 0;
  const mails = due.map((d) => ({
    key: warningKey(d.program_id, d.delete_on, d.person_id),
    to: d.email,
    mail: retentionWarningMail(
      languageOf(d.ui_language),
      d.name,
      d.program_name,
      // A day, not an instant: written as the calendar day it is, whatever the reader's zone.
      formatInstant(languageOf(d.ui_language), Date.parse(d.delete_on), { dateStyle: "long" }),
      pageUrl(origin, pagePaths.programSettings(d.program_id)),
    ),
  }));
  await enqueueMail(queue, await insertMails(db, mails));
  return mails.length;
}

/**
 * Deletes what this tick's budget allows of the oldest due program: `budget` statements, the search
 * for it and for its non-empty steps included. Answers the rows deleted and whether the program is gone.
 */
async function deleteDue({ db, files, now }: RetentionTick, today: string, budget: number) {
  const program = await dueDeletion(db, today, now - NOTICE_MS);
  if (!program) return { programId: null, rows: 0, finished: false };
  const steps = await stepsLeft(db, program.id);
  let left = budget - 2;
  let rows = 0;
  for (const step of steps) {
    if (step[0] === "library_entries" && left-- > 0) await keepCompanyKnowledge(db, program.id);
    for (;;) {
      if (left-- <= 0) return { programId: program.id, rows, finished: false };
      const chunk = await deleteChunk(db, step, program.id);
      if (chunk.files.length) await files.delete(chunk.files);
      rows += chunk.count;
      if (chunk.count < CHUNK) break;
    }
  }
  // The program row and its audit row are one batch of two statements.
  if (left < 2) return { programId: program.id, rows, finished: false };
  await deleteProgramRow(db, program.id, program.name);
  return { programId: program.id, rows, finished: true };
}

export async function runRetention(t: RetentionTick) {
  const today = new Date(t.now).toISOString().slice(0, 10);
  const warned = await warn(t, today);
  return { warned, ...(await deleteDue(t, today, STATEMENTS_PER_TICK - (warned ? 2 : 1))) };
}
