/**
 * @module features/auth/sso/access
 * Cloudflare Access in front of the Worker: each request carries `Cf-Access-Jwt-Assertion`, signed
 * with the team's keys. A valid one for this application signs its person in; anything else leaves
 * the request signed out, as someone reaching the Worker around Access must be.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../../platform/env";
import { ApiError } from "../../../platform/errors";
import { verifyIdentityToken } from "../../../platform/identity-tokens";
import { setUserOf } from "../middleware";
import { identityOf, startSsoSession } from "./sign-in";

export const ACCESS_HEADER = "Cf-Access-Jwt-Assertion";

/** Behind Cloudflare Access, a request without a live session is signed in by its assertion. */
export const accessSignIn = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user && c.var.config.sso.access) {
    const started = await signInFromAccess(c);
    if (started) await setUserOf(c, { sid: started.sessionId, sub: started.person.id });
  }
  await next();
});

/** The session the request's Access assertion starts, or null when there is none or it does not verify. */
async function signInFromAccess(c: Context<AppEnv>) {
  const access = c.var.config.sso.access;
  const assertion = c.req.header(ACCESS_HEADER);
  if (!access || !assertion || assertion.length > 16_384) return null;
  const verified = await verifyIdentityToken(assertion, {
    keysUrl: access.certsUrl,
    issuer: access.issuer,
    audience: access.audience,
  });
  if (!verified.ok) return null;
  const who = identityOf(verified.claims);
  if (!who) return null;
  try {
    return await startSsoSession(c, who);
  } catch (e) {
    // Deprovisioned: signed out, like any request Access did not vouch for.
    if (e instanceof ApiError) return null;
    throw e;
  }
}
