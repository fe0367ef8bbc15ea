/** @module features/dev/access — the development pages answer 404 in any other environment, as if they did not exist. */
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../platform/env";
import { notFound } from "../../platform/errors";

/** Route guard: only with ENVIRONMENT=development. */
export const devOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.config.isDev) throw notFound("Page");
  await next();
});
