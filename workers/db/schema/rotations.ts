/**
 * @module db/schema/rotations
 * Reverse programs' rotation cycles and the feedback given at their end.
 */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, jsonList } from "./columns";
import { programRef } from "./programs";

/** The program and the number of the cycle a row is about. */
const cycleKey = () => ({ programId: programRef(), cycle: integer("cycle").notNull() });

/** A reverse program's rotation cycle: its dates, its planned pairs, and when the clock started and ended it. */
export const rotationCycles = sqliteTable(
  "rotation_cycles",
  {
    ...cycleKey(),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at").notNull(),
    pairs: jsonList<{ juniorId: string; seniorIds: string[] }>("pairs"),
    byes: jsonList("byes"),
    /** Set once by the clock when it created the cycle's pairs and sent the introductions. */
    startedAt: integer("started_at"),
    /** Set once by the clock when it closed the cycle's pairs and asked for feedback. */
    endedAt: integer("ended_at"),
    /** The cycle passed while the rotation was paused: nobody met in it. */
    skipped: integer("skipped", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.programId, t.cycle] }), index("rotation_cycles_due").on(t.startedAt, t.startsAt)],
);

/** What someone said about their rotation partner at the end of a cycle: 1–5 and a line. */
export const rotationFeedback = sqliteTable(
  "rotation_feedback",
  {
    ...cycleKey(),
    fromId: text("from_id").notNull(),
    aboutId: text("about_id").notNull(),
    rating: integer("rating").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.cycle, t.fromId, t.aboutId] })],
);
