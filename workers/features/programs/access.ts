/** @module features/programs/access — a program that the signed-in person manages (or administers), or a 404. */
import { createMiddleware } from "hono/factory";
import type { RequestVars } from "../../platform/env";
import { notFound } from "../../platform/errors";
import { IdParam } from "../../platform/schemas";
import type { Guarded } from "../auth";
import { guardedRoutesFor, requireManager } from "../auth";
import { getProgram, type Program } from "./repo/programs";

async function managed(v: RequestVars, id: string) {
  const me = requireManager(v.user, id);
  const program = await getProgram(v.db, id);
  if (!program) throw notFound("Program");
  return { me, program };
}

/** For a program id that does not come from the path (a body's, say); routes with `{id}` use programManager. */
export const managedProgram = async (v: RequestVars, id: string) => (await managed(v, id)).program;

/**
 * Route guard: the program named by the path's `{id}` as `program`, for its managers and admins. Others
 * get 404 rather than 403, so program ids are not confirmed to outsiders.
 */
export const programManager = createMiddleware<Guarded<{ program: Program }>>(async (c, next) => {
  const { me, program } = await managed(c.var, c.req.param("id") ?? "");
  c.set("me", me);
  c.set("program", program);
  await next();
});

/** What a route on one program for its managers says: `route.with(onManagedProgram)`. */
export const onManagedProgram = { middleware: [programManager] as const, params: IdParam };

/** `guardedRoutesFor`'s declarers and one for routes on one program for its managers. */
export function programRoutesFor(tags: string[]) {
  const routes = guardedRoutesFor(tags);
  return { ...routes, managerRoute: routes.route.with(onManagedProgram) };
}
