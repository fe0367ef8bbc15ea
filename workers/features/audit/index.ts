/**
 * @module features/audit
 * What other features use of the audit log: recording what a caller did, in its change's batch or right
 * after, and the insert itself for changes nobody signed in made.
 */
export { audit, auditStatement, auditStatementWhen } from "./record";
export { auditInsert } from "./repo";
export { pruneAudit } from "./prune";
