/**
 * @module features/goals/routes
 * A mentee's goals in a mentorship: short- and long-term, with milestones and due dates. The mentee
 * writes and ticks them; the mentor (and the mentee) comment. Whole goals come back after each change,
 * so pages show the new state without another request.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { mentorshipPages } from "../mentorships/access";
import { goalComments, goals, milestones } from "../../db/schema";
import { goalsOf } from "./repo";
import { ApiError, forbidden, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import {
  CommentSchema,
  GoalCreateSchema,
  GoalSchema,
  GoalUpdateSchema,
  MilestoneInput,
  MilestoneUpdateSchema,
} from "./schemas";

const tags = ["Goals"];
const GoalList = z.object({ items: z.array(GoalSchema) }).openapi("GoalList");
const listed = {
  200: json(GoalList, "The mentorship's goals"),
  400: errors[400],
  401: errors[401],
  403: errors[403],
  404: errors[404],
};

/** The goal's mentorship, for its pair; `mentee` also demands that the signed-in person is the mentee. */
async function ownGoal(c: Context<AppEnv>, goalId: string, mentee: boolean) {
  const [goal] = await c.var.db.select().from(goals).where(eq(goals.id, goalId));
  if (!goal) throw notFound("Goal");
  const { user, m } = await mentorshipPages(c.var, goal.mentorshipId);
  if (mentee && m.menteeId !== user.id) throw forbidden("Only the mentee changes their goals; the mentor comments.");
  return { user, m, goal };
}

const list = async (c: Context<AppEnv>, mentorshipId: string) =>
  c.json({ items: await goalsOf(c.var.db, mentorshipId) }, 200);

export const goalRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/mentorships/{id}/goals",
      tags,
      summary: "The mentee's goals in a mentorship, with milestones and comments (the pair, or managers)",
      request: { params: IdParam },
      responses: listed,
    }),
    async (c) => list(c, (await mentorshipPages(c.var, c.req.valid("param").id)).m.id),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/mentorships/{id}/goals",
      tags,
      summary: "Set a goal, with milestones (the mentee)",
      request: { params: IdParam, ...jsonBody(GoalCreateSchema) },
      responses: listed,
    }),
    async (c) => {
      const { user, m } = await mentorshipPages(c.var, c.req.valid("param").id);
      if (m.menteeId !== user.id) throw forbidden("Only the mentee sets goals; the mentor comments.");
      if (m.status !== "active") throw new ApiError(409, "not_active", "Goals are for active mentorships.");
      const { milestones: steps, ...goal } = c.req.valid("json");
      const id = crypto.randomUUID();
      await c.var.db.batch([
        c.var.db.insert(goals).values({ id, mentorshipId: m.id, ...goal }),
        ...steps.map((s) => c.var.db.insert(milestones).values({ id: crypto.randomUUID(), goalId: id, ...s })),
      ]);
      return list(c, m.id);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/goals/{id}",
      tags,
      summary: "Change a goal, or mark it reached with `done` (the mentee)",
      request: { params: IdParam, ...jsonBody(GoalUpdateSchema) },
      responses: listed,
    }),
    async (c) => {
      const { goal } = await ownGoal(c, c.req.valid("param").id, true);
      const { done, ...rest } = c.req.valid("json");
      const doneAt = done === undefined ? goal.doneAt : done ? (goal.doneAt ?? Date.now()) : null;
      await c.var.db
        .update(goals)
        .set({ ...rest, doneAt })
        .where(eq(goals.id, goal.id));
      return list(c, goal.mentorshipId);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/goals/{id}/milestones",
      tags,
      summary: "Add a milestone to a goal (the mentee)",
      request: { params: IdParam, ...jsonBody(MilestoneInput) },
      responses: listed,
    }),
    async (c) => {
      const { goal } = await ownGoal(c, c.req.valid("param").id, true);
      await c.var.db.insert(milestones).values({ id: crypto.randomUUID(), goalId: goal.id, ...c.req.valid("json") });
      return list(c, goal.mentorshipId);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/milestones/{id}",
      tags,
      summary: "Change a milestone, or tick it reached with `done` (the mentee)",
      request: { params: IdParam, ...jsonBody(MilestoneUpdateSchema) },
      responses: listed,
    }),
    async (c) => {
      const [step] = await c.var.db
        .select()
        .from(milestones)
        .where(eq(milestones.id, c.req.valid("param").id));
      if (!step) throw notFound("Milestone");
      const { goal } = await ownGoal(c, step.goalId, true);
      const { done, ...rest } = c.req.valid("json");
      const doneAt = done === undefined ? step.doneAt : done ? (step.doneAt ?? Date.now()) : null;
      await c.var.db
        .update(milestones)
        .set({ ...rest, doneAt })
        .where(eq(milestones.id, step.id));
      return list(c, goal.mentorshipId);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/goals/{id}/comments",
      tags,
      summary: "Comment on a goal (the mentor or the mentee)",
      request: { params: IdParam, ...jsonBody(CommentSchema) },
      responses: listed,
    }),
    async (c) => {
      const { user, goal } = await ownGoal(c, c.req.valid("param").id, false);
      const body = c.req.valid("json").body;
      await c.var.db.insert(goalComments).values({ id: crypto.randomUUID(), goalId: goal.id, authorId: user.id, body });
      return list(c, goal.mentorshipId);
    },
  );
