/**
 * @module features/imports/prune
 * A clock step: imports keep each row's email and result for a month, for the download; a file whose
 * upload died while it was being staged is dropped after a day. A few imports per call, so a tick
 * stays small whatever their size (their rows go with them, by the foreign key's cascade).
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";

const DAY = 86_400_000;
export const KEEP_RESULTS_DAYS = 30;
const PER_CALL = 10;

/** Deletes old imports and their rows; returns how many imports went. Safe to run on every tick. */
export async function pruneImports(db: DB, now = Date.now()) {
  const gone = await db.all<{ id: string }>(sql`
    DELETE FROM imports WHERE id IN (
      SELECT id FROM imports
      WHERE (status IN ('done', 'failed') AND finished_at < ${now - KEEP_RESULTS_DAYS * DAY})
        OR (status = 'staging' AND created_at < ${now - DAY})
      LIMIT ${PER_CALL})
    RETURNING id`);
  return gone.length;
}
