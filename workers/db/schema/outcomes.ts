/**
 * @module db/schema/outcomes
 * What happened to employees after (and before) a program, from the organisers' HR file: one row per
 * email, event and day. Kept by email, not by person, because most of the file is the company around
 * the program (the baseline), people Tandem has never seen.
 */
import { primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { OUTCOME_EVENTS } from "../../domain/kinds";
import { createdAt } from "./columns";
import { programRef } from "./programs";

export const outcomes = sqliteTable(
  "outcomes",
  {
    programId: programRef(),
    /** Lower-cased, as people's emails are, so it joins a participant's. */
    email: text("email").notNull(),
    event: text("event", { enum: OUTCOME_EVENTS }).notNull(),
    /** The calendar day it happened, YYYY-MM-DD. */
    date: text("date").notNull(),
    createdAt: createdAt(),
  },
  // The key makes a re-uploaded row a no-op; reading by program walks it from its first column.
  (t) => [primaryKey({ columns: [t.programId, t.email, t.event, t.date] })],
);
