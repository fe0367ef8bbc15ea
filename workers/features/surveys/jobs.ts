/**
 * @module features/surveys/jobs
 * The cron's part for surveys, in three idempotent steps re-derived from rows on every tick:
 * 1. invite: for each active survey, everyone whose anchor (a mentorship's start or end, the program's
 *    dates, an event's end) plus the survey's offset has come gets one invitation per subject (unique
 *    in D1, so a doubled tick invites once; a missed tick is caught up while the survey would be open);
 * 2. mail: every open invitation without its mail gets it (keyed `survey:<invitation>`), written from
 *    a token derived from the invitation's id, so a crash between 1 and 2 loses nothing;
 * 3. remind: at most two reminders, four days apart, to those who have not answered.
 * Mail of steps 2 and 3 waits for each person's working hours (Monday to Friday, 09:00–17:00 local).
 * Inserts go in chunks through `json_each` and ids to the queue 100 at a time (`sendBatch`). A tick looks
 * at most SURVEYS_PER_TICK surveys (a different window each tick), writes at most INVITES_PER_TICK
 * invitations and PAGES_PER_TICK pages of mails, so it stays far under D1's ~1,000 queries per
 * invocation; the rest is found again next tick.
 */
import type { DB } from "../../platform/db";
import { enqueueMail, insertMails, recordMailBatches, type BulkMail, type MailMessage } from "../mail";
import { surveyInviteMail } from "./mail";
import { invitationToken, tokenHash } from "./tokens";
import { inWorkingHours } from "../../domain/reminders/working-hours";
import { windowOfTick } from "../../platform/chunks";
import {
  INVITATION_PAGE as PAGE,
  activeSurveys,
  countReminders,
  dueForSurvey,
  insertInvitations,
  remindableInvitations,
  unmailedInvitations,
  type ActiveSurvey,
  type Mailable,
} from "./repo/invitations";
import { formatInstant, languageOf } from "../../platform/i18n";

const DAY = 86_400_000;
export const REMINDER_GAP = 4 * DAY;
export const MAX_REMINDERS = 2;
export const SURVEYS_PER_TICK = 50;
export const PAGES_PER_TICK = 5;
export const INVITES_PER_TICK = PAGES_PER_TICK * PAGE;

/** Step 1 for one survey: invitations for everyone due, a page at a time, at most `budget.left` of them. */
async function invite(db: DB, secret: string, s: ActiveSurvey, now: number, budget: { left: number }) {
  const open = s.open_days * DAY;
  let invited = 0;
  while (budget.left > 0) {
    const size = Math.min(PAGE, budget.left);
    const due = await dueForSurvey(db, s, now, size);
    if (!due.length) return invited;
    budget.left -= due.length;
    const values = await Promise.all(
      due.map(async (c) => {
        const id = crypto.randomUUID();
        const hash = await tokenHash(await invitationToken(secret, id));
        return { id, p: c.person_id, s: c.subject, r: c.role ?? "", h: hash, d: c.due_at, c: c.due_at + open };
      }),
    );
    await insertInvitations(db, s.id, values);
    invited += due.length;
    if (due.length < size) return invited;
  }
  return invited;
}

/** The bulk send that holds a survey's invitations. */
export const invitationsBatch = (surveyId: string) => `survey:${surveyId}`;

async function render(
  rows: Mailable[],
  secret: string,
  origin: string,
  key: (r: Mailable) => string,
  reminder: boolean,
) {
  return Promise.all(
    rows.map(async (r): Promise<BulkMail> => {
      const token = await invitationToken(secret, r.id);
      const language = languageOf(r.ui_language);
      const closes = formatInstant(language, r.closes_at, { dateStyle: "long" }, r.timezone);
      const survey = { title: r.title, about: r.about, closes, anonymous: !!r.anonymous };
      const mail = surveyInviteMail(language, r.name, survey, origin, token, reminder ? r.reminders + 1 : 0);
      return { key: key(r), to: r.email, mail, ...(reminder ? {} : { batchId: invitationsBatch(r.survey_id) }) };
    }),
  );
}

export async function runSurveys(db: DB, queue: Queue<MailMessage>, origin: string, secret: string, now: number) {
  const surveys = await activeSurveys(db);
  let invited = 0;
  const budget = { left: INVITES_PER_TICK };
  for (const s of windowOfTick(surveys, SURVEYS_PER_TICK, now)) {
    if (budget.left <= 0) break;
    invited += await invite(db, secret, s, now, budget);
  }

  // Mail goes out in each person's working hours; the others wait for a later tick.
  const working = (rows: Mailable[]) => rows.filter((r) => inWorkingHours(r.timezone, now));
  let mailed = 0;
  let after = "";
  for (let pages = 0; pages < PAGES_PER_TICK; pages++) {
    const page = await unmailedInvitations(db, now, after);
    const rows = working(page);
    if (rows.length) {
      // Each survey's invitations are one bulk send whose progress admins follow, however many ticks it takes.
      const surveys = new Map(rows.map((r) => [r.survey_id, r]));
      await db.run(
        recordMailBatches(
          [...surveys.values()].map((r) => ({
            id: invitationsBatch(r.survey_id),
            kind: "survey",
            label: `Invitations to “${r.title}”`,
            programId: r.program_id,
          })),
        ),
      );
      const mails = await render(rows, secret, origin, (r) => `survey:${r.id}`, false);
      await enqueueMail(queue, await insertMails(db, mails));
      mailed += rows.length;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }

  const due = working(await remindableInvitations(db, now, { max: MAX_REMINDERS, gap: REMINDER_GAP }));
  if (due.length) {
    const ids = await insertMails(
      db,
      await render(due, secret, origin, (r) => `survey-reminder:${r.id}:${r.reminders + 1}`, true),
    );
    await enqueueMail(queue, ids);
    // Counted after the mail is in the outbox: a crash in between writes the same keyed mail again.
    await countReminders(db, due, now);
  }
  return { invited, mailed, reminded: due.length };
}
