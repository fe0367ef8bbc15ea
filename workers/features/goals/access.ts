/**
 * @module features/goals/access
 * A goal is its mentorship's: whoever may use the mentorship's pages reads and comments on it, and
 * only the mentee changes it (features/mentorships/access).
 */
import { createMiddleware } from "hono/factory";
import type { RequestVars } from "../../platform/env";
import { forbidden, notFound } from "../../platform/errors";
import type { Guarded } from "../auth";
import { mentorshipPages, type Mentorship } from "../mentorships";
import { goalById, milestoneById, type Goal, type Milestone } from "./repo";

/** The goal's mentorship for its pair (or managers); `mentee` also demands the signed-in mentee. */
async function goalAccess(v: RequestVars, goal: Goal | null, mentee: boolean) {
  if (!goal) throw notFound("Goal");
  const { user, m } = await mentorshipPages(v, goal.mentorshipId);
  if (mentee && m.menteeId !== user.id) throw forbidden("Only the mentee changes their goals; the mentor comments.");
  return { user, m, goal };
}

/** Route guard: the goal named by the path's `{id}` and its mentorship; `mentee` for a change. */
export const goalGuard = (opts: { mentee?: boolean } = {}) =>
  createMiddleware<Guarded<{ goal: Goal; mentorship: Mentorship }>>(async (c, next) => {
    const found = await goalById(c.var.db, c.req.param("id") ?? "");
    const { user, m, goal } = await goalAccess(c.var, found, !!opts.mentee);
    c.set("me", user);
    c.set("goal", goal);
    c.set("mentorship", m);
    await next();
  });

/** Route guard: the milestone named by the path's `{id}` and its goal, for the goal's mentee. */
export const milestoneGuard = createMiddleware<Guarded<{ goal: Goal; milestone: Milestone }>>(async (c, next) => {
  const milestone = await milestoneById(c.var.db, c.req.param("id") ?? "");
  if (!milestone) throw notFound("Milestone");
  const { user, goal } = await goalAccess(c.var, await goalById(c.var.db, milestone.goalId), true);
  c.set("me", user);
  c.set("goal", goal);
  c.set("milestone", milestone);
  await next();
});
