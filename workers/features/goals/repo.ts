/**
 * @module features/goals/repo
 * A mentorship's goals with their milestones and comments: read whole in three queries, and changed
 * one row at a time.
 */
import { asc, eq, getTableColumns } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { goalComments, goals, milestones, people } from "../../db/schema";
import { inJson } from "../../platform/statements";

export async function goalsOf(db: DB, mentorshipId: string) {
  const rows = await db.select().from(goals).where(eq(goals.mentorshipId, mentorshipId)).orderBy(asc(goals.createdAt));
  const ids = rows.map((g) => g.id);
  const [steps, comments] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(milestones)
          .where(inJson(milestones.goalId, ids))
          .orderBy(asc(milestones.dueOn), asc(milestones.createdAt)),
        db
          .select({ ...getTableColumns(goalComments), authorName: people.name })
          .from(goalComments)
          .innerJoin(people, eq(people.id, goalComments.authorId))
          .where(inJson(goalComments.goalId, ids))
          .orderBy(asc(goalComments.createdAt)),
      ])
    : [[], []];
  return rows.map((g) => ({
    id: g.id,
    horizon: g.horizon,
    title: g.title,
    details: g.details,
    dueOn: g.dueOn,
    doneAt: g.doneAt,
    milestones: steps
      .filter((s) => s.goalId === g.id)
      .map(({ id, title, dueOn, doneAt }) => ({ id, title, dueOn, doneAt })),
    comments: comments
      .filter((c) => c.goalId === g.id)
      .map(({ id, authorId, authorName, body, createdAt }) => ({ id, authorId, authorName, body, createdAt })),
  }));
}

export type Goal = typeof goals.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
type MilestoneFields = { title: string; dueOn: string | null };

export async function goalById(db: DB, id: string): Promise<Goal | null> {
  const [row] = await db.select().from(goals).where(eq(goals.id, id));
  return row ?? null;
}

export async function milestoneById(db: DB, id: string): Promise<Milestone | null> {
  const [row] = await db.select().from(milestones).where(eq(milestones.id, id));
  return row ?? null;
}

/** A new goal and its first milestones, in one batch. */
export async function insertGoal(
  db: DB,
  mentorshipId: string,
  goal: { horizon: Goal["horizon"]; title: string; details: string; dueOn: string | null },
  steps: MilestoneFields[],
) {
  const id = crypto.randomUUID();
  await db.batch([
    db.insert(goals).values({ id, mentorshipId, ...goal }),
    ...steps.map((s) => db.insert(milestones).values({ id: crypto.randomUUID(), goalId: id, ...s })),
  ]);
}

export const updateGoal = (db: DB, id: string, set: Partial<Pick<Goal, "title" | "details" | "dueOn" | "doneAt">>) =>
  db.update(goals).set(set).where(eq(goals.id, id));

export const insertMilestone = (db: DB, goalId: string, step: MilestoneFields) =>
  db.insert(milestones).values({ id: crypto.randomUUID(), goalId, ...step });

export const updateMilestone = (db: DB, id: string, set: Partial<Pick<Milestone, "title" | "dueOn" | "doneAt">>) =>
  db.update(milestones).set(set).where(eq(milestones.id, id));

export const insertComment = (db: DB, goalId: string, authorId: string, body: string) =>
  db.insert(goalComments).values({ id: crypto.randomUUID(), goalId, authorId, body });
