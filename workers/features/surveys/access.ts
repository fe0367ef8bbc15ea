/**
 * @module features/surveys/access
 * Who may see and change surveys: a program's survey is its managers' (and admins'); an event's survey
 * is its hosts' (and admins'). Anyone else gets 404, so ids tell a stranger nothing.
 */
import { createMiddleware } from "hono/factory";
import { notFound } from "../../platform/errors";
import { requireUser, type Guarded } from "../auth";
import { isHost } from "../events";
import { managedProgram } from "../programs";
import { getSurvey, type Survey } from "./repo/surveys";

/** Route guard: the survey named by the path's `{id}` as `survey`, for those who manage it. */
export const surveyManager = createMiddleware<Guarded<{ survey: Survey }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const survey = await getSurvey(c.var.db, c.req.param("id") ?? "");
  if (!survey) throw notFound("Survey");
  if (survey.programId) await managedProgram(c.var, survey.programId);
  else if (!me.isAdmin && !(survey.eventId && (await isHost(c.var.db, survey.eventId, me.id)))) {
    throw notFound("Survey");
  }
  c.set("me", me);
  c.set("survey", survey);
  await next();
});

/** Route guard: the event named by the path's `{id}`, for its hosts and admins. */
export const eventHost = createMiddleware<Guarded>(async (c, next) => {
  const me = requireUser(c.var.user);
  if (!me.isAdmin && !(await isHost(c.var.db, c.req.param("id") ?? "", me.id))) throw notFound("Event");
  c.set("me", me);
  await next();
});
