/**
 * @module features/training/access
 * Who sees and changes training. A program's managers edit its modules; its participants see the
 * modules for their role and take them. Outsiders get 404, so ids are not confirmed to them; a
 * participant who tries to edit gets 403, since they can see the module.
 */
import { createMiddleware } from "hono/factory";
import { forbidden, notFound } from "../../platform/errors";
import { canManage, requireUser, type Guarded } from "../auth";
import { getProgram, type Program } from "../programs";
import { concerns } from "../../domain/training/modules";
import { moduleById, roleIn, type TrainingModule } from "./repo";

/** The program of the path's `{id}`, for its managers (`role` null) and its participants (their role). */
export const trainingReader = createMiddleware<Guarded<{ program: Program; role: string | null }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const program = await getProgram(c.var.db, c.req.param("id") ?? "");
  const role = program && !canManage(me, program.id) ? await roleIn(c.var.db, program.id, me.id) : null;
  if (!program || role === undefined) throw notFound("Program");
  c.set("me", me);
  c.set("program", program);
  c.set("role", role);
  await next();
});

/**
 * The module of the path's `{id}`: `edit` for its program's managers (403 for its participants),
 * otherwise for participants it concerns (403 for the program's other participants).
 */
export const moduleGuard = (opts: { edit: boolean }) =>
  createMiddleware<Guarded<{ module: TrainingModule }>>(async (c, next) => {
    const me = requireUser(c.var.user);
    const module = await moduleById(c.var.db, c.req.param("id") ?? "");
    if (!module) throw notFound("Training module");
    const manages = canManage(me, module.programId);
    const role = await roleIn(c.var.db, module.programId, me.id);
    if (!manages && role === undefined) throw notFound("Training module");
    if (opts.edit && !manages) throw forbidden("Only the program's managers edit its training.");
    if (!opts.edit && (role === undefined || !concerns(module.audience, role))) {
      throw forbidden("This module is for the program's other participants.");
    }
    c.set("me", me);
    c.set("module", module);
    await next();
  });
