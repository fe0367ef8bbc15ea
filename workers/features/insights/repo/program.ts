/**
 * @module features/insights/repo/program
 * What a program's insights are computed from, in one batch of seven statements whatever the
 * program's size: a compact row per participant and per pair (indexed lookups only), and the rest aggregated in SQL (meetings
 * and answers by week, goals and events, invitations, ratings by month, rotation cycles' feedback). The
 * arithmetic is in domain/insights.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import { mayBeMentoredSql, mayMentorSql } from "../../mentorships";
import type { InsightRows, PairRow, PersonRow, WeekCount } from "../../../domain/insights/compute";
import type { RatingRow } from "../../../domain/insights/satisfaction";
import type { CycleRow, EventTotals } from "../../../domain/insights/activity";

/** Monday of the week of an instant in ms, in SQL; matches domain/insights weekOf. */
const week = (ms: unknown) => sql`date(${ms} / 1000, 'unixepoch', '-6 days', 'weekday 1')`;
const held = (alias: string, now: number) =>
  sql.raw(`${alias}.cancelled_at IS NULL AND ${alias}.starts_at <= ${Math.floor(now)}`);

export async function insightRows(db: DB, programId: string, range: { from: number; to: number }, now: number) {
  const results = await batchStatements(db, [
    sql`SELECT e.person_id, e.role, e.status, e.created_at, p.department, p.location, p.years_experience,
        ${mayMentorSql(sql`e.role`)} AS is_mentor, ${mayBeMentoredSql(sql`e.role`)} AS is_mentee,
        coalesce(e.capacity, pr.default_capacity) AS seats
      FROM enrollments e JOIN people p ON p.id = e.person_id JOIN programs pr ON pr.id = e.program_id
      WHERE e.program_id = ${programId}`,
    sql`SELECT m.mentor_id, m.mentee_id, m.status, m.created_at, m.started_at, m.ended_at, m.end_reason,
        (SELECT count(*) FROM meetings x WHERE x.mentorship_id = m.id AND ${held("x", now)}) AS held,
        (SELECT max(x.starts_at) FROM meetings x WHERE x.mentorship_id = m.id AND ${held("x", now)}) AS last_met,
        pm.department AS mentor_department, pe.department AS mentee_department,
        EXISTS (SELECT 1 FROM mentorship_agreements a WHERE a.mentorship_id = m.id
          AND a.mentor_confirmed_at IS NOT NULL AND a.mentee_confirmed_at IS NOT NULL) AS agreed
      FROM mentorships m JOIN people pm ON pm.id = m.mentor_id JOIN people pe ON pe.id = m.mentee_id
      WHERE m.program_id = ${programId}`,
    sql`SELECT ${week(sql`x.starts_at`)} AS week, count(*) AS n
      FROM meetings x JOIN mentorships m ON m.id = x.mentorship_id
      WHERE m.program_id = ${programId} AND ${held("x", now)} AND x.starts_at BETWEEN ${range.from} AND ${range.to}
      GROUP BY week`,
    sql`SELECT ${week(sql`r.created_at`)} AS week, count(*) AS n
      FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
      WHERE s.program_id = ${programId} AND r.created_at BETWEEN ${range.from} AND ${range.to}
      GROUP BY week`,
    sql`SELECT
        (SELECT count(*) FROM goals g JOIN mentorships m ON m.id = g.mentorship_id WHERE m.program_id = ${programId}) AS goals,
        (SELECT count(*) FROM milestones ms JOIN goals g ON g.id = ms.goal_id JOIN mentorships m ON m.id = g.mentorship_id
          WHERE m.program_id = ${programId} AND ms.done_at IS NOT NULL) AS milestones,
        (SELECT count(*) FROM event_registrations r JOIN events ev ON ev.id = r.event_id
          WHERE ev.program_id = ${programId}) AS registered,
        (SELECT count(*) FROM event_registrations r JOIN events ev ON ev.id = r.event_id
          WHERE ev.program_id = ${programId} AND r.status IN ('present', 'left')) AS present,
        -- A mutual pick is two picks, counted once: from the one whose id sorts first.
        (SELECT count(*) FROM event_picks a JOIN events ev ON ev.id = a.event_id
          JOIN event_picks b ON b.event_id = a.event_id AND b.from_id = a.to_id AND b.to_id = a.from_id
          WHERE ev.program_id = ${programId} AND a.from_id < a.to_id) AS mutual_picks,
        -- Each started cycle's feedback, as JSON: a column here instead of another statement in the batch.
        (SELECT json_group_array(json_object('cycle', cycle, 'answers', answers, 'total', total)) FROM (
          SELECT c.cycle, count(f.rating) AS answers, sum(f.rating) AS total
          FROM rotation_cycles c LEFT JOIN rotation_feedback f ON f.program_id = c.program_id AND f.cycle = c.cycle
          WHERE c.program_id = ${programId} AND c.started_at IS NOT NULL AND c.skipped = 0
          GROUP BY c.cycle ORDER BY c.cycle)) AS cycles`,
    sql`SELECT count(*) AS invited, count(i.responded_at) AS responded
      FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id
      WHERE s.program_id = ${programId} AND i.due_at <= ${now}`,
    // Each rating or NPS answer by month, read out of the response's JSON by its question's id, and
    // how many responses gave one: the whole program's figures are the months' sums.
    sql`WITH a AS (SELECT r.id, strftime('%Y-%m', r.created_at / 1000, 'unixepoch') AS month, q.value ->> 'type' AS type,
          CAST(json_extract(r.answers, '$.' || json_quote(q.value ->> 'id')) AS REAL) AS v
        FROM survey_responses r JOIN surveys s ON s.id = r.survey_id, json_each(s.questions) q
        WHERE s.program_id = ${programId} AND q.value ->> 'type' IN ('rating', 'nps'))
      SELECT month, type, count(*) AS answers, sum(v) AS total, sum(v >= 9) AS promoters, sum(v <= 6) AS detractors
        FROM a WHERE v IS NOT NULL GROUP BY month, type
      UNION ALL
      SELECT month, 'responses', count(DISTINCT id), NULL, NULL, NULL FROM a WHERE v IS NOT NULL GROUP BY month`,
  ]);
  const rows = <T>(i: number) => (results[i]!.results ?? []) as T[];
  const { cycles, ...totals } = rows<{ goals: number; milestones: number; cycles: string } & EventTotals>(4)[0]!;
  return {
    people: rows<PersonRow>(0),
    pairs: rows<PairRow>(1),
    meetingsByWeek: rows<WeekCount>(2),
    answersByWeek: rows<WeekCount>(3),
    totals,
    invitations: rows<{ invited: number; responded: number }>(5)[0]!,
    ratings: rows<RatingRow>(6),
    cycles: JSON.parse(cycles) as CycleRow[],
  } satisfies InsightRows;
}
