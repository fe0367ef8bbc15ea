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
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../platform/db";
import type { SurveyTrigger } from "../../domain/surveys/types";
import { batchStatements } from "../../platform/statements";
import { recordMailBatches } from "../mail";
import { insertMails, type BulkMail } from "../mail";
import { enqueueMail, type MailMessage } from "../mail";
import { surveyInviteMail } from "./mail";
import { invitationToken, tokenHash } from "./tokens";
import { inWorkingHours } from "../../domain/reminders/working-hours";
import { windowOfTick } from "../../platform/chunks";

const DAY = 86_400_000;
export const REMINDER_GAP = 4 * DAY;
export const MAX_REMINDERS = 2;
const PAGE = 2000;
export const SURVEYS_PER_TICK = 50;
export const PAGES_PER_TICK = 5;
export const INVITES_PER_TICK = PAGES_PER_TICK * PAGE;

type Survey = { id: string; program_id: string | null; event_id: string | null; trigger: string; open_days: number };
type Candidate = { person_id: string; subject: string; role: string; due_at: number };

/** Who is due for a survey, as SQL: person, subject, role and when it is due. */
function anchorRows(s: Survey, trigger: SurveyTrigger): SQL | null {
  const off = trigger.offsetDays * DAY;
  const program = s.program_id;
  switch (trigger.anchor) {
    case "mentorship-start":
    case "mentorship-end": {
      const at = sql.raw(trigger.anchor === "mentorship-start" ? "m.started_at" : "m.ended_at");
      return program
        ? sql`SELECT m.mentor_id AS person_id, m.id AS subject, 'mentor' AS role, ${at} + ${off} AS due_at
            FROM mentorships m WHERE m.program_id = ${program} AND ${at} IS NOT NULL
          UNION ALL
          SELECT m.mentee_id, m.id, 'mentee', ${at} + ${off} FROM mentorships m
            WHERE m.program_id = ${program} AND ${at} IS NOT NULL`
        : null;
    }
    case "program-start":
    case "program-end": {
      const at = sql.raw(
        trigger.anchor === "program-start" ? "unixepoch(p.starts_on) * 1000" : "unixepoch(p.ends_on) * 1000 + 86400000",
      );
      const day = sql.raw(trigger.anchor === "program-start" ? "p.starts_on" : "p.ends_on");
      return program
        ? sql`SELECT e.person_id, 'program' AS subject, e.role, ${at} + ${off} AS due_at
            FROM enrollments e JOIN programs p ON p.id = e.program_id
            WHERE e.program_id = ${program} AND e.status = 'active' AND ${day} IS NOT NULL`
        : null;
    }
    case "event-end":
      return s.event_id
        ? sql`SELECT r.person_id, e.id AS subject, r.role, e.finished_at + ${off} AS due_at
            FROM event_registrations r JOIN events e ON e.id = r.event_id
            WHERE e.id = ${s.event_id} AND e.finished_at IS NOT NULL AND r.status IN ('present', 'left')`
        : null;
  }
}

