/**
 * @module features/audit/repo
 * The audit log's SQL: the row a change writes (a statement, so a route that batches puts it in its
 * batch), a page of the log newest first by keyset, and the pruning of rows past the log's retention.
 */
import { and, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { auditLog } from "../../db/schema";
import type { DB } from "../../platform/db";
import type { AuditAction } from "../../domain/audit";

export type Actor = { id: string; email: string } | null;
export type AuditTarget = { programId?: string | null; targetId?: string | null; detail?: Record<string, unknown> };

/** The insert of one audit row: run it alone, or put it in the batch of the change it records. */
export const auditInsert = (db: DB, actor: Actor, action: AuditAction, on: AuditTarget = {}) =>
  db.insert(auditLog).values({
    id: crypto.randomUUID(),
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action,
    programId: on.programId ?? null,
    targetId: on.targetId ?? null,
    detail: on.detail ?? {},
  });

/**
 * The audit row as raw SQL written only `when` holds, for a change's batch whose own statements decide
 * whether it happened (a run published by this request, not by another one a moment before).
 */
export const auditInsertWhen = (actor: Actor, action: AuditAction, on: AuditTarget, when: SQL) =>
  sql`INSERT INTO audit_log (id, actor_id, actor_email, action, program_id, target_id, detail)
    SELECT ${crypto.randomUUID()}, ${actor?.id ?? null}, ${actor?.email ?? null}, ${action}, ${on.programId ?? null},
      ${on.targetId ?? null}, ${JSON.stringify(on.detail ?? {})}
    WHERE ${when}`;

export type AuditPageQuery = {
  after?: { at: number; id: string };
  limit: number;
  action?: AuditAction;
  programId?: string;
};

/** One page, newest first, plus one row to know whether another page follows. */
export function auditPage(db: DB, q: AuditPageQuery) {
  const after = q.after
    ? or(lt(auditLog.at, q.after.at), and(eq(auditLog.at, q.after.at), lt(auditLog.id, q.after.id)))
    : undefined;
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        after,
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.programId ? eq(auditLog.programId, q.programId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.limit + 1);
}

/** Rows a prune statement deletes: small enough for one statement's time, whatever the log's size. */
export const PRUNE_CHUNK = 1_000;

/** Deletes one chunk of rows older than `before`; answers how many went. */
export async function pruneChunk(db: DB, before: number) {
  const old = db.select({ id: auditLog.id }).from(auditLog).where(lt(auditLog.at, before)).limit(PRUNE_CHUNK);
  const done = await db.delete(auditLog).where(inArray(auditLog.id, old)).run();
  return done.meta.changes;
}
