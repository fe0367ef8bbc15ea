/**
 * @module features/surveys/repo/invitations
 * The cron's queries for surveys: who is due for each active survey (from a mentorship's start or end,
 * the program's dates, an event's end), writing their invitations, and the open invitations that still
 * need their mail or a reminder. Pages of INVITATION_PAGE rows keep each tick's work bounded.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import type { SurveyTrigger } from "../../../domain/surveys/types";

const DAY = 86_400_000;
export const INVITATION_PAGE = 2000;

export type ActiveSurvey = {
  id: string;
  program_id: string | null;
  event_id: string | null;
  trigger: string;
  open_days: number;
};
type Candidate = { person_id: string; subject: string; role: string; due_at: number };
type NewInvitation = { id: string; p: string; s: string; r: string; h: string; d: number; c: number };

export const activeSurveys = (db: DB) =>
  db.all<ActiveSurvey>(sql`
    SELECT id, program_id, event_id, trigger, open_days FROM surveys WHERE active = 1 ORDER BY id`);

/** Who is due for a survey, as SQL: person, subject, role and when it is due. */
function anchorRows(s: ActiveSurvey, trigger: SurveyTrigger): SQL | null {
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

/**
 * Up to `limit` people due for the survey and still open for them, who have no invitation to it yet
 * (for that subject); none when its trigger has no anchor for this survey.
 */
export async function dueForSurvey(db: DB, s: ActiveSurvey, now: number, limit: number): Promise<Candidate[]> {
  const rows = anchorRows(s, JSON.parse(s.trigger) as SurveyTrigger);
  if (!rows) return [];
  return db.all<Candidate>(sql`
    SELECT c.person_id, c.subject, c.role, c.due_at FROM (${rows}) c
    WHERE c.due_at <= ${now} AND c.due_at > ${now - s.open_days * DAY}
      AND NOT EXISTS (SELECT 1 FROM survey_invitations i
        WHERE i.survey_id = ${s.id} AND i.person_id = c.person_id AND i.subject = c.subject)
    LIMIT ${limit}`);
}

/** Writes invitations in one batch of `json_each` inserts; one already there (a doubled tick) is skipped. */
export async function insertInvitations(db: DB, surveyId: string, values: NewInvitation[]) {
  const statements = [];
  for (let i = 0; i < values.length; i += 500) {
    statements.push(sql`
      INSERT INTO survey_invitations (id, survey_id, person_id, subject, role, token_hash, due_at, closes_at)
      SELECT json_extract(value, '$.id'), ${surveyId}, json_extract(value, '$.p'), json_extract(value, '$.s'),
        json_extract(value, '$.r'), json_extract(value, '$.h'), json_extract(value, '$.d'), json_extract(value, '$.c')
      FROM json_each(${JSON.stringify(values.slice(i, i + 500))}) WHERE true
      ON CONFLICT DO NOTHING`);
  }
  await batchStatements(db, statements);
}

export type Mailable = {
  id: string;
  survey_id: string;
  program_id: string | null;
  name: string;
  email: string;
  timezone: string;
  ui_language: string | null;
  title: string;
  anonymous: number;
  about: string;
  closes_at: number;
  reminders: number;
};

const mailable = (db: DB, where: SQL) =>
  db.all<Mailable>(sql`
    SELECT i.id, i.survey_id, s.program_id, p.name, p.email, p.timezone, p.ui_language, s.title, s.anonymous,
      COALESCE(pr.name, ev.title, '') AS about,
      i.closes_at, i.reminders
    FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id JOIN people p ON p.id = i.person_id
    LEFT JOIN programs pr ON pr.id = s.program_id LEFT JOIN events ev ON ev.id = s.event_id
    WHERE s.active = 1 AND i.responded_at IS NULL AND ${where}
    ORDER BY i.id LIMIT ${INVITATION_PAGE}`);

/**
 * A page (ids after `after`) of open, unanswered invitations whose mail (`survey:<id>`) is not written
 * yet. An event's survey is not among them: its link goes in the event's follow-up mail (one mail).
 */
export const unmailedInvitations = (db: DB, now: number, after: string) =>
  mailable(
    db,
    sql`i.due_at <= ${now} AND i.closes_at > ${now} AND i.id > ${after} AND s.event_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'survey:' || i.id)`,
  );

/** Open, unanswered, mailed invitations with fewer than `max` reminders, the last one `gap` ago or more. */
export const remindableInvitations = (db: DB, now: number, { max, gap }: { max: number; gap: number }) =>
  mailable(
    db,
    sql`i.closes_at > ${now} AND i.reminders < ${max}
      AND COALESCE(i.last_reminded_at, i.due_at) <= ${now - gap}
      AND EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'survey:' || i.id)`,
  );

/** Counts one more reminder on each invitation, unless another tick counted it since it was read. */
export const countReminders = (db: DB, due: Pick<Mailable, "id" | "reminders">[], now: number) =>
  db.run(sql`
    UPDATE survey_invitations SET reminders = reminders + 1, last_reminded_at = ${now}
    WHERE id IN (SELECT json_extract(value, '$.id') FROM json_each(${JSON.stringify(due.map((r) => ({ id: r.id, n: r.reminders })))})
      WHERE json_extract(value, '$.n') = survey_invitations.reminders)`);
