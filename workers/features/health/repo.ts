/**
 * @module features/health/repo
 * The active pairs of a program that need attention, by days since their last meeting held (or since
 * they started), and the program's thresholds for quiet and stalled.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { mentorships, pairChecks, people, programs } from "../../db/schema";
import type { PairCheckKind } from "../../domain/kinds";
import type { DB } from "../../platform/db";
import { batchStatements, inJson } from "../../platform/statements";

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

export type QuietPair = {
  id: string;
  programId: string;
  programName: string;
  mentorId: string;
  menteeId: string;
  status: string;
  /** The start of the current quiet spell: the last meeting held, or the pair's start. */
  spell: number;
};

/** A mentorship with its program and its current quiet spell, or null. */
export async function pairWithSpell(db: DB, mentorshipId: string, now: number) {
  const row = await db.get<{
    id: string;
    program_id: string;
    program_name: string;
    mentor_id: string;
    mentee_id: string;
    status: string;
    spell: number;
  }>(sql`SELECT m.id, m.program_id, pr.name AS program_name, m.mentor_id, m.mentee_id, m.status,
      coalesce((SELECT max(x.starts_at) FROM meetings x WHERE x.mentorship_id = m.id AND x.cancelled_at IS NULL
        AND x.starts_at <= ${now}), m.started_at, m.created_at) AS spell
    FROM mentorships m JOIN programs pr ON pr.id = m.program_id WHERE m.id = ${mentorshipId}`);
  if (!row) return null;
  return {
    id: row.id,
    programId: row.program_id,
    programName: row.program_name,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    status: row.status,
    spell: row.spell,
  } satisfies QuietPair;
}

/** Records a step for a pair's quiet spell once: the new row, or null when it was taken already. */
export async function recordCheck(db: DB, pair: QuietPair, kind: PairCheckKind, byId: string | null) {
  const [row] = await db
    .insert(pairChecks)
    .values({ id: crypto.randomUUID(), mentorshipId: pair.id, spell: pair.spell, kind, byId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export const checkFor = async (db: DB, pair: QuietPair, kind: PairCheckKind) =>
  (
    await db
      .select()
      .from(pairChecks)
      .where(and(eq(pairChecks.mentorshipId, pair.id), eq(pairChecks.spell, pair.spell), eq(pairChecks.kind, kind)))
  )[0] ?? null;

export const checkById = async (db: DB, id: string) =>
  (await db.select().from(pairChecks).where(eq(pairChecks.id, id)))[0] ?? null;

/** Each person's answer is theirs to give once; a second answer changes nothing. */
export async function answerCheck(db: DB, checkId: string, side: "mentor" | "mentee", answer: "yes" | "no") {
  const column = side === "mentor" ? pairChecks.mentorAnswer : pairChecks.menteeAnswer;
  const [row] = await db
    .update(pairChecks)
    .set(side === "mentor" ? { mentorAnswer: answer } : { menteeAnswer: answer })
    .where(and(eq(pairChecks.id, checkId), isNull(column)))
    .returning();
  return row ?? null;
}

/** Ends an active pair as no-fault ("we could not find the time"); null when it was not active any more. */
export async function endQuietPair(db: DB, mentorshipId: string, by: string | null, note: string, now: number) {
  const [row] = await db
    .update(mentorships)
    .set({ status: "ended", endedAt: now, endedBy: by, endReason: "no-time", endNote: note })
    .where(and(eq(mentorships.id, mentorshipId), eq(mentorships.status, "active")))
    .returning();
  return row ?? null;
}

/** The steps taken for some pairs, oldest first, for their history in the health list. */
export const checksOf = (db: DB, mentorshipIds: string[]) =>
  mentorshipIds.length
    ? db.select().from(pairChecks).where(inJson(pairChecks.mentorshipId, mentorshipIds)).orderBy(pairChecks.createdAt)
    : Promise.resolve([]);

/**
 * Active pairs of programs with an automatic end whose spell passed it, where nobody answered "yes"
 * to a "still going?" of that spell; a chunk per tick.
 */
export const dueForAutoEnd = (db: DB, now: number, limit: number) =>
  db.all<{
    id: string;
    program_id: string;
    program_name: string;
    mentor_id: string;
    mentee_id: string;
    spell: number;
  }>(sql`
    SELECT * FROM (
      SELECT m.id, m.program_id, pr.name AS program_name, m.mentor_id, m.mentee_id, pr.auto_end_days,
        coalesce((SELECT max(x.starts_at) FROM meetings x WHERE x.mentorship_id = m.id AND x.cancelled_at IS NULL
          AND x.starts_at <= ${now}), m.started_at, m.created_at) AS spell
      FROM mentorships m JOIN programs pr ON pr.id = m.program_id
      WHERE m.status = 'active' AND pr.auto_end_days IS NOT NULL) p
    WHERE p.spell <= ${now} - p.auto_end_days * ${DAY}
      AND NOT EXISTS (SELECT 1 FROM pair_checks c WHERE c.mentorship_id = p.id AND c.spell = p.spell AND c.kind = 'ask'
        AND 'yes' IN (coalesce(c.mentor_answer, ''), coalesce(c.mentee_answer, '')))
    ORDER BY p.spell LIMIT ${limit}`);

/** The two people of a pair, to mail. */
export const pairPeople = (db: DB, pair: { mentorId: string; menteeId: string }) =>
  db
    .select({ id: people.id, name: people.name, email: people.email, uiLanguage: people.uiLanguage })
    .from(people)
    .where(inJson(people.id, [pair.mentorId, pair.menteeId]));
