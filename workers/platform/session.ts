/**
 * @module platform/session
 * Session cookies: a short JWT naming a server-side session row, so logout can revoke it
 * (ARCHITECTURE.md, invariant 4). The token carries ids only, never personal data.
 */
import jwt from "@tsndr/cloudflare-worker-jwt";

export const SESSION_COOKIE = "__Host-tandem_session";
export const SESSION_TTL_SECONDS = 60 * 60 * 24 * 14;
const ALGORITHM = "HS256";
const ISSUER = "tandem";
const AUDIENCE = "tandem-web";

export type SessionClaims = { sub: string; sid: string };

/** Signs a session token for a person and a session row. */
export async function signSession(claims: SessionClaims, secret: string, nowMs = Date.now()): Promise<string> {
  if (!secret || secret.length < 32) throw new Error("JWT_SECRET must be set, at least 32 characters long");
  const iat = Math.floor(nowMs / 1000);
  return jwt.sign(
    { sub: claims.sub, sid: claims.sid, iss: ISSUER, aud: AUDIENCE, iat, exp: iat + SESSION_TTL_SECONDS },
    secret,
    { algorithm: ALGORITHM },
  );
}

/**
 * Verifies a session token: signature with the pinned algorithm, expiry, issuer and audience.
 * Anything malformed counts as signed out; the library throws on some malformed input, hence the catch.
 */
export async function verifySession(token: string, secret: string): Promise<SessionClaims | null> {
  try {
    const result = await jwt.verify<{ sid?: unknown }>(token, secret, { algorithm: ALGORITHM });
    const p = result?.payload;
    if (!p || typeof p.exp !== "number" || p.iss !== ISSUER || p.aud !== AUDIENCE) return null;
    if (typeof p.sub !== "string" || typeof p.sid !== "string") return null;
    return { sub: p.sub, sid: p.sid };
  } catch {
    return null;
  }
}

/** The Set-Cookie value for a new session. `__Host-` demands Secure, Path=/ and no Domain. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${SESSION_TTL_SECONDS}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`;
}
