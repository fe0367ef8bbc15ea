/**
 * @module features/audit/prune
 * The clock's pruning of the audit log: rows older than AUDIT_RETENTION_DAYS go, one chunk (one
 * statement) a tick, since the log grows by far fewer rows than a chunk between two ticks. A doubled
 * tick finds nothing left to delete; a backlog is worked off over the next ticks.
 */
import type { DB } from "../../platform/db";
import { pruneChunk } from "./repo";

const DAY_MS = 24 * 60 * 60 * 1000;

export const pruneAudit = (db: DB, retentionDays: number, now: number) => pruneChunk(db, now - retentionDays * DAY_MS);
