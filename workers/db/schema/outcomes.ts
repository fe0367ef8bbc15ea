/**
 * @module db/schema/outcomes
 * What happened to employees after (and before) a program, from the organisers' HR file: one row per
 * email, event and day. Kept by email, not by person, because most of the file is the company around
 * the program (the baseline), people Tandem has never seen.
 */
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { OUTCOME_EVENTS } from "../../domain/kinds";
import { now } from "./columns";
import { programs } from "./programs";

export const outcomes = sqliteTable(
  "outcomes",
  {
    programId: text("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    /** Lower-cased, as people's emails are, so it joins a participant's. */
    email: text("email").notNull(),
    event: text("event", { enum: OUTCOME_EVENTS }).notNull(),
    /** The calendar day it happened, YYYY-MM-DD. */
    date: text("date").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  // The key makes a re-uploaded row a no-op; reading by program walks it from its first column.
  (t) => [primaryKey({ columns: [t.programId, t.email, t.event, t.date] })],
);
