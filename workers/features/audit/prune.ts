/**
 * @module features/audit/prune
 * The clock's pruning of the audit log: rows older than AUDIT_RETENTION_DAYS go, a few chunks a tick.
 * A doubled tick finds nothing left to delete; a missed one leaves more for the next.
 */
import type { DB } from "../../platform/db";
import { pruneChunk, PRUNE_CHUNK } from "./repo";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Statements a tick spends at most: the log's growth per tick is far below this many chunks. */
export const PRUNE_CHUNKS_PER_TICK = 4;

export async function pruneAudit(db: DB, retentionDays: number, now: number) {
  const before = now - retentionDays * DAY_MS;
  let pruned = 0;
  for (let i = 0; i < PRUNE_CHUNKS_PER_TICK; i++) {
    const n = await pruneChunk(db, before);
    pruned += n;
    if (n < PRUNE_CHUNK) break;
  }
  return pruned;
}
