/**
 * @module features/recognition/repo/badges
 * Badges are derived from rows: one statement finds every milestone reached (a meeting held, three,
 * every goal reached, a completion, five mentees) and inserts what is not there yet. The key is the
 * person, the program and the badge, so awarding again, or twice at once, changes nothing
 * (ARCHITECTURE.md, invariant 1).
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { Badge } from "../../../domain/recognition";

/** Awards the badges earned in the mentorships `scope` selects (a program's, or a person's). */
async function award(db: DB, scope: SQL, now: number) {
  // `WHERE true`: without it SQLite could read the upsert's ON as a join's.
  await db.run(sql`
    WITH pairs AS (
      SELECT id, program_id, mentor_id, mentee_id, status, ended_at, COALESCE(started_at, created_at) AS began
      FROM mentorships m WHERE status IN ('active', 'completed', 'ended') AND ${scope}),
    held AS (
      SELECT p.*,
        (SELECT min(g.starts_at) FROM meetings g
          WHERE g.mentorship_id = p.id AND g.cancelled_at IS NULL AND g.starts_at <= ${now}) AS first_met,
        (SELECT g.starts_at FROM meetings g
          WHERE g.mentorship_id = p.id AND g.cancelled_at IS NULL AND g.starts_at <= ${now}
          ORDER BY g.starts_at LIMIT 1 OFFSET 2) AS third_met,
        (SELECT CASE WHEN count(*) > 0 AND count(o.done_at) = count(*) THEN max(o.done_at) END
          FROM goals o WHERE o.mentorship_id = p.id) AS goals_done
      FROM pairs p),
    reached AS (
      SELECT mentor_id, mentee_id, program_id, 'first-meeting' AS badge, first_met AS at FROM held
      UNION ALL SELECT mentor_id, mentee_id, program_id, 'three-meetings', third_met FROM held
      UNION ALL SELECT mentor_id, mentee_id, program_id, 'goals-reached', goals_done FROM held
      UNION ALL SELECT mentor_id, mentee_id, program_id, 'completed', ended_at FROM held WHERE status = 'completed'),
    earned AS (
      SELECT mentor_id AS person_id, program_id, badge, at FROM reached WHERE at IS NOT NULL
      UNION ALL SELECT mentee_id, program_id, badge, at FROM reached WHERE at IS NOT NULL
      UNION ALL SELECT mentor_id, program_id, 'five-mentees', max(began) FROM pairs
        WHERE status IN ('active', 'completed') GROUP BY mentor_id, program_id HAVING count(*) >= 5)
    INSERT INTO badges (person_id, program_id, badge, earned_at)
    SELECT person_id, program_id, badge, min(at) FROM earned WHERE true GROUP BY person_id, program_id, badge
    ON CONFLICT DO NOTHING`);
}

export const awardForPerson = (db: DB, personId: string, now: number) =>
  award(db, sql`(m.mentor_id = ${personId} OR m.mentee_id = ${personId})`, now);

export const awardForProgram = (db: DB, programId: string, now: number) =>
  award(db, sql`m.program_id = ${programId}`, now);

export type EarnedBadge = { badge: Badge; programId: string; programName: string; earnedAt: number };

/** Someone's badges, newest first (at most five a program they are in). */
export const badgesOf = (db: DB, personId: string) =>
  db.all<EarnedBadge>(sql`
    SELECT b.badge, b.program_id AS programId, pr.name AS programName, b.earned_at AS earnedAt
    FROM badges b JOIN programs pr ON pr.id = b.program_id
    WHERE b.person_id = ${personId} ORDER BY b.earned_at DESC LIMIT 100`);

/** How many people of a program earned each badge. */
export const badgeCounts = (db: DB, programId: string) =>
  db.all<{ badge: Badge; people: number }>(sql`
    SELECT badge, count(*) AS people FROM badges WHERE program_id = ${programId} GROUP BY badge`);
