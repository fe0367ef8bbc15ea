/**
 * @module features/matching/repo/steps
 * A run solved in steps: a delivery claims the run's next step (only one can, however often the
 * message comes), reads the checkpoint the last step stored, and stores its own with the new step
 * number in one batch that holds only while the run is still at the step it claimed. So a redelivered
 * or doubled step message changes nothing twice (ARCHITECTURE.md, invariant 1).
 */
import { Buffer } from "node:buffer";
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import { STALE_RUN_MS, type MatchRun } from "./runs";

/**
 * A D1 row holds 2 MB; parts of 1 MB (1.4 MB as base64) leave room. A part is stored as base64 text,
 * not as a BLOB: D1 hands a BLOB to JavaScript as an array of numbers, one element a byte (8 MB of heap
 * for each megabyte, and a JSON text of it in between), where text stays one byte a byte.
 */
const PART_BYTES = 1024 * 1024;

/**
 * Claims step `step` of a queued or running run: null when the run is at another step, finished, or
 * another delivery is working on this step (and has not gone quiet for `STALE_RUN_MS`).
 */
export async function claimStep(db: DB, runId: string, step: number, now: number) {
  const [run] = await db.all<Pick<MatchRun, "id" | "programId" | "status" | "step" | "startedAt">>(sql`
    UPDATE match_runs SET status = 'running', started_at = coalesce(started_at, ${now}), step_claimed_at = ${now},
      stepped_at = ${now}, error = NULL,
      progress = CASE WHEN status = 'queued' THEN 'Loading participants' ELSE progress END
    WHERE id = ${runId} AND step = ${step} AND status IN ('queued', 'running')
      AND (step_claimed_at IS NULL OR step_claimed_at < ${now - STALE_RUN_MS})
    RETURNING id, program_id AS programId, status, step, started_at AS startedAt`);
  return run ?? null;
}

/**
 * The checkpoint stored with step `step`, or null when there is none (or it was stored in a form this
 * version does not read: the run then starts its solve again). Read a part a statement, so no more than
 * one part's text is held at once beside the bytes.
 */
export async function readCheckpoint(db: DB, runId: string, step: number) {
  const parts: Uint8Array[] = [];
  for (;;) {
    const [row] = await db.all<{ data: unknown }>(sql`
      SELECT data FROM match_run_checkpoints WHERE run_id = ${runId} AND step = ${step} AND part = ${parts.length}`);
    if (!row) break;
    if (typeof row.data !== "string") return null;
    parts.push(Buffer.from(row.data, "base64"));
  }
  if (parts.length === 0) return null;
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/**
 * Stores the steps from `from` to `to` (their checkpoint, none when the run is finished) and frees the
 * claim, if the run is still at `from`: true when it was, false when another delivery moved it first.
 */
export async function storeSteps(
  db: DB,
  runId: string,
  step: { from: number; to: number; checkpoint: Uint8Array | null; progress: string },
  now: number,
) {
  const { from, to, checkpoint, progress } = step;
  const still = sql`(SELECT step FROM match_runs WHERE id = ${runId}) = ${from}`;
  const parts = [];
  for (let at = 0, part = 0; checkpoint && at < checkpoint.length; at += PART_BYTES, part++) {
    parts.push(sql`INSERT INTO match_run_checkpoints (run_id, step, part, data)
      SELECT ${runId}, ${to}, ${part}, ${base64(checkpoint.subarray(at, at + PART_BYTES))} WHERE ${still}`);
  }
  const [, ...rest] = await batchStatements(db, [
    sql`DELETE FROM match_run_checkpoints WHERE run_id = ${runId} AND step = ${to} AND ${still}`,
    ...parts,
    sql`UPDATE match_runs SET step = ${to}, step_claimed_at = NULL, stepped_at = ${now}, progress = ${progress}
      WHERE id = ${runId} AND step = ${from} AND status = 'running'`,
    sql`DELETE FROM match_run_checkpoints WHERE run_id = ${runId} AND step < ${to}
      AND (SELECT step FROM match_runs WHERE id = ${runId}) = ${to}`,
  ]);
  return (rest[parts.length]?.meta.changes ?? 0) > 0;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");

/** A run's stored checkpoints go once it is finished or failed. */
export const dropCheckpoints = (db: DB, runId: string) =>
  db.run(sql`DELETE FROM match_run_checkpoints WHERE run_id = ${runId}`);

/** Where a run stands, for a delivery that could not claim its step. */
export async function stepOf(db: DB, runId: string) {
  const [row] = await db.all<{ status: string; step: number }>(
    sql`SELECT status, step FROM match_runs WHERE id = ${runId}`,
  );
  return row ?? null;
}
