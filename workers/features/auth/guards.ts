/**
 * @module features/auth/guards
 * Who may call a route, as typed middleware on the route itself (`createRoute({ middleware: [adminOnly] })`):
 * the guard refuses before the request's input is read, and sets `me` so the handler needs no check of
 * its own. Guards of a feature's own records (a program, a mentorship, an event) live in that feature's
 * `access.ts` and build on these.
 */
import { createMiddleware } from "hono/factory";
import type { AppEnv, CurrentUser } from "../../platform/env";
import { openToAll } from "../../platform/api-document";
import { routesFor } from "../../platform/routes";
import { requireAdmin, requireUser } from "./middleware";

/** The Hono environment of a route behind a guard that sets `vars`, besides the signed-in person. */
export type Guarded<Vars extends object = object> = {
  Bindings: AppEnv["Bindings"];
  Variables: AppEnv["Variables"] & { me: CurrentUser } & Vars;
};

/** Anyone signed in; 401 otherwise. */
export const signedIn = createMiddleware<Guarded>(async (c, next) => {
  c.set("me", requireUser(c.var.user));
  await next();
});

/** An admin; 401 signed out, 403 for anyone else. */
export const adminOnly = createMiddleware<Guarded>(async (c, next) => {
  c.set("me", requireAdmin(c.var.user));
  await next();
});

/** What every route for admins only says: `route.with(forAdmins)`. */
export const forAdmins = { middleware: [adminOnly] as const };

/** What every route for anyone signed in says: `route.with(forSignedIn)`. */
export const forSignedIn = { middleware: [signedIn] as const };

/** A feature's route declarers, one per guard kind: `const { adminRoute } = guardedRoutesFor(["Tag"])`. */
export function guardedRoutesFor(tags: string[]) {
  const route = routesFor(tags);
  return {
    route,
    adminRoute: route.with(forAdmins),
    signedInRoute: route.with(forSignedIn),
    publicRoute: route.with(openToAll),
  };
}
