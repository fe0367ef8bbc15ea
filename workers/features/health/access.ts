/**
 * @module features/health/access
 * A pair's health is its program's organisers' business: the mentorship named by the path's `{id}`,
 * with its current quiet spell, for its program's managers and admins; 404 for anyone else.
 */
import { createMiddleware } from "hono/factory";
import { notFound } from "../../platform/errors";
import { canManage, requireUser, type Guarded } from "../auth";
import { pairWithSpell, type QuietPair } from "./repo";

export const pairManager = createMiddleware<Guarded<{ pair: QuietPair }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const pair = await pairWithSpell(c.var.db, c.req.param("id") ?? "", Date.now());
  if (!pair || !canManage(me, pair.programId)) throw notFound("Mentorship");
  c.set("me", me);
  c.set("pair", pair);
  await next();
});
