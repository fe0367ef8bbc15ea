/**
 * @module features/insights/repo/overview
 * The organiser's home, for a page of programs at once: one batch of statements grouped by program,
 * whatever the number of programs or people.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import { mayBeMentoredSql } from "../../mentorships";
import type { ProgramSummary } from "../../../domain/insights/overview";

const DAY = 86_400_000;
const mentee = mayBeMentoredSql(sql`e.role`);

type Row = Record<string, unknown> & { program_id: string };

/** Which programs: every program for an admin, else those managed; a page of them by name. */
export function programsPage(db: DB, scope: { all: true } | { ids: string[] }, page: number, pageSize: number) {
  const where: SQL = "all" in scope ? sql`1` : sql`id IN (SELECT value FROM json_each(${JSON.stringify(scope.ids)}))`;
  return batchStatements(db, [
    sql`SELECT id, name, kind, match_mode FROM programs WHERE ${where} ORDER BY name, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    sql`SELECT count(*) AS total FROM programs WHERE ${where}`,
  ]).then(([rows, total]) => ({
    programs: (rows!.results ?? []) as { id: string; name: string; kind: string; match_mode: string }[],
    total: ((total!.results ?? [])[0] as { total: number }).total,
  }));
}

export async function programSummaries(
  db: DB,
  programs: { id: string; name: string; kind: string; match_mode: string }[],
  now: number,
) {
  if (!programs.length) return [];
  const ids = JSON.stringify(programs.map((p) => p.id));
  const inPrograms = (column: string) => sql`${sql.raw(column)} IN (SELECT value FROM json_each(${ids}))`;
  const results = await batchStatements(db, [
    sql`SELECT e.program_id, sum(e.status = 'active') AS joined, sum(e.status = 'pending') AS pending,
        sum(e.status = 'active' AND ${mentee}) AS mentees,
        sum(e.status = 'active' AND ${mentee} AND EXISTS (SELECT 1 FROM mentorships m
          WHERE m.program_id = e.program_id AND m.mentee_id = e.person_id)) AS matched_mentees,
        sum(e.status = 'active' AND ${mentee} AND NOT EXISTS (SELECT 1 FROM mentorships m
          WHERE m.program_id = e.program_id AND m.mentee_id = e.person_id
            AND m.status IN ('proposed', 'active', 'completed'))) AS waiting
      FROM enrollments e WHERE ${inPrograms("e.program_id")} GROUP BY e.program_id`,
    sql`SELECT program_id, count(*) AS requests_waiting FROM mentor_requests
      WHERE ${inPrograms("program_id")} AND status = 'pending' GROUP BY program_id`,
    // Each program's own thresholds (quiet_days, stalled_days), in days.
    sql`SELECT program_id, sum(days >= stalled_days) AS stalled, sum(days < stalled_days AND days >= quiet_days) AS quiet
      FROM (SELECT m.program_id, pr.quiet_days, pr.stalled_days,
          (${now} - coalesce((SELECT max(x.starts_at) FROM meetings x WHERE x.mentorship_id = m.id
            AND x.cancelled_at IS NULL AND x.starts_at <= ${now}), m.started_at, m.created_at)) / ${DAY} AS days
        FROM mentorships m JOIN programs pr ON pr.id = m.program_id
        WHERE ${inPrograms("m.program_id")} AND m.status = 'active')
      GROUP BY program_id`,
    // The survey open now with the most people invited, per program.
    sql`SELECT program_id, title, invited, responded, closes_at FROM (
        SELECT s.program_id, s.title, count(*) AS invited, count(i.responded_at) AS responded,
          max(i.closes_at) AS closes_at,
          row_number() OVER (PARTITION BY s.program_id ORDER BY count(*) DESC, s.id) AS n
        FROM surveys s JOIN survey_invitations i ON i.survey_id = s.id
        WHERE ${inPrograms("s.program_id")} AND i.due_at <= ${now} AND i.closes_at > ${now}
        GROUP BY s.id)
      WHERE n = 1`,
    sql`SELECT program_id, id, title, starts_at FROM (
        SELECT program_id, id, title, starts_at, row_number() OVER (PARTITION BY program_id ORDER BY starts_at, id) AS n
        FROM events WHERE ${inPrograms("program_id")} AND starts_at > ${now})
      WHERE n = 1`,
  ]);
  const byProgram = (i: number) => new Map(((results[i]!.results ?? []) as Row[]).map((r) => [r.program_id, r]));
  const [people, requests, health, surveys, events] = [0, 1, 2, 3, 4].map(byProgram);
  const n = (v: unknown) => Number(v ?? 0);
  return programs.map((p): ProgramSummary => {
    const e = people!.get(p.id);
    const s = surveys!.get(p.id);
    const ev = events!.get(p.id);
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      matchMode: p.match_mode,
      joined: n(e?.joined),
      pending: n(e?.pending),
      mentees: n(e?.mentees),
      matchedMentees: n(e?.matched_mentees),
      waiting: n(e?.waiting),
      requestsWaiting: n(requests!.get(p.id)?.requests_waiting),
      quiet: n(health!.get(p.id)?.quiet),
      stalled: n(health!.get(p.id)?.stalled),
      survey: s
        ? { title: String(s.title), invited: n(s.invited), responded: n(s.responded), closesAt: n(s.closes_at) }
        : null,
      nextEvent: ev ? { id: String(ev.id), title: String(ev.title), startsAt: n(ev.starts_at) } : null,
    };
  });
}
