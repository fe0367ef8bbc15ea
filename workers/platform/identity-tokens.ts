/**
 * @module platform/identity-tokens
 * Verifies tokens an identity provider signed (an OpenID Connect ID token, a Cloudflare Access
 * assertion) against the provider's published keys, and reads a provider's discovery document.
 * Keys and discovery documents are cached per isolate, so a sign-in costs no extra round trip.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import { z } from "@hono/zod-openapi";

type KeySet = ReturnType<typeof createRemoteJWKSet>;
const keySets = new Map<string, KeySet>();

/** The provider's key set; jose caches its keys and refetches when a token names an unknown key. */
function keysAt(url: string): KeySet {
  let keys = keySets.get(url);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(url));
    keySets.set(url, keys);
  }
  return keys;
}

// Providers sign with RSA or elliptic curves; pinning them refuses "none" and HMAC tricks.
const ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"];

export type TokenCheck = { keysUrl: string; issuer: string; audience: string };

/**
 * The token's claims when its signature, issuer, audience and expiry hold; otherwise why not, as a
 * short code for the error, never the token itself.
 */
export async function verifyIdentityToken(
  token: string,
  check: TokenCheck,
): Promise<{ ok: true; claims: JWTPayload } | { ok: false; reason: "expired" | "invalid" | "unreachable" }> {
  try {
    const { payload } = await jwtVerify(token, keysAt(check.keysUrl), {
      issuer: check.issuer,
      audience: check.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ["exp", "iat"],
      clockTolerance: 30,
    });
    return { ok: true, claims: payload };
  } catch (e) {
    if (e instanceof errors.JWTExpired) return { ok: false, reason: "expired" };
    if (e instanceof errors.JOSEError && !(e instanceof errors.JWKSTimeout) && e.code !== "ERR_JOSE_GENERIC") {
      return { ok: false, reason: "invalid" };
    }
    return { ok: false, reason: "unreachable" };
  }
}

const Discovery = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
});
export type Discovery = z.infer<typeof Discovery>;

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const discovered = new Map<string, { at: number; doc: Discovery }>();

/** The provider's endpoints from `issuer/.well-known/openid-configuration`; null when it cannot be read or lies about its issuer. */
export async function discover(issuer: string, now = Date.now()): Promise<Discovery | null> {
  const cached = discovered.get(issuer);
  if (cached && now - cached.at < DISCOVERY_TTL_MS) return cached.doc;
  try {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, { headers: { accept: "application/json" } });
    if (!res.ok) return null;
    const parsed = Discovery.safeParse(await res.json());
    // OpenID Connect Discovery 1.0, section 4.3: the document's issuer must be the one asked for.
    if (!parsed.success || parsed.data.issuer.replace(/\/$/, "") !== issuer) return null;
    discovered.set(issuer, { at: now, doc: parsed.data });
    return parsed.data;
  } catch {
    return null;
  }
}
