/**
 * @module features/audit/record
 * How a route records what its caller did: `auditOf(c)` names the signed-in person (their id and their
 * email as it is now, kept in the row should it change later) for `auditInsert`.
 */
import type { DB } from "../../platform/db";
import type { CurrentUser } from "../../platform/env";
import type { AuditAction } from "../../domain/audit";
import type { SQL } from "drizzle-orm";
import { auditInsert, auditInsertWhen, type AuditTarget } from "./repo";

type Ctx = { var: { db: DB; me: CurrentUser } };

/** The audit row of the caller's change, as a statement for the change's own batch. */
export const auditStatement = (c: Ctx, action: AuditAction, on: AuditTarget = {}) =>
  auditInsert(c.var.db, { id: c.var.me.id, email: c.var.me.email }, action, on);

/** The audit row for a batch that decides itself whether the change happened: the batch gives `when`. */
export const auditStatementWhen =
  (c: Ctx, action: AuditAction, on: AuditTarget = {}) =>
  (when: SQL) =>
    auditInsertWhen({ id: c.var.me.id, email: c.var.me.email }, action, on, when);

/** Records the caller's change right after it, where the change is not one batch the row could join. */
export async function audit(c: Ctx, action: AuditAction, on: AuditTarget = {}) {
  await auditStatement(c, action, on);
}
