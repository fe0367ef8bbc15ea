/** @module features/recognition/repo/contributors — the mentors of a program who helped most, to thank them. */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";

export type Contributor = { personId: string; name: string; completed: number; meetings: number; kudos: number };

/** Mentors by mentorships completed, then meetings held, then kudos received in the program. */
export const topContributors = (db: DB, programId: string, now: number, limit = 10) =>
  db.all<Contributor>(sql`
    WITH mentors AS (SELECT DISTINCT mentor_id AS id FROM mentorships
      WHERE program_id = ${programId} AND status IN ('active', 'completed', 'ended'))
    SELECT p.id AS personId, p.name,
      (SELECT count(*) FROM mentorships m
        WHERE m.program_id = ${programId} AND m.mentor_id = p.id AND m.status = 'completed') AS completed,
      (SELECT count(*) FROM meetings g JOIN mentorships m ON m.id = g.mentorship_id
        WHERE m.program_id = ${programId} AND m.mentor_id = p.id AND g.cancelled_at IS NULL
          AND g.starts_at <= ${now}) AS meetings,
      (SELECT count(*) FROM kudos k WHERE k.program_id = ${programId} AND k.to_id = p.id) AS kudos
    FROM mentors JOIN people p ON p.id = mentors.id
    ORDER BY completed DESC, meetings DESC, kudos DESC, p.name LIMIT ${limit}`);
