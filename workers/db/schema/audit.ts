/**
 * @module db/schema/audit
 * The audit log: who (and their email then) did what to which program, person or entry, and when.
 * No references: a row outlives the program or person it names, until the log's own retention prunes it.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AUDIT_ACTIONS } from "../../domain/audit";
import { id, now } from "./columns";

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    at: integer("at").notNull().default(now),
    /** Null: the system (the retention job). */
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    programId: text("program_id"),
    /** The person, run, entry or token acted on, when it is not the program itself. */
    targetId: text("target_id"),
    /** A few facts about the change (counts, changed field names); never profile contents. */
    detail: text("detail", { mode: "json" })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [
    index("audit_log_at").on(t.at, t.id),
    index("audit_log_action").on(t.action, t.at, t.id),
    index("audit_log_program").on(t.programId, t.at, t.id),
  ],
);
