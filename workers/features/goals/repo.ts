/** @module features/goals/repo — a mentorship's goals with their milestones and comments, in three queries. */
import { asc, eq } from "drizzle-orm";
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
          .select({
            id: goalComments.id,
            goalId: goalComments.goalId,
            authorId: goalComments.authorId,
            authorName: people.name,
            body: goalComments.body,
            createdAt: goalComments.createdAt,
          })
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
    comments: comments.filter((x) => x.goalId === g.id).map(({ goalId: _g, ...rest }) => rest),
  }));
}
