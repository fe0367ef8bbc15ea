/**
 * @module features/matching/run
 * Solving a queued run, in the queue consumer rather than the request: claim it (so a redelivered
 * message does nothing twice), load who can be matched, solve, save the proposals. Progress is written
 * between the steps, so the admin's page can show how far it is.
 */
import type { DB } from "../../platform/db";
import { loadMatchPool, matchSettingsOf } from "./repo/pool";
import { claimRun, failRun, runStatus, saveResult, setProgress } from "./repo/runs";
import { getProgram } from "../programs";
import { planMatches } from "../../domain/matching/plan";

/** `busy`: another delivery is solving it now; `settled`: it was already done or failed. */
export type RunOutcome = "processed" | "busy" | "settled";

export async function executeRun(db: DB, runId: string, now = Date.now()): Promise<RunOutcome> {
  const run = await claimRun(db, runId, now);
  if (!run) {
    return (await runStatus(db, runId)) === "running" ? "busy" : "settled";
  }
  try {
    const program = await getProgram(db, run.programId);
    if (!program) throw new Error("The program no longer exists.");
    const pool = await loadMatchPool(db, program);
    await setProgress(
      db,
      runId,
      `Scoring ${pool.mentees.length.toLocaleString("en")} mentees against ${pool.mentors.length.toLocaleString("en")} mentors`,
    );
    const result = planMatches({ ...pool, settings: matchSettingsOf(program), at: new Date(now) });
    if (pool.unapproved) {
      const waiting = `${pool.unapproved} mentor${pool.unapproved === 1 ? " is" : "s are"} left out until approved.`;
      for (const u of result.unmatched) u.reason = `${u.reason} ${waiting}`;
    }
    result.unmatched.push(...pool.untrained);
    await setProgress(db, runId, `Saving ${result.pairs.length.toLocaleString("en")} pairs`);
    await saveResult(db, runId, result, Date.now());
    return "processed";
  } catch (err) {
    console.error(`match run ${runId} failed`, err);
    await failRun(db, runId, err instanceof Error ? err.message : String(err), Date.now());
    return "processed";
  }
}
