/**
 * @module features/journeys/access
 * A program's journey is read by its managers and by the people taking part in it; anyone else gets
 * 404, so program ids are not confirmed to outsiders.
 */
import { createMiddleware } from "hono/factory";
import { notFound } from "../../platform/errors";
import { canManage, requireUser, type Guarded } from "../auth";
import { getProgram, isActiveMember, type Program } from "../programs";

export const programMember = createMiddleware<Guarded<{ program: Program }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const program = await getProgram(c.var.db, c.req.param("id") ?? "");
  if (!program || !(canManage(me, program.id) || (await isActiveMember(c.var.db, program.id, me.id)))) {
    throw notFound("Program");
  }
  c.set("me", me);
  c.set("program", program);
  await next();
});
