/**
 * @module features/matching/run
 * Solving a queued run in the queue consumer, in steps that each stay well inside an invocation's CPU
 * time: a delivery claims the run's next step (so a redelivered message does nothing twice), loads who
 * can be matched, goes on from the checkpoint the last step stored, works through steps until its
 * budget is spent, then stores where it is and queues the next step's message. A small program is
 * solved in one step. Progress is written after every step, so the admin's page can show how far it is.
 */
import type { DB } from "../../platform/db";
import { sha256Hex } from "../../platform/crypto";
import { loadMatchPool, matchSettingsOf, type MatchPool } from "./repo/pool";
import { failRun, saveResult, setProgress } from "./repo/runs";
import { claimStep, dropCheckpoints, readCheckpoint, stepOf, storeSteps } from "./repo/steps";
import { getProgram } from "../programs";
import { packState, unpackState } from "../../domain/matching/checkpoint";
import {
  finishPlan,
  fitsMatrix,
  indexOpen,
  placeLocked,
  planMatches,
  streamPruning,
  withCandidates,
  type MatchResult,
  type PlanTuning,
} from "../../domain/matching/plan";
import { resultOf, startIndexed, stepIndexed, type SolveState } from "../../domain/matching/streamed";
import type { MatchMessage } from "./messages";

/** `busy`: another delivery is working on this step now; `settled`: the step was done, or the run is. */
export type RunOutcome = "processed" | "busy" | "settled";

export type RunTuning = PlanTuning & {
  /**
   * Milliseconds from an invocation's start after which it takes no further step and stores where it
   * is: well under the 30 s of CPU a queue invocation has by default, since the step that passes it
   * still has to finish (at 50,000 people the longest, a solve or finding the candidates, takes about
   * 7 s in the Worker). The clock is wall time, never less than the CPU time it covers.
   */
  budgetMs?: number;
  /** Mentees the proof checks in one step. */
  slice?: number;
  /** What a step does after writing its progress to let other work run (tests count the pauses). */
  pause?: () => Promise<unknown>;
  /** Participants read a statement (tests make it small to cross many pages). */
  pageSize?: number;
};
/**
 * Every invocation loads the participants again and rebuilds what the steps read before its first
 * step, so the fewer invocations a run takes, the less CPU it takes in all.
 */
const BUDGET_MS = 15_000;
/**
 * How long a step pauses after writing its progress: the isolate that runs a match also serves pages
 * (always on `npm start`, sometimes on Cloudflare), and a request waiting on several D1 round trips
 * would otherwise get one of them between two steps of seconds each, the answer to the click that
 * started the run and the page's progress polls included.
 */
const PAUSE_MS = 25;
const SLICE = 2_000;

type Queue = { send(body: MatchMessage): Promise<unknown> };

export async function executeRun(
  db: DB,
  queue: Queue,
  runId: string,
  step = 0,
  tuning: RunTuning = {},
  now = Date.now(),
): Promise<RunOutcome> {
  const pause = tuning.pause ?? (() => scheduler.wait(PAUSE_MS));
  const run = await claimStep(db, runId, step, now);
  const began = Date.now();
  if (!run) {
    const at = await stepOf(db, runId);
    return at?.status === "running" && at.step === step ? "busy" : "settled";
  }
  try {
    const program = await getProgram(db, run.programId);
    if (!program) throw new Error("The program no longer exists.");
    const pool = await loadMatchPool(db, program, tuning.pageSize);
    // Every step scores as of the run's start, so one that goes on a day later scores the same.
    const input = { ...pool, settings: matchSettingsOf(program), at: new Date(run.startedAt ?? now) };
    const setup = placeLocked(input);
    const count = (n: number) => n.toLocaleString("en");
    if (fitsMatrix(setup, tuning)) {
      const mentees = count(pool.mentees.length);
      await setProgress(db, runId, `Scoring ${mentees} mentees against ${count(pool.mentors.length)} mentors`);
      await finish(db, runId, pool, planMatches(input, undefined, tuning));
      return "processed";
    }
    const { rules, index } = indexOpen(setup);
    const pruning = streamPruning(tuning);
    // What the checkpoint was solved from: a pool that changed since means starting again.
    const stamp = await stampOf(input, pruning);
    const stored = step > 0 ? await readCheckpoint(db, runId, step) : null;
    let state: SolveState | null = stored && unpackState(stored, stamp);
    let taken = 0;
    if (!state) {
      const what = `${count(setup.open.length)} mentees among ${count(pool.mentors.length)} mentors`;
      await setProgress(db, runId, `Finding each one's best candidates: ${what}`);
      await pause();
      state = startIndexed(index, setup.seatsLeft, setup.open.length, pruning);
      taken++;
    }
    const budget = tuning.budgetMs ?? BUDGET_MS;
    // Date.now() moves only across I/O in a Worker: the progress write and the pause between steps let
    // it, and let the isolate serve other requests before the next step.
    while (state.phase !== "done" && (taken === 0 || Date.now() - began < budget)) {
      stepIndexed(state, index, setup.seatsLeft, pruning, tuning.slice ?? SLICE);
      taken++;
      await setProgress(db, runId, progressOf(state));
      await pause();
    }
    if (state.phase === "done") {
      await finish(db, runId, pool, finishPlan(setup, resultOf(state), withCandidates(setup, rules)));
      return "processed";
    }
    const next = step + taken;
    const checkpoint = packState(state, stamp);
    const moved = await storeSteps(
      db,
      runId,
      { from: step, to: next, checkpoint, progress: progressOf(state) },
      Date.now(),
    );
    if (moved) await queue.send({ kind: "run", runId, step: next });
    return "processed";
  } catch (err) {
    console.error(`match run ${runId} failed`, err);
    await failRun(db, runId, err instanceof Error ? err.message : String(err), Date.now());
    await dropCheckpoints(db, runId);
    return "processed";
  }
}

/** How far a streamed solve is, in the admin's words. */
export function progressOf(s: SolveState) {
  const mentees = s.bestBound.length;
  if (s.phase === "solve") {
    return s.rounds === 0
      ? "Solving over each one's best candidates"
      : `Round ${s.rounds + 1}: solving again with ${s.added.toLocaleString("en")} pairs added back`;
  }
  const share = mentees ? Math.floor((100 * s.next) / mentees) : 100;
  return `Round ${s.rounds}: proving optimality, ${share}% of pairs checked`;
}

/** A digest of everything a solve depends on, hashed a thousand people at a time to keep memory flat. */
async function stampOf(input: MatchPool & { settings: unknown; at: Date }, pruning: unknown) {
  const { mentors, mentees, locked, excluded, settings, at } = input;
  const parts = [JSON.stringify([locked, excluded, settings, at, pruning])];
  for (const people of [mentors, mentees]) {
    for (let i = 0; i < people.length; i += 1000)
      parts.push(await sha256Hex(JSON.stringify(people.slice(i, i + 1000))));
  }
  return sha256Hex(parts.join("\n"));
}

async function finish(db: DB, runId: string, pool: MatchPool, result: MatchResult) {
  if (pool.unapproved) {
    const waiting = `${pool.unapproved} mentor${pool.unapproved === 1 ? " is" : "s are"} left out until approved.`;
    for (const u of result.unmatched) u.reason = `${u.reason} ${waiting}`;
  }
  result.unmatched.push(...pool.untrained);
  await setProgress(db, runId, `Saving ${result.pairs.length.toLocaleString("en")} pairs`);
  await saveResult(db, runId, result, Date.now());
  await dropCheckpoints(db, runId);
}
