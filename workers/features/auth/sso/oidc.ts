/**
 * @module features/auth/sso/oidc
 * OpenID Connect's authorization code flow with PKCE (arctic), and the ID token's checks (jose):
 * signature against the provider's keys, issuer, audience, expiry, the nonce of this browser's
 * attempt and a verified email. The attempt (state, nonce, code verifier, where to go after) travels
 * in a short-lived signed cookie; its state is redeemed once.
 */
import {
  ArcticFetchError,
  CodeChallengeMethod,
  OAuth2Client,
  OAuth2RequestError,
  generateCodeVerifier,
  generateState,
} from "arctic";
import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { z } from "zod";
import { publicOrigin } from "../../../platform/config";
import type { AppEnv } from "../../../platform/env";
import { ApiError } from "../../../platform/errors";
import { discover, verifyIdentityToken } from "../../../platform/identity-tokens";
import { claimState } from "../repo/sso-states";
import { identityOf, startSsoSession } from "./sign-in";

const COOKIE = "__Host-tandem_oidc";
const ATTEMPT_TTL_MS = 10 * 60 * 1000;
const SCOPES = ["openid", "email", "profile"];

const Attempt = z.object({
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  to: z.string(),
  exp: z.number(),
});

const refused = (code: string, message: string) => new ApiError(400, code, message);
const unavailable = () =>
  new ApiError(502, "sso_unavailable", "The sign-in provider could not be reached. Try again in a moment.");

function settings(c: Context<AppEnv>) {
  const oidc = c.var.config.sso.oidc;
  if (!oidc) throw new ApiError(404, "sso_not_configured", "Single sign-on is not set up on this Tandem.");
  const redirect = `${publicOrigin(c.var.config, c.req.url)}/api/auth/oidc/callback`;
  return { oidc, client: new OAuth2Client(oidc.clientId, oidc.clientSecret, redirect) };
}

/** The provider's sign-in page for a new attempt, remembered in this browser's cookie. */
export async function startAttempt(c: Context<AppEnv>, to: string, now = Date.now()) {
  const { oidc, client } = settings(c);
  const doc = await discover(oidc.issuer);
  if (!doc) throw unavailable();
  const attempt = {
    state: generateState(),
    nonce: generateState(),
    verifier: generateCodeVerifier(),
    to,
    exp: now + ATTEMPT_TTL_MS,
  };
  const url = client.createAuthorizationURLWithPKCE(
    doc.authorization_endpoint,
    attempt.state,
    CodeChallengeMethod.S256,
    attempt.verifier,
    SCOPES,
  );
  url.searchParams.set("nonce", attempt.nonce);
  await setSignedCookie(c, COOKIE, JSON.stringify(attempt), c.env.JWT_SECRET, {
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: ATTEMPT_TTL_MS / 1000,
  });
  return url.toString();
}

/** Finishes the attempt the callback names: the session is set and the path to go to returned. */
export async function finishAttempt(
  c: Context<AppEnv>,
  q: { code?: string; state: string; error?: string },
  now = Date.now(),
) {
  const { oidc, client } = settings(c);
  const raw = await getSignedCookie(c, c.env.JWT_SECRET, COOKIE);
  deleteCookie(c, COOKIE, { path: "/", secure: true });
  const parsed = raw ? Attempt.safeParse(JSON.parse(raw)) : null;
  if (!parsed?.success || parsed.data.state !== q.state) {
    throw refused("sso_state", "This sign-in was not started in this browser. Start again.");
  }
  const attempt = parsed.data;
  if (attempt.exp < now) throw refused("sso_expired", "This sign-in took too long. Start again.");
  if (!(await claimState(c.var.db, attempt.state, attempt.exp))) {
    throw refused("sso_replayed", "This sign-in was already used. Start again.");
  }
  if (q.error || !q.code) throw refused("sso_denied", "The sign-in provider did not sign you in.");
  const doc = await discover(oidc.issuer);
  if (!doc) throw unavailable();
  let idToken: string;
  try {
    idToken = (await client.validateAuthorizationCode(doc.token_endpoint, q.code, attempt.verifier)).idToken();
  } catch (e) {
    if (e instanceof OAuth2RequestError)
      throw refused("sso_code", "The sign-in provider refused this sign-in. Start again.");
    if (e instanceof ArcticFetchError) throw unavailable();
    throw refused("sso_token", "The sign-in provider sent no usable identity.");
  }
  const verified = await verifyIdentityToken(idToken, {
    keysUrl: doc.jwks_uri,
    issuer: doc.issuer,
    audience: oidc.clientId,
  });
  if (!verified.ok) {
    if (verified.reason === "unreachable") throw unavailable();
    throw refused(`sso_token_${verified.reason}`, "The sign-in provider's answer did not check out. Start again.");
  }
  const claims = verified.claims;
  if (claims.nonce !== attempt.nonce)
    throw refused("sso_nonce", "The sign-in provider's answer was not for this sign-in.");
  // Entra ID states a verified email domain as `xms_edov` instead of `email_verified`.
  if (claims.email_verified !== true && claims.xms_edov !== true) {
    throw refused("sso_email_unverified", "Your sign-in provider has not verified your email address.");
  }
  const who = identityOf(claims);
  if (!who) throw refused("sso_no_email", "Your sign-in provider did not share an email address.");
  await startSsoSession(c, who, now);
  return attempt.to;
}
