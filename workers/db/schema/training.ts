/**
 * @module db/schema/training
 * A program's training modules and each participant's result. A module's questions are a short JSON
 * list (at most ten), well inside a row's limit.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { TRAINING_AUDIENCES, type TrainingQuestion } from "../../domain/training/modules";
import { id, ownedBy, timestamps, updatedAt } from "./columns";
import { peopleIn } from "./people";
import { programRef } from "./programs";

export const trainingModules = sqliteTable(
  "training_modules",
  {
    id: id(),
    programId: programRef(),
    title: text("title").notNull(),
    /** Markdown, rendered with raw HTML escaped. */
    guide: text("guide").notNull().default(""),
    audience: text("audience", { enum: TRAINING_AUDIENCES }).notNull(),
    /** Required modules must be passed before matching pairs someone. */
    required: integer("required", { mode: "boolean" }).notNull().default(true),
    questions: text("questions", { mode: "json" })
      .$type<TrainingQuestion[]>()
      .notNull()
      .default(sql`'[]'`),
    /** The share of right answers, in percent, that passes. */
    passMark: integer("pass_mark").notNull().default(100),
    ...timestamps(),
  },
  (t) => [index("training_modules_program").on(t.programId, t.createdAt)],
);

/** A participant's last attempt at a module; once passed it stays passed. */
export const trainingResults = peopleIn(
  "training_results",
  { moduleId: ownedBy("module_id", () => trainingModules.id) },
  {
    attempts: integer("attempts").notNull().default(1),
    lastScore: integer("last_score").notNull(),
    passedAt: integer("passed_at"),
    updatedAt: updatedAt(),
  },
);
