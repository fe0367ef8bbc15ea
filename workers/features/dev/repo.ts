/** @module features/dev/repo — what the development pages read (the outbox as a mailbox) and the demo seed writes. */
import { desc, eq, sql } from "drizzle-orm";
import { outgoingMail, people } from "../../db/schema";
import type { DB } from "../../platform/db";
import { batchStatements, insertChunks } from "../../platform/statements";
import type { onboardingHistory } from "./demo-history";

/** The newest mails of the outbox, whatever their state. */
export const newestMail = (db: DB, limit: number) =>
  db.select().from(outgoingMail).orderBy(desc(outgoingMail.createdAt), desc(outgoingMail.id)).limit(limit);

/** The files a mail carries; undefined for no such mail. */
export async function mailAttachments(db: DB, id: string) {
  const [row] = await db
    .select({ attachments: outgoingMail.attachments })
    .from(outgoingMail)
    .where(eq(outgoingMail.id, id));
  return row?.attachments;
}

/** Adds the people whose email is not taken yet; those already there stay as they are. */
export async function addMissingPeople(db: DB, rows: (typeof people.$inferInsert)[]) {
  for (const chunk of insertChunks(people, rows)) {
    await db.insert(people).values(chunk).onConflictDoNothing({ target: people.email });
  }
}

type History = ReturnType<typeof onboardingHistory>;
const each = (rows: unknown[]) => sql`json_each(${JSON.stringify(rows)})`;
const PERSON = (field: string) => sql.raw(`(SELECT id FROM people WHERE email = value ->> '${field}')`);

/**
 * Writes a demo program's history in one batch, each table's rows in one statement from one JSON
 * parameter. Every row has a fixed id (or key) and conflicts are skipped, so seeding again adds nothing;
 * rows hang on their parent by a join, so a pair the demo's users replaced leaves its history out.
 */
export async function writeHistory(db: DB, programId: string, h: History) {
  // `WHERE true` tells SQLite the ON CONFLICT belongs to the INSERT, not to a join of the SELECT.
  await batchStatements(db, [
    sql`UPDATE enrollments SET created_at = j.value ->> 'at', confirmed_at = j.value ->> 'at'
      FROM ${each(h.signUps)} j JOIN people p ON p.email = j.value ->> 'email'
      WHERE enrollments.program_id = ${programId} AND enrollments.person_id = p.id`,
    sql`INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at, ended_at, end_reason, created_at)
      SELECT value ->> 'id', ${programId}, ${PERSON("mentor")}, ${PERSON("mentee")}, value ->> 'status', 'match',
        value ->> 'startedAt', value ->> 'endedAt', value ->> 'endReason', value ->> 'createdAt'
      FROM ${each(h.pairs)} WHERE true ON CONFLICT DO NOTHING`,
    sql`INSERT INTO meetings (id, mentorship_id, starts_at, minutes, place, agenda, created_by, created_at)
      SELECT value ->> 'id', m.id, value ->> 'startsAt', 45, 'Video call', 'How the last two weeks went; what is next',
        ${PERSON("by")}, (value ->> 'startsAt') - 604800000
      FROM ${each(h.meetings)} JOIN mentorships m ON m.id = value ->> 'pair' WHERE true ON CONFLICT DO NOTHING`,
    sql`INSERT INTO goals (id, mentorship_id, horizon, title, due_on, done_at, created_at)
      SELECT value ->> 'id', m.id, 'long', value ->> 'title', value ->> 'dueOn', value ->> 'doneAt', value ->> 'createdAt'
      FROM ${each(h.goals)} JOIN mentorships m ON m.id = value ->> 'pair' WHERE true ON CONFLICT DO NOTHING`,
    sql`INSERT INTO milestones (id, goal_id, title, due_on, done_at, created_at)
      SELECT value ->> 'id', g.id, value ->> 'title', value ->> 'dueOn', value ->> 'doneAt', value ->> 'createdAt'
      FROM ${each(h.milestones)} JOIN goals g ON g.id = value ->> 'goal' WHERE true ON CONFLICT DO NOTHING`,
    // No token leads to these invitations: their hash is not a hash of anything.
    sql`INSERT INTO survey_invitations (id, survey_id, person_id, subject, role, token_hash, due_at, closes_at, responded_at, created_at)
      SELECT value ->> 'id', s.id, ${PERSON("email")}, m.id, value ->> 'role', 'demo:' || (value ->> 'id'),
        value ->> 'dueAt', value ->> 'closesAt', value ->> 'respondedAt', value ->> 'dueAt'
      FROM ${each(h.invitations)} JOIN mentorships m ON m.id = value ->> 'pair'
        JOIN surveys s ON s.program_id = ${programId} AND s.template = 'checkin' WHERE true ON CONFLICT DO NOTHING`,
    sql`INSERT INTO survey_responses (id, survey_id, response_key, invitation_id, role, answers, created_at, updated_at)
      SELECT value ->> 'id', i.survey_id, 'demo:' || (value ->> 'id'), i.id, value ->> 'role', value -> 'answers',
        value ->> 'at', value ->> 'at'
      FROM ${each(h.responses)} JOIN survey_invitations i ON i.id = value ->> 'invitation' WHERE true ON CONFLICT DO NOTHING`,
    sql`INSERT INTO outcomes (program_id, email, event, date)
      SELECT ${programId}, value ->> 'e', value ->> 'v', value ->> 'd' FROM ${each(h.outcomes)} WHERE true
      ON CONFLICT DO NOTHING`,
  ]);
}
