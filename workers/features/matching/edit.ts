/**
 * @module features/matching/edit
 * The admin's edits to a run before it is published: lock, unlock, remove, ban, assign and swap.
 * Every edit re-checks the hard constraints (seats, oneself, manager and report, bans, pairs together
 * before, shared language) and is refused with the reason when one fails. Locks and bans are also kept
 * as pair rules, so a re-run honours them.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { matchProposals, matchRuns, matchUnmatched, pairRules } from "../../db/schema";
import { excludedPairs, matchSettingsOf, participantsById } from "./repo/pool";
import { pairRefusal, type PairRefusal } from "../../domain/pairing";
import { isUnmatched, seatsTakenInRun, type MatchRun } from "./repo/runs";
import type { Program } from "../programs/repo/programs";
import { scorePair } from "../../domain/matching/score";
import { ApiError, badRequest, notFound } from "../../platform/errors";

export type PairEdit =
  | { action: "lock" | "unlock" | "remove" | "ban"; menteeId: string }
  | { action: "assign"; menteeId: string; mentorId: string }
  | { action: "swap"; menteeId: string; otherMenteeId: string };

const refuse = (message: string) => badRequest("pair_not_allowed", message);

async function proposalOf(db: DB, runId: string, menteeId: string) {
  const [row] = await db
    .select()
    .from(matchProposals)
    .where(and(eq(matchProposals.runId, runId), eq(matchProposals.menteeId, menteeId)));
  return row ?? null;
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

/**
 * Checks that `mentorId` may take `menteeId` in this run and returns the pair's score and reasons.
 * `freed` is a seat the same edit gives back to that mentor (a swap moves one mentee out as one comes in).
 */
async function checkPair(db: DB, program: Program, run: MatchRun, mentorId: string, menteeId: string, freed = 0) {
  const [found, excluded] = await Promise.all([
    participantsById(db, program, [mentorId, menteeId]),
    excludedPairs(db, program.id),
  ]);
  const mentor = found.get(mentorId);
  const mentee = found.get(menteeId);
  const settings = matchSettingsOf(program);
  const seatsLeft = (mentor?.seatsLeft ?? 0) - (await seatsTakenInRun(db, run.id, mentorId, menteeId)) + freed;
  const why = pairRefusal(mentor, mentee, { settings, excluded, seatsLeft });
  if (why) throw refuse(pairRefused(why, mentor?.person.name ?? "", mentee?.person.name ?? ""));
  return scorePair(mentor!.person, mentee!.person, settings, new Date());
}

/** An organiser's refused edit in words. */
function pairRefused(why: PairRefusal, mentor: string, mentee: string) {
  const words: Record<PairRefusal, string> = {
    not_mentor: "That person is not an active mentor here.",
    not_mentee: "That person is not an active mentee here.",
    has_mentor: `${mentee} already has a mentor in this program.`,
    paused: `${mentor} has paused new mentees.`,
    no_seat: `${mentor} has no free seat in this run.`,
    "the same person": "A person cannot mentor themselves.",
    "manager and report": "A person cannot be paired with their own manager or report.",
    excluded: "This pair is banned, or has been together before in this program.",
    "no shared language": "They have no language in common, and the program requires one.",
  };
  return words[why];
}

/** Applies one edit to a done, unpublished run. */
export async function editRun(db: DB, program: Program, run: MatchRun, edit: PairEdit) {
  if (run.status !== "done") throw new ApiError(409, "run_not_done", "The run has not finished yet.");
  if (run.publishedAt) throw new ApiError(409, "run_published", "The run is published; it can no longer change.");
  const current = await proposalOf(db, run.id, edit.menteeId);
  const inRun = current || (await isUnmatched(db, run.id, edit.menteeId));
  if (!inRun) throw notFound("Mentee in this run");
  const where = and(eq(matchProposals.runId, run.id), eq(matchProposals.menteeId, edit.menteeId));

  switch (edit.action) {
    case "lock":
    case "unlock": {
      if (!current) throw refuse("This mentee has no pair in the run to lock.");
      const locked = edit.action === "lock";
      await db.batch([
        db.update(matchProposals).set({ locked }).where(where),
        locked
          ? setRule(db, program.id, current.mentorId, current.menteeId, "lock")
          : dropLock(db, program.id, current.mentorId, current.menteeId),
      ]);
      return;
    }
    case "remove":
    case "ban": {
      if (!current) throw refuse("This mentee has no pair in the run.");
      const reason =
        edit.action === "ban" ? "Their pair was banned by an admin." : "Removed from their pair by an admin.";
      await db.batch([
        db.delete(matchProposals).where(where),
        edit.action === "ban"
          ? setRule(db, program.id, current.mentorId, current.menteeId, "ban")
          : dropLock(db, program.id, current.mentorId, current.menteeId),
        leaveUnmatched(db, run.id, edit.menteeId, reason),
        restate(db, run),
      ]);
      return;
    }
    case "assign": {
      const { score, reasons } = await checkPair(db, program, run, edit.mentorId, edit.menteeId);
      const row = { runId: run.id, menteeId: edit.menteeId, mentorId: edit.mentorId, score, reasons, locked: true };
      await db.batch([
        db
          .insert(matchProposals)
          .values(row)
          .onConflictDoUpdate({ target: [matchProposals.runId, matchProposals.menteeId], set: row }),
        ...(current ? [dropLock(db, program.id, current.mentorId, current.menteeId)] : []),
        setRule(db, program.id, edit.mentorId, edit.menteeId, "lock"),
        matchedNow(db, run.id, edit.menteeId),
        restate(db, run),
      ]);
      return;
    }
    case "swap": {
      const other = await proposalOf(db, run.id, edit.otherMenteeId);
      if (!current || !other) throw refuse("Both mentees need a pair in the run to swap.");
      if (current.mentorId === other.mentorId) throw refuse("Both mentees already have the same mentor.");
      const a = await checkPair(db, program, run, other.mentorId, current.menteeId, 1);
      const b = await checkPair(db, program, run, current.mentorId, other.menteeId, 1);
      await db.batch([
        db
          .update(matchProposals)
          .set({ mentorId: other.mentorId, score: a.score, reasons: a.reasons, locked: true })
          .where(where),
        db
          .update(matchProposals)
          .set({ mentorId: current.mentorId, score: b.score, reasons: b.reasons, locked: true })
          .where(and(eq(matchProposals.runId, run.id), eq(matchProposals.menteeId, other.menteeId))),
        dropLock(db, program.id, current.mentorId, current.menteeId),
        dropLock(db, program.id, other.mentorId, other.menteeId),
        setRule(db, program.id, other.mentorId, current.menteeId, "lock"),
        setRule(db, program.id, current.mentorId, other.menteeId, "lock"),
        restate(db, run),
      ]);
      return;
    }
  }
}
