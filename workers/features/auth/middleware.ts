/**
 * @module features/auth/middleware
 * Loads the signed-in person (one D1 round trip: session, person and managed programs together)
 * and the guards that routes use.
 */
import { getCookie } from "hono/cookie";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv, CurrentUser } from "../../platform/env";
import { forbidden, notFound, unauthorized } from "../../platform/errors";
import { SESSION_COOKIE, verifySession, type SessionClaims } from "../../platform/session";
import { sessionPerson } from "./repo/sessions";
import { languageOrNull } from "../../platform/request-language";

export const loadUser = createMiddleware<AppEnv>(async (c, next) => {
  c.set("user", null);
  const token = getCookie(c, SESSION_COOKIE);
  const claims = token ? await verifySession(token, c.env.JWT_SECRET) : null;
  if (claims) await setUserOf(c, claims);
  await next();
});

/** Puts the person of this live session in `c.var.user`; nobody when the session is not live. */
export async function setUserOf(c: Context<AppEnv>, claims: SessionClaims) {
  const row = await sessionPerson(c.var.db, claims.sid, claims.sub, Date.now());
  if (!row) return;
  c.set("user", {
    id: row.id,
    email: row.email,
    name: row.name,
    uiLanguage: languageOrNull(row.ui_language),
    sessionId: claims.sid,
    isAdmin: c.var.config.adminEmails.has(row.email) || row.admin_by_group === 1,
    managedProgramIds: JSON.parse(row.managed) as string[],
  });
}

/** The signed-in person, or a 401. */
export function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw unauthorized();
  return user;
}

/** An admin, or 401/403. */
export function requireAdmin(user: CurrentUser | null): CurrentUser {
  const u = requireUser(user);
  if (!u.isAdmin) throw forbidden();
  return u;
}

/**
 * An admin or a manager of this program. Others get 404 rather than 403 for programs they
 * cannot see, so program ids are not confirmed to outsiders.
 */
export function requireManager(user: CurrentUser | null, programId: string): CurrentUser {
  const u = requireUser(user);
  if (u.isAdmin || u.managedProgramIds.includes(programId)) return u;
  throw notFound("Program");
}

export const canManage = (user: CurrentUser | null, programId: string) =>
  !!user && (user.isAdmin || user.managedProgramIds.includes(programId));
