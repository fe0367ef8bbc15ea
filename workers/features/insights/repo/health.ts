/**
 * @module features/insights/repo/health
 * The active pairs of a program that need attention, by days since their last meeting held (or since
 * they started), and the program's thresholds for quiet and stalled.
 */
import { eq, sql } from "drizzle-orm";
import { programs } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";

const DAY = 86_400_000;

export type HealthPolicyRow = { quietDays: number; stalledDays: number; autoEndDays: number | null };

export async function healthPolicyOf(db: DB, programId: string): Promise<HealthPolicyRow> {
  const [row] = await db
    .select({ quietDays: programs.quietDays, stalledDays: programs.stalledDays, autoEndDays: programs.autoEndDays })
    .from(programs)
    .where(eq(programs.id, programId));
  return row!;
}

export const setHealthPolicy = (db: DB, programId: string, policy: HealthPolicyRow) =>
  db
    .update(programs)
    .set({ ...policy, updatedAt: Date.now() })
    .where(eq(programs.id, programId))
    .returning({ quietDays: programs.quietDays, stalledDays: programs.stalledDays, autoEndDays: programs.autoEndDays });

export type HealthRow = {
  mentorship_id: string;
  mentor_name: string;
  mentor_email: string;
  mentee_name: string;
  mentee_email: string;
  last_met: number | null;
  since: number;
};

/** Active pairs whose last meeting (or start) is `minDays` or more ago, longest first; a page of them. */
export async function pairsNeedingAttention(
  db: DB,
  programId: string,
  range: { minDays: number; maxDays: number | null },
  page: { page: number; pageSize: number },
  now: number,
) {
  const oldest = range.maxDays === null ? null : now - range.maxDays * DAY;
  const pairs = sql`SELECT *, coalesce(last_met, started_at, created_at) AS since FROM (
      SELECT m.id AS mentorship_id, m.started_at, m.created_at, pm.name AS mentor_name, pm.email AS mentor_email,
        pe.name AS mentee_name, pe.email AS mentee_email,
        (SELECT max(x.starts_at) FROM meetings x WHERE x.mentorship_id = m.id AND x.cancelled_at IS NULL
          AND x.starts_at <= ${now}) AS last_met
      FROM mentorships m JOIN people pm ON pm.id = m.mentor_id JOIN people pe ON pe.id = m.mentee_id
      WHERE m.program_id = ${programId} AND m.status = 'active')`;
  const due = sql`since <= ${now - range.minDays * DAY}${oldest === null ? sql`` : sql` AND since > ${oldest}`}`;
  const [rows, total] = await batchStatements(db, [
    sql`SELECT * FROM (${pairs}) WHERE ${due} ORDER BY since, mentorship_id LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
    sql`SELECT count(*) AS total FROM (${pairs}) WHERE ${due}`,
  ]);
  return {
    items: (rows!.results ?? []) as HealthRow[],
    total: ((total!.results ?? [])[0] as { total: number }).total,
  };
}
