/**
 * @module features/matching/repo/edits
 * An organiser's edits to a run's draft, each one batch: the proposals change, the run's totals are
 * restated, and locks and bans are kept as the program's pair rules, so a re-run honours them.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { matchProposals, matchRuns, matchUnmatched, pairRules } from "../../../db/schema";
import type { MatchRun } from "./runs";

export type Proposal = typeof matchProposals.$inferSelect;
type Fit = { score: number; reasons: string[] };

export async function proposalOf(db: DB, runId: string, menteeId: string) {
  const where = and(eq(matchProposals.runId, runId), eq(matchProposals.menteeId, menteeId));
  return (await db.select().from(matchProposals).where(where).get()) ?? null;
}

const setRule = (db: DB, programId: string, mentorId: string, menteeId: string, rule: "lock" | "ban") =>
  db
    .insert(pairRules)
    .values({ programId, mentorId, menteeId, rule })
    .onConflictDoUpdate({ target: [pairRules.programId, pairRules.mentorId, pairRules.menteeId], set: { rule } });

const dropLock = (db: DB, programId: string, mentorId: string, menteeId: string) =>
  db
    .delete(pairRules)
    .where(
      and(
        eq(pairRules.programId, programId),
        eq(pairRules.mentorId, mentorId),
        eq(pairRules.menteeId, menteeId),
        eq(pairRules.rule, "lock"),
      ),
    );

/** The run's totals after an edit, in the same batch as the edit. */
function restate(db: DB, run: MatchRun) {
  return db
    .update(matchRuns)
    .set({
      unmatchedCount: sql`(SELECT count(*) FROM match_unmatched WHERE run_id = ${run.id})`,
      matched: sql`(SELECT count(*) FROM match_proposals WHERE run_id = ${run.id})`,
      totalScore: sql`(SELECT coalesce(sum(score), 0) FROM match_proposals WHERE run_id = ${run.id})`,
    })
    .where(eq(matchRuns.id, run.id));
}

const leaveUnmatched = (db: DB, runId: string, personId: string, reason: string) =>
  db
    .insert(matchUnmatched)
    .values({ runId, personId, reason })
    .onConflictDoUpdate({ target: [matchUnmatched.runId, matchUnmatched.personId], set: { reason } });

const matchedNow = (db: DB, runId: string, personId: string) =>
  db.delete(matchUnmatched).where(and(eq(matchUnmatched.runId, runId), eq(matchUnmatched.personId, personId)));

/** Whether the run left `personId` without a mentor. */
export const isUnmatched = async (db: DB, runId: string, personId: string) =>
  (await db.$count(matchUnmatched, and(eq(matchUnmatched.runId, runId), eq(matchUnmatched.personId, personId)))) > 0;

/** How many mentees the run gives `mentorId` besides `menteeId`: the seats an edit finds taken. */
export async function seatsTakenInRun(db: DB, runId: string, mentorId: string, menteeId: string) {
  const [taken] = await db
    .select({ n: sql<number>`count(*)` })
    .from(matchProposals)
    .where(
      and(
        eq(matchProposals.runId, runId),
        eq(matchProposals.mentorId, mentorId),
        sql`${matchProposals.menteeId} <> ${menteeId}`,
      ),
    );
  return taken?.n ?? 0;
}

const proposal = (runId: string, menteeId: string) =>
  and(eq(matchProposals.runId, runId), eq(matchProposals.menteeId, menteeId));

/** Locks (or unlocks) a pair of the run, and keeps (or drops) it as the program's lock. */
export const lockPair = (db: DB, programId: string, run: MatchRun, pair: Proposal, locked: boolean) =>
  db.batch([
    db.update(matchProposals).set({ locked }).where(proposal(run.id, pair.menteeId)),
    locked
      ? setRule(db, programId, pair.mentorId, pair.menteeId, "lock")
      : dropLock(db, programId, pair.mentorId, pair.menteeId),
  ]);

/** Takes a pair out of the run, leaving its mentee unmatched with `reason`; `ban` keeps it from re-runs too. */
export const unpair = (db: DB, programId: string, run: MatchRun, pair: Proposal, ban: boolean, reason: string) =>
  db.batch([
    db.delete(matchProposals).where(proposal(run.id, pair.menteeId)),
    ban
      ? setRule(db, programId, pair.mentorId, pair.menteeId, "ban")
      : dropLock(db, programId, pair.mentorId, pair.menteeId),
    leaveUnmatched(db, run.id, pair.menteeId, reason),
    restate(db, run),
  ]);

/** Gives the mentee `mentorId` in the run, locked; their former pair's lock goes. */
export function assignPair(
  db: DB,
  programId: string,
  run: MatchRun,
  pair: { menteeId: string; mentorId: string } & Fit,
  former: Proposal | null,
) {
  const row = { runId: run.id, ...pair, locked: true };
  return db.batch([
    db
      .insert(matchProposals)
      .values(row)
      .onConflictDoUpdate({ target: [matchProposals.runId, matchProposals.menteeId], set: row }),
    ...(former ? [dropLock(db, programId, former.mentorId, former.menteeId)] : []),
    setRule(db, programId, pair.mentorId, pair.menteeId, "lock"),
    matchedNow(db, run.id, pair.menteeId),
    restate(db, run),
  ]);
}

/** Swaps the mentors of two pairs of the run, each new pair locked with its fit (`a` for `one`'s mentee). */
export const swapPairs = (db: DB, programId: string, run: MatchRun, one: Proposal, other: Proposal, a: Fit, b: Fit) =>
  db.batch([
    db
      .update(matchProposals)
      .set({ mentorId: other.mentorId, score: a.score, reasons: a.reasons, locked: true })
      .where(proposal(run.id, one.menteeId)),
    db
      .update(matchProposals)
      .set({ mentorId: one.mentorId, score: b.score, reasons: b.reasons, locked: true })
      .where(proposal(run.id, other.menteeId)),
    dropLock(db, programId, one.mentorId, one.menteeId),
    dropLock(db, programId, other.mentorId, other.menteeId),
    setRule(db, programId, other.mentorId, one.menteeId, "lock"),
    setRule(db, programId, one.mentorId, other.menteeId, "lock"),
    restate(db, run),
  ]);
