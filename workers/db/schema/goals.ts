/**
 * @module db/schema/goals
 * Mentees' goals, their milestones, and mentors' comments.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { GOAL_HORIZONS } from "../../domain/kinds";
import { createdAt, id, notesOn, ownedBy } from "./columns";
import { mentorships } from "./mentorships";

/** What a goal and each of its milestones say: what is to be done, the day it is due, and when it was done. */
const workItem = () => ({ title: text("title").notNull(), dueOn: text("due_on"), doneAt: integer("done_at") });

/** A mentee's goal in a mentorship, with milestones; the mentor comments. */
export const goals = sqliteTable(
  "goals",
  {
    id: id(),
    mentorshipId: ownedBy("mentorship_id", () => mentorships.id),
    horizon: text("horizon", { enum: GOAL_HORIZONS }).notNull(),
    ...workItem(),
    details: text("details").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("goals_mentorship").on(t.mentorshipId)],
);

export const milestones = sqliteTable(
  "milestones",
  {
    id: id(),
    goalId: ownedBy("goal_id", () => goals.id),
    ...workItem(),
    createdAt: createdAt(),
  },
  (t) => [index("milestones_goal").on(t.goalId), index("milestones_due").on(t.dueOn)],
);

export const goalComments = notesOn(
  "goal_comments",
  "goalId",
  ownedBy("goal_id", () => goals.id),
  "goal_comments_goal",
);
