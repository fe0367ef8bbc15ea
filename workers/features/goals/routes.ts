/**
 * @module features/goals/routes
 * A mentee's goals in a mentorship: short- and long-term, with milestones and due dates. The mentee
 * writes and ticks them; the mentor (and the mentee) comment. Whole goals come back after each change,
 * so pages show the new state without another request.
 */
import type { RequestVars } from "../../platform/env";
import { ApiError, forbidden } from "../../platform/errors";
import { IdParam, itemsOf, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { mentorshipGuard } from "../mentorships";
import { goalGuard, milestoneGuard } from "./access";
import { goalsOf, insertComment, insertGoal, insertMilestone, updateGoal, updateMilestone } from "./repo";
import {
  CommentSchema,
  GoalCreateSchema,
  GoalSchema,
  GoalUpdateSchema,
  MilestoneInput,
  MilestoneUpdateSchema,
} from "./schemas";

const GoalList = itemsOf(GoalSchema, "GoalList");
const listed = { 200: json(GoalList, "The mentorship's goals"), ...refusals(400, 401, 403, 404) };
// Every goal route names its mentorship, goal or milestone by id and answers with the mentorship's goals.
const route = routesFor(["Goals"]).with({ params: IdParam, responses: listed });
const pairPagesRoute = route.with({ middleware: [mentorshipGuard({ pages: true })] as const });
const menteeGoalRoute = route.with({ middleware: [goalGuard({ mentee: true })] as const });

const list = async (v: Pick<RequestVars, "db">, mentorshipId: string) => ({ items: await goalsOf(v.db, mentorshipId) });

/** When a goal or milestone was reached after `done` (absent: unchanged; ticked again: the first time). */
const doneAtAfter = (done: boolean | undefined, was: number | null) =>
  done === undefined ? was : done ? (was ?? Date.now()) : null;

/** Mounted at `/mentorships/:id/goals`. */
export const mentorshipGoalRoutes = router()
  .openapi(
    pairPagesRoute.get("/", "The mentee's goals in a mentorship, with milestones and comments (the pair, or managers)"),
    async (c) => c.json(await list(c.var, c.var.mentorship.id), 200),
  )
  .openapi(
    pairPagesRoute.post("/", "Set a goal, with milestones (the mentee)", {
      body: GoalCreateSchema,
    }),
    async (c) => {
      const { me, mentorship: m } = c.var;
      if (m.menteeId !== me.id) throw forbidden("Only the mentee sets goals; the mentor comments.");
      if (m.status !== "active") throw new ApiError(409, "not_active", "Goals are for active mentorships.");
      const { milestones: steps, ...goal } = c.req.valid("json");
      await insertGoal(c.var.db, m.id, goal, steps);
      return c.json(await list(c.var, m.id), 200);
    },
  );

/** Mounted at `/goals/:id`. */
export const goalRoutes = router()
  .openapi(
    menteeGoalRoute.patch("/", "Change a goal, or mark it reached with `done` (the mentee)", {
      body: GoalUpdateSchema,
    }),
    async (c) => {
      const { goal } = c.var;
      const { done, ...rest } = c.req.valid("json");
      await updateGoal(c.var.db, goal.id, { ...rest, doneAt: doneAtAfter(done, goal.doneAt) });
      return c.json(await list(c.var, goal.mentorshipId), 200);
    },
  )
  .openapi(
    menteeGoalRoute.post("/milestones", "Add a milestone to a goal (the mentee)", { body: MilestoneInput }),
    async (c) => {
      const { goal } = c.var;
      await insertMilestone(c.var.db, goal.id, c.req.valid("json"));
      return c.json(await list(c.var, goal.mentorshipId), 200);
    },
  );

/** Mounted at `/milestones/:id`. */
export const milestoneRoutes = router().openapi(
  route.patch("/", "Change a milestone, or tick it reached with `done` (the mentee)", {
    middleware: [milestoneGuard] as const,
    body: MilestoneUpdateSchema,
  }),
  async (c) => {
    const { goal, milestone } = c.var;
    const { done, ...rest } = c.req.valid("json");
    await updateMilestone(c.var.db, milestone.id, { ...rest, doneAt: doneAtAfter(done, milestone.doneAt) });
    return c.json(await list(c.var, goal.mentorshipId), 200);
  },
);

/** Mounted at `/goals/:id/comments`. */
export const goalCommentRoutes = router().openapi(
  route.post("/", "Comment on a goal (the mentor or the mentee)", {
    middleware: [goalGuard()] as const,
    body: CommentSchema,
  }),
  async (c) => {
    const { me, goal } = c.var;
    await insertComment(c.var.db, goal.id, me.id, c.req.valid("json").body);
    return c.json(await list(c.var, goal.mentorshipId), 200);
  },
);
