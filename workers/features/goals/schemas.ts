/** @module features/goals/schemas — a mentee's goals with milestones and due dates, and the pair's comments. */
import { z } from "@hono/zod-openapi";
import { GOAL_HORIZONS } from "../../domain/kinds";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2027-01-31.");
const title = z.string().trim().min(1, "Give it a title.").max(160);

export const MilestoneInput = z.object({ title, dueOn: day.nullable().default(null) }).openapi("MilestoneInput");

export const GoalCreateSchema = z
  .object({
    horizon: z.enum(GOAL_HORIZONS).openapi({ description: "short: weeks; long: the whole mentorship and beyond" }),
    title,
    details: z.string().trim().max(2000).default(""),
    dueOn: day.nullable().default(null),
    milestones: z.array(MilestoneInput).max(20).default([]),
  })
  .openapi("GoalCreate");

export const GoalUpdateSchema = z
  .object({ title, details: z.string().trim().max(2000), dueOn: day.nullable(), done: z.boolean() })
  .partial()
  .openapi("GoalUpdate");

export const MilestoneUpdateSchema = z
  .object({ title, dueOn: day.nullable(), done: z.boolean() })
  .partial()
  .openapi("MilestoneUpdate");

export const CommentSchema = z
  .object({ body: z.string().trim().min(1, "Write something.").max(2000) })
  .openapi("GoalCommentInput");

/** When a goal or a milestone is due, and when it was done. */
const dueAndDone = { dueOn: z.string().nullable(), doneAt: z.number().nullable() };

export const GoalSchema = z
  .object({
    id: z.string(),
    horizon: z.enum(GOAL_HORIZONS),
    title: z.string(),
    details: z.string(),
    ...dueAndDone,
    milestones: z.array(z.object({ id: z.string(), title: z.string(), ...dueAndDone })),
    comments: z.array(
      z.object({
        id: z.string(),
        authorId: z.string(),
        authorName: z.string(),
        body: z.string(),
        createdAt: z.number(),
      }),
    ),
  })
  .openapi("Goal");
