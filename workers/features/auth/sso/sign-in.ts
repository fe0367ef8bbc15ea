/**
 * @module features/auth/sso/sign-in
 * What a verified identity from single sign-on does: the person (made on first sign-in, since the
 * company's identity provider vouches for them) gets a session like a magic link's, admin for its
 * length when the provider puts them in ADMIN_GROUP.
 */
// First, so zod has `.openapi` before the shared schemas below are built.
import { clearErasureOf } from "../../privacy";
import "@hono/zod-openapi";
import type { Context } from "hono";
import { emailSchema } from "../../../domain/profile";
import type { AppEnv } from "../../../platform/env";
import { ApiError } from "../../../platform/errors";
import { sessionCookie, signSession } from "../../../platform/session";
import { ensurePerson, findPersonByEmail } from "../../people";
import { insertSession, isDeactivated } from "../repo/sessions";

export type Identity = { email: string; name?: string; groups: string[] };

const nameOf = (who: Identity, email: string) => {
  const name = who.name?.trim().slice(0, 120);
  return name || email.split("@")[0]!;
};

/** Claims of a token as an identity: its email, name and groups, whatever else it holds ignored. */
export function identityOf(claims: Record<string, unknown>): Identity | null {
  const email = emailSchema.safeParse(claims.email);
  if (!email.success) return null;
  const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === "string") : [];
  return { email: email.data, name: typeof claims.name === "string" ? claims.name : undefined, groups };
}

/** Signs the person in and sets the session cookie; a deprovisioned person is refused with 403. */
export async function startSsoSession(c: Context<AppEnv>, who: Identity, now = Date.now()) {
  const db = c.var.db;
  if (await isDeactivated(db, who.email)) {
    throw new ApiError(403, "account_deactivated", "Your account was turned off by your organisation's IT team.");
  }
  const person =
    (await findPersonByEmail(db, who.email)) ?? (await ensurePerson(db, who.email, { name: nameOf(who, who.email) }));
  // Their identity provider vouches for them: a fresh sign-up, so an erasure no longer keeps them out.
  await clearErasureOf(db, person.id);
  const adminGroup = c.var.config.sso.adminGroup;
  const adminByGroup = !!adminGroup && who.groups.includes(adminGroup);
  const sessionId = crypto.randomUUID();
  await insertSession(db, sessionId, person.id, now, adminByGroup);
  const jwt = await signSession({ sub: person.id, sid: sessionId }, c.env.JWT_SECRET, now);
  c.header("Set-Cookie", sessionCookie(jwt), { append: true });
  return { person, sessionId, adminByGroup };
}
