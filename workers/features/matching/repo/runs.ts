/**
 * @module features/matching/repo/runs
 * Matching runs and their proposals in D1. Proposals are written many to a statement (a JSON array
 * through `json_each`), since D1 allows 100 bound parameters a statement and a run can have thousands.
 */
import { readReasons } from "../../../domain/matching/reasons";
import { and, desc, eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import { matchProposals, matchRuns, matchUnmatched } from "../../../db/schema";
import type { MatchedPair, MatchResult } from "../../../domain/matching/plan";
import { mayMentorSql } from "../../mentorships";

export type MatchRun = typeof matchRuns.$inferSelect;
export type Unmatched = MatchResult["unmatched"][number];
/** Unmatched people a page, in a run's answer. */
export const UNMATCHED_PAGE = 50;
/** How long a run may stay `running` before another delivery of its message may take it over. */
export const STALE_RUN_MS = 3 * 60 * 1000;
const CHUNK = 1000;

export async function createRun(db: DB, programId: string, createdBy: string) {
  const [run] = await db
    .insert(matchRuns)
    .values({ id: crypto.randomUUID(), programId, createdBy, progress: "Waiting to start" })
    .returning();
  return run!;
}

export async function getRun(db: DB, programId: string, runId: string) {
  const where = and(eq(matchRuns.id, runId), eq(matchRuns.programId, programId));
  return (await db.select().from(matchRuns).where(where).get()) ?? null;
}

export function listRuns(db: DB, programId: string) {
  return db
    .select()
    .from(matchRuns)
    .where(eq(matchRuns.programId, programId))
    .orderBy(desc(matchRuns.createdAt))
    .limit(20);
}

export const setProgress = (db: DB, runId: string, progress: string) =>
  db.update(matchRuns).set({ progress }).where(eq(matchRuns.id, runId));

/** Replaces a run's proposals with `pairs` and marks it done, as one batch. */
export async function saveResult(db: DB, runId: string, result: MatchResult, now: number) {
  const inserts = [];
  for (let i = 0; i < result.pairs.length; i += CHUNK) {
    const rows = result.pairs.slice(i, i + CHUNK).map((p) => [p.menteeId, p.mentorId, p.score, p.reasons, p.locked]);
    inserts.push(
      sql`INSERT INTO match_proposals (run_id, mentee_id, mentor_id, score, reasons, locked)
        SELECT ${runId}, value ->> 0, value ->> 1, value ->> 2, value -> 3, value ->> 4 FROM json_each(${JSON.stringify(rows)})`,
    );
  }
  for (let i = 0; i < result.unmatched.length; i += CHUNK) {
    const rows = result.unmatched.slice(i, i + CHUNK).map((u) => [u.personId, u.reason]);
    inserts.push(
      sql`INSERT INTO match_unmatched (run_id, person_id, reason)
        SELECT ${runId}, value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(rows)})`,
    );
  }
  await batchStatements(db, [
    db.delete(matchProposals).where(eq(matchProposals.runId, runId)),
    db.delete(matchUnmatched).where(eq(matchUnmatched.runId, runId)),
    ...inserts,
    db
      .update(matchRuns)
      .set({
        status: "done",
        progress: "",
        matched: result.stats.matched,
        totalScore: result.stats.totalScore,
        unmatchedCount: result.unmatched.length,
        finishedAt: now,
      })
      .where(eq(matchRuns.id, runId)),
  ]);
}

export const failRun = (db: DB, runId: string, error: string, now: number) =>
  db.update(matchRuns).set({ status: "failed", error, progress: "", finishedAt: now }).where(eq(matchRuns.id, runId));

/** Fails a run whose message the queue gave up on, unless it finished meanwhile. */
export const failDeadRun = (db: DB, runId: string, error: string, now: number) =>
  db.run(sql`
    UPDATE match_runs SET status = 'failed', error = ${error}, progress = '', finished_at = ${now}
    WHERE id = ${runId} AND status IN ('queued', 'running')`);

/** Whether a run of the program is queued or running. */
export async function runUnderWay(db: DB, programId: string) {
  const [busy] = await db.all<{ id: string }>(
    sql`SELECT id FROM match_runs WHERE program_id = ${programId} AND status IN ('queued', 'running') LIMIT 1`,
  );
  return !!busy;
}

export const failAbandonedRuns = (db: DB, now: number) =>
  db
    .update(matchRuns)
    .set({ status: "failed", error: "The run stopped before it finished. Run it again.", progress: "" })
    // A long run stores a step every few seconds; one that stopped storing them has stopped.
    .where(
      and(
        eq(matchRuns.status, "running"),
        sql`coalesce(${matchRuns.steppedAt}, ${matchRuns.startedAt}) < ${now - 5 * STALE_RUN_MS}`,
      ),
    )
    .returning({ id: matchRuns.id });

export type ProposalRow = MatchedPair & {
  watchOut: string[];
  mentorEmail: string;
  menteeEmail: string;
  mentorName: string;
  menteeName: string;
};

/** Pairs whose mentor or mentee name or email contains `q` (ASCII case folded, as in the participants search). */
const pairFilter = (q?: string) => {
  if (!q) return sql``;
  const folded = q.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  return sql`AND (instr(lower(mr.name), ${folded}) > 0 OR instr(lower(mr.email), ${folded}) > 0
    OR instr(lower(me.name), ${folded}) > 0 OR instr(lower(me.email), ${folded}) > 0)`;
};

/** A run's proposals with both people's names and emails, by mentor; a page of them, or those matching `q`, when asked. */
export async function proposalsOf(db: DB, runId: string, page?: { offset: number; limit: number }, q?: string) {
  const rows = await db.all<{
    mentor_id: string;
    mentee_id: string;
    score: number;
    reasons: string;
    locked: number;
    mentor_email: string;
    mentee_email: string;
    mentor_name: string;
    mentee_name: string;
  }>(sql`
    SELECT p.mentor_id, p.mentee_id, p.score, p.reasons, p.locked,
      mr.email AS mentor_email, mr.name AS mentor_name, me.email AS mentee_email, me.name AS mentee_name
    FROM match_proposals p
    JOIN people mr ON mr.id = p.mentor_id
    JOIN people me ON me.id = p.mentee_id
    WHERE p.run_id = ${runId} ${pairFilter(q)}
    ORDER BY mr.name, mr.id, me.name
    ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``}`);
  return rows.map((r): ProposalRow => ({
    mentorId: r.mentor_id,
    menteeId: r.mentee_id,
    score: r.score,
    ...readReasons(JSON.parse(r.reasons), "organiser"),
    locked: !!r.locked,
    mentorEmail: r.mentor_email,
    menteeEmail: r.mentee_email,
    mentorName: r.mentor_name,
    menteeName: r.mentee_name,
  }));
}

export async function proposalCount(db: DB, runId: string, q?: string) {
  const [row] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM match_proposals p
    JOIN people mr ON mr.id = p.mentor_id JOIN people me ON me.id = p.mentee_id
    WHERE p.run_id = ${runId} ${pairFilter(q)}`);
  return row?.n ?? 0;
}

/** The program's active mentors with their free seats and how many mentees this run gives them. */
export function runMentors(db: DB, run: MatchRun, defaultCapacity: number) {
  return db.all<{ id: string; name: string; email: string; seatsLeft: number; inRun: number; paused: number }>(sql`
    SELECT p.id, p.name, p.email,
      coalesce(e.capacity, ${defaultCapacity}) - (SELECT count(*) FROM mentorships m WHERE m.program_id = e.program_id
        AND m.mentor_id = p.id AND m.status IN ('proposed', 'active')) AS seatsLeft,
      (SELECT count(*) FROM match_proposals q WHERE q.run_id = ${run.id} AND q.mentor_id = p.id) AS inRun,
      e.paused_at IS NOT NULL AS paused
    FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.program_id = ${run.programId} AND e.status = 'active' AND ${mayMentorSql(sql`e.role`)}
    ORDER BY p.name, p.id`);
}

/** One page of the people a run left without a mentor, with why, by name. */
export async function unmatchedOf(db: DB, runId: string, page: number): Promise<Unmatched[]> {
  const rows = await db.all<{ person_id: string; email: string; name: string; reason: string }>(sql`
    SELECT u.person_id, p.email, p.name, u.reason
    FROM match_unmatched u JOIN people p ON p.id = u.person_id
    WHERE u.run_id = ${runId}
    ORDER BY p.name, p.id
    LIMIT ${UNMATCHED_PAGE} OFFSET ${(page - 1) * UNMATCHED_PAGE}`);
  return rows.map((r) => ({ personId: r.person_id, email: r.email, name: r.name, reason: r.reason }));
}
