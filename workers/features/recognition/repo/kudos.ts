/**
 * @module features/recognition/repo/kudos
 * Thank-you notes, and who may send one to whom within a pair that has started (a speed event's
 * partners are checked against its plan, in features/events).
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";

type Where = { programId: string | null };

/** The program of a started mentorship whose two people are `a` and `b`; undefined otherwise. */
export const pairedIn = async (db: DB, mentorshipId: string, a: string, b: string): Promise<Where | undefined> =>
  (
    await db.all<Where>(sql`
      SELECT program_id AS programId FROM mentorships
      WHERE id = ${mentorshipId} AND status IN ('active', 'completed', 'ended')
        AND ((mentor_id = ${a} AND mentee_id = ${b}) OR (mentor_id = ${b} AND mentee_id = ${a}))`)
  )[0];

export type NewKudos = {
  fromId: string;
  toId: string;
  programId: string | null;
  mentorshipId: string | null;
  eventId: string | null;
  note: string;
  tellManager: boolean;
};

export async function insertKudos(db: DB, k: NewKudos) {
  const id = crypto.randomUUID();
  const rows = await db.all<{ created_at: number }>(sql`
    INSERT INTO kudos (id, from_id, to_id, program_id, mentorship_id, event_id, note, tell_manager)
    VALUES (${id}, ${k.fromId}, ${k.toId}, ${k.programId}, ${k.mentorshipId}, ${k.eventId}, ${k.note}, ${k.tellManager ? 1 : 0})
    RETURNING created_at`);
  return { id, createdAt: rows[0]!.created_at };
}

/** A person's name, email and manager's email. */
export const personById = async (db: DB, id: string) =>
  (
    await db.all<{ name: string; email: string; manager_email: string | null; manager_language: string | null }>(sql`
      SELECT name, email, manager_email,
        (SELECT m.ui_language FROM people m WHERE m.email = people.manager_email) AS manager_language
      FROM people WHERE id = ${id}`)
  )[0];

/** The kudos someone received, newest first. */
export const kudosReceived = (db: DB, personId: string, limit: number) =>
  db.all<{ id: string; fromName: string; note: string; programName: string | null; createdAt: number }>(sql`
    SELECT k.id, f.name AS fromName, k.note, pr.name AS programName, k.created_at AS createdAt
    FROM kudos k JOIN people f ON f.id = k.from_id LEFT JOIN programs pr ON pr.id = k.program_id
    WHERE k.to_id = ${personId} ORDER BY k.created_at DESC LIMIT ${limit}`);
