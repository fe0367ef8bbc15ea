/**
 * @module db/schema/goals
 * Mentees' goals, their milestones, and mentors' comments.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { GOAL_HORIZONS } from "../../domain/kinds";
import { now } from "./columns";
import { mentorships } from "./mentorships";

/** A mentee's goal in a mentorship, with milestones; the mentor comments. */
export const goals = sqliteTable(
  "goals",
  {
    id: text("id").primaryKey(),
    mentorshipId: text("mentorship_id")
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    horizon: text("horizon", { enum: GOAL_HORIZONS }).notNull(),
    title: text("title").notNull(),
    details: text("details").notNull().default(""),
    dueOn: text("due_on"),
    doneAt: integer("done_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("goals_mentorship").on(t.mentorshipId)],
);

export const milestones = sqliteTable(
  "milestones",
  {
    id: text("id").primaryKey(),
    goalId: text("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueOn: text("due_on"),
    doneAt: integer("done_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("milestones_goal").on(t.goalId), index("milestones_due").on(t.dueOn)],
);

export const goalComments = sqliteTable(
  "goal_comments",
  {
    id: text("id").primaryKey(),
    goalId: text("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    authorId: text("author_id").notNull(),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("goal_comments_goal").on(t.goalId, t.createdAt)],
);
