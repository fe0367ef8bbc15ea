/** @module features/rotations/access — a reverse-mentoring program that the signed-in person manages, or a refusal. */
import { createMiddleware } from "hono/factory";
import { badRequest } from "../../platform/errors";
import type { Guarded } from "../auth";
import { requireUser } from "../auth";
import { managedProgram, type Program } from "../programs";

/** Route guard: the reverse program named by the path's `{id}` as `program`, for its managers. */
export const reverseProgram = createMiddleware<Guarded<{ program: Program }>>(async (c, next) => {
  const program = await managedProgram(c.var, c.req.param("id") ?? "");
  if (program.kind !== "reverse") throw badRequest("not_reverse", "Only reverse-mentoring programs rotate.");
  c.set("me", requireUser(c.var.user));
  c.set("program", program);
  await next();
});
