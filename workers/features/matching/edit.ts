/**
 * @module features/matching/edit
 * The admin's edits to a run before it is published: lock, unlock, remove, ban, assign and swap.
 * Every edit re-checks the hard constraints (seats, oneself, manager and report, bans, pairs together
 * before, shared language) and is refused with the reason when one fails. Locks and bans are also kept
 * as pair rules, so a re-run honours them.
 */
import type { DB } from "../../platform/db";
import { ApiError, badRequest, notFound } from "../../platform/errors";
import { pairRefusal, type PairRefusal } from "../../domain/pairing";
import { scorePair } from "../../domain/matching/score";
import type { Program } from "../programs";
import { assignPair, isUnmatched, lockPair, proposalOf, seatsTakenInRun, swapPairs, unpair } from "./repo/edits";
import { excludedPairs, matchSettingsOf, participantsById } from "./repo/pool";
import type { MatchRun } from "./repo/runs";

export type PairEdit =
  | { action: "lock" | "unlock" | "remove" | "ban"; menteeId: string }
  | { action: "assign"; menteeId: string; mentorId: string }
  | { action: "swap"; menteeId: string; otherMenteeId: string };

const refuse = (message: string) => badRequest("pair_not_allowed", message);

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
    not_approved: `${mentor} is not an approved mentor of this program yet.`,
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

  switch (edit.action) {
    case "lock":
    case "unlock": {
      if (!current) throw refuse("This mentee has no pair in the run to lock.");
      await lockPair(db, program.id, run, current, edit.action === "lock");
      return;
    }
    case "remove":
    case "ban": {
      if (!current) throw refuse("This mentee has no pair in the run.");
      const ban = edit.action === "ban";
      const reason = ban ? "Their pair was banned by an admin." : "Removed from their pair by an admin.";
      await unpair(db, program.id, run, current, ban, reason);
      return;
    }
    case "assign": {
      const fit = await checkPair(db, program, run, edit.mentorId, edit.menteeId);
      const { score, reasons } = fit;
      await assignPair(
        db,
        program.id,
        run,
        { menteeId: edit.menteeId, mentorId: edit.mentorId, score, reasons },
        current,
      );
      return;
    }
    case "swap": {
      const other = await proposalOf(db, run.id, edit.otherMenteeId);
      if (!current || !other) throw refuse("Both mentees need a pair in the run to swap.");
      if (current.mentorId === other.mentorId) throw refuse("Both mentees already have the same mentor.");
      const a = await checkPair(db, program, run, other.mentorId, current.menteeId, 1);
      const b = await checkPair(db, program, run, current.mentorId, other.menteeId, 1);
      await swapPairs(db, program.id, run, current, other, a, b);
      return;
    }
  }
}