/** Step 1 for one survey: invitations for everyone due, a page at a time, at most `budget.left` of them. */
async function invite(db: DB, secret: string, s: Survey, now: number, budget: { left: number }) {
  const rows = anchorRows(s, JSON.parse(s.trigger) as SurveyTrigger);
  if (!rows) return 0;
  const open = s.open_days * DAY;
  let invited = 0;
  while (budget.left > 0) {
    const size = Math.min(PAGE, budget.left);
    const due = await db.all<Candidate>(sql`
      SELECT c.person_id, c.subject, c.role, c.due_at FROM (${rows}) c
      WHERE c.due_at <= ${now} AND c.due_at > ${now - open}
        AND NOT EXISTS (SELECT 1 FROM survey_invitations i
          WHERE i.survey_id = ${s.id} AND i.person_id = c.person_id AND i.subject = c.subject)
      LIMIT ${size}`);
    if (!due.length) return invited;
    budget.left -= due.length;
    const values = await Promise.all(
      due.map(async (c) => {
        const id = crypto.randomUUID();
        const hash = await tokenHash(await invitationToken(secret, id));
        return { id, p: c.person_id, s: c.subject, r: c.role ?? "", h: hash, d: c.due_at, c: c.due_at + open };
      }),
    );
    const statements = [];
    for (let i = 0; i < values.length; i += 500) {
      statements.push(sql`
        INSERT INTO survey_invitations (id, survey_id, person_id, subject, role, token_hash, due_at, closes_at)
        SELECT json_extract(value, '$.id'), ${s.id}, json_extract(value, '$.p'), json_extract(value, '$.s'),
          json_extract(value, '$.r'), json_extract(value, '$.h'), json_extract(value, '$.d'), json_extract(value, '$.c')
        FROM json_each(${JSON.stringify(values.slice(i, i + 500))}) WHERE true
        ON CONFLICT DO NOTHING`);
    }
    await batchStatements(db, statements);
    invited += due.length;
    if (due.length < size) return invited;
  }
  return invited;
}

type Mailable = {
  id: string;
  survey_id: string;
  program_id: string | null;
  name: string;
  email: string;
  timezone: string;
  title: string;
  anonymous: number;
  about: string;
  closes_at: number;
  reminders: number;
};

const mailable = (where: SQL) => sql`
  SELECT i.id, i.survey_id, s.program_id, p.name, p.email, p.timezone, s.title, s.anonymous, COALESCE(pr.name, ev.title, 'your mentoring') AS about,
    i.closes_at, i.reminders
  FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id JOIN people p ON p.id = i.person_id
  LEFT JOIN programs pr ON pr.id = s.program_id LEFT JOIN events ev ON ev.id = s.event_id
  WHERE s.active = 1 AND i.responded_at IS NULL AND ${where}
  ORDER BY i.id LIMIT ${PAGE}`;

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
      const closes = new Date(r.closes_at).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });
      const survey = { title: r.title, about: r.about, closes, anonymous: !!r.anonymous };
      const mail = surveyInviteMail(r.name, survey, `${origin}/s/${token}`, reminder ? r.reminders + 1 : 0);
      return { key: key(r), to: r.email, mail, ...(reminder ? {} : { batchId: invitationsBatch(r.survey_id) }) };
    }),
  );
}

export async function runSurveys(db: DB, queue: Queue<MailMessage>, origin: string, secret: string, now: number) {
  const surveys = await db.all<Survey>(sql`
    SELECT id, program_id, event_id, trigger, open_days FROM surveys WHERE active = 1 ORDER BY id`);
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
    const page = await db.all<Mailable>(
      mailable(sql`i.due_at <= ${now} AND i.closes_at > ${now} AND i.id > ${after}
        AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'survey:' || i.id)`),
    );
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

  const due = working(
    await db.all<Mailable>(
      mailable(sql`i.closes_at > ${now} AND i.reminders < ${MAX_REMINDERS}
        AND COALESCE(i.last_reminded_at, i.due_at) <= ${now - REMINDER_GAP}
        AND EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'survey:' || i.id)`),
    ),
  );
  if (due.length) {
    const ids = await insertMails(
      db,
      await render(due, secret, origin, (r) => `survey-reminder:${r.id}:${r.reminders + 1}`, true),
    );
    await enqueueMail(queue, ids);
    // Counted after the mail is in the outbox: a crash in between writes the same keyed mail again.
    await db.run(sql`
      UPDATE survey_invitations SET reminders = reminders + 1, last_reminded_at = ${now}
      WHERE id IN (SELECT json_extract(value, '$.id') FROM json_each(${JSON.stringify(due.map((r) => ({ id: r.id, n: r.reminders })))})
        WHERE json_extract(value, '$.n') = survey_invitations.reminders)`);
  }
  return { invited, mailed, reminded: due.length };
}
