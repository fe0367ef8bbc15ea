/** @module features/programs/access — a program that the signed-in person manages (or administers), or a 404. */
import { createMiddleware } from "hono/factory";
import type { RequestVars } from "../../platform/env";
import { notFound } from "../../platform/errors";
import type { Guarded } from "../auth";
import { requireManager } from "../auth";
import { getProgram, type Program } from "./repo/programs";

export async function managedProgram(v: RequestVars, id: string) {
  requireManager(v.user, id);
  const program = await getProgram(v.db, id);
  if (!program) throw notFound("Program");
  return program;
}

/**
 * Route guard: the program named by the path's `{id}` as `program`, for its managers and admins. Others
 * get 404 rather than 403, so program ids are not confirmed to outsiders.
 */
export const programManager = createMiddleware<Guarded<{ program: Program }>>(async (c, next) => {
  const id = c.req.param("id") ?? "";
  const me = requireManager(c.var.user, id);
  const program = await getProgram(c.var.db, id);
  if (!program) throw notFound("Program");
  c.set("me", me);
  c.set("program", program);
  await next();
});
