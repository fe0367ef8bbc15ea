/** @module features/rotations/access — only a reverse-mentoring program has a rotation. */
import { createMiddleware } from "hono/factory";
import { badRequest } from "../../platform/errors";
import type { Guarded } from "../auth";
import type { Program } from "../programs";

/** Route guard after `programManager`: refuses a program that is not a reverse-mentoring one. */
export const reverseOnly = createMiddleware<Guarded<{ program: Program }>>(async (c, next) => {
  if (c.var.program.kind !== "reverse") throw badRequest("not_reverse", "Only reverse-mentoring programs rotate.");
  await next();
});
