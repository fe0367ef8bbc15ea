import jwt from "@tsndr/cloudflare-worker-jwt";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { findPersonByEmail } from "../../workers/features/people/repo";
import { SIGNIN_TTL_MS, createEmailToken } from "../../workers/features/auth/repo/tokens";
import { ADMIN, Client, mailbox, ok, signIn, tokenFromMail, uniqueEmail, type Refusal } from "../helpers";

const SECRET = env.JWT_SECRET;
const withCookie = (token: string) => {
  const c = new Client();
  c.cookie = `__Host-tandem_session=${token}`;
  return c;
};

describe("magic-link sign-in", () => {
  it("answers 202 for unknown emails without sending anything", async () => {
    const before = (await mailbox()).length;
    const res = await new Client().json("POST", "/api/auth/magic-link", { body: { email: uniqueEmail("nobody") } });
    expect(res.status).toBe(202);
    expect((await mailbox()).length).toBe(before);
  });

  it("signs the admin in with a session cookie that is __Host-, HttpOnly, Secure and SameSite=Lax", async () => {
    const client = new Client();
    await client.json("POST", "/api/auth/magic-link", { body: { email: ADMIN } });
    const token = await tokenFromMail(ADMIN, /sign-in link/);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    const res = await client.request("POST", "/api/auth/verify", { body: { token } });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^__Host-tandem_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const me = await ok(client.api.me.$get());
    expect(me.person.email).toBe(ADMIN);
    expect(me.isAdmin).toBe(true);
  });

  it("keeps only a hash of the token", async () => {
    await new Client().json("POST", "/api/auth/magic-link", { body: { email: ADMIN } });
    const token = await tokenFromMail(ADMIN, /sign-in link/);
    const found = await env.DB.prepare("SELECT count(*) AS n FROM email_tokens WHERE token_hash = ?")
      .bind(token)
      .first();
    expect(found!.n).toBe(0);
  });

  it("refuses a used token, an unknown token and an expired token with clear 400s", async () => {
    const client = new Client();
    await client.json("POST", "/api/auth/magic-link", { body: { email: ADMIN } });
    const token = await tokenFromMail(ADMIN, /sign-in link/);
    expect((await client.json("POST", "/api/auth/verify", { body: { token } })).status).toBe(200);
    const reused = await new Client().json("POST", "/api/auth/verify", { body: { token } });
    expect(reused).toMatchObject({ status: 400, body: { error: { code: "token_used" } } });
    const unknown = await new Client().json("POST", "/api/auth/verify", { body: { token: "x".repeat(43) } });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: "token_unknown" } } });

    const db = createDb(env.DB);
    const admin = (await findPersonByEmail(db, ADMIN))!;
    const old = await createEmailToken(
      db,
      { purpose: "signin", personId: admin.id, ttlMs: SIGNIN_TTL_MS },
      Date.now() - SIGNIN_TTL_MS - 1000,
    );
    const expired = await new Client().json("POST", "/api/auth/verify", { body: { token: old } });
    expect(expired).toMatchObject({ status: 400, body: { error: { code: "token_expired" } } });
  });

  it("redeems a token once when two clicks race", async () => {
    await new Client().json("POST", "/api/auth/magic-link", { body: { email: ADMIN } });
    const token = await tokenFromMail(ADMIN, /sign-in link/);
    const results = await Promise.all(
      [1, 2, 3].map(() => new Client().json("POST", "/api/auth/verify", { body: { token } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
  });

  it("rate-limits sign-in requests per email, with the same answer for known and unknown emails", async () => {
    const unknown = uniqueEmail("flood");
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await new Client().json("POST", "/api/auth/magic-link", { body: { email: unknown } })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
  });

  it("rejects an invalid email with a field error", async () => {
    const res = await new Client().json("POST", "/api/auth/magic-link", { body: { email: "not-an-email" } });
    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input", fields: { email: expect.any(String) } } },
    });
  });
});

describe("sessions", () => {
  it("logout revokes the session on the server: the old cookie stops working", async () => {
    const client = await signIn(ADMIN);
    const stolen = client.cookie;
    const out = await client.request("POST", "/api/auth/logout");
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    const replay = new Client();
    replay.cookie = stolen;
    expect((await replay.json("GET", "/api/me")).status).toBe(401);
  });

  it("treats forged, alg:none, expired, wrong-audience and malformed tokens as signed out", async () => {
    const client = await signIn(ADMIN);
    const real = client.cookie.split("=")[1]!;
    const { payload } = jwt.decode<{ sid: string }>(real);
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: payload.sub, sid: payload.sid, iss: "tandem", aud: "tandem-web", iat: now, exp: now + 600 };
    const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    const tokens = {
      forged: await jwt.sign(claims, "some-other-secret-0123456789abcdef0123"),
      algNone: `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
      expired: await jwt.sign({ ...claims, iat: now - 7200, exp: now - 3600 }, SECRET),
      wrongAudience: await jwt.sign({ ...claims, aud: "elsewhere" }, SECRET),
      wrongIssuer: await jwt.sign({ ...claims, iss: "elsewhere" }, SECRET),
      noExpiry: await jwt.sign({ sub: claims.sub, sid: claims.sid, iss: "tandem", aud: "tandem-web" }, SECRET),
      hs512: await jwt.sign(claims, SECRET, "HS512"),
      garbage: "not.a.jwt",
      oneSegment: "abc",
      badBase64: "%%%.%%%.%%%",
    };
    // The real claims re-signed correctly do work, so the refusals below are about what was changed.
    expect((await withCookie(await jwt.sign(claims, SECRET)).json("GET", "/api/me")).status).toBe(200);
    for (const [name, token] of Object.entries(tokens)) {
      const res = await withCookie(token).json<Refusal>("GET", "/api/me");
      expect(res.status, name).toBe(401);
      expect(res.body.error.code, name).toBe("unauthorized");
    }
  });
});

describe("request hygiene", () => {
  it("answers malformed JSON with a 400 envelope", async () => {
    const res = await new Client().json<Refusal>("POST", "/api/auth/magic-link", {
      raw: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBeTypeOf("string");
  });

  it("refuses cross-site form posts", async () => {
    const res = await new Client().json<Refusal>("POST", "/api/auth/magic-link", {
      raw: "email=admin%40example.com",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toBeDefined();
  });

  it("limits request bodies", async () => {
    const res = await new Client().json("POST", "/api/auth/magic-link", {
      body: { email: ADMIN, padding: "x".repeat(100_000) },
    });
    expect(res).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
  });

  it("sends security headers on API answers", async () => {
    const res = await new Client().request("GET", "/api/health");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
