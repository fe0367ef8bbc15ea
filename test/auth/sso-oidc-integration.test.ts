/**
 * Signing in with OpenID Connect against a local identity provider: the whole code flow with PKCE,
 * and every way its answer can be wrong (forged, expired, for another client or another attempt,
 * replayed, an unverified email), each refused with a 400 and no session. Also which sign-in methods
 * a deployment allows, and admin rights from the provider's group claim.
 */
import { createExecutionContext } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import { Client, env, refusalIn, uniqueEmail, type Worker } from "../helpers";
import { TestIdentityProvider, serve } from "../identity-provider";

const ISSUER = "https://idp.test/tenant";
const CLIENT_ID = "tandem-client";
const SECRET = "client-secret-0123456789";

const ssoEnv = (vars: Partial<Env> = {}): Env => ({
  ...env,
  OIDC_ISSUER: ISSUER,
  OIDC_CLIENT_ID: CLIENT_ID,
  OIDC_CLIENT_SECRET: SECRET,
  OIDC_PROVIDER_NAME: "Contoso",
  ADMIN_GROUP: "tandem-admins",
  ...vars,
});
const workerWith = (e: Env): Worker => ({ fetch: async (r) => app.fetch(r, e, createExecutionContext()) });
const worker = workerWith(ssoEnv());

let idp: TestIdentityProvider;
let fetchSpy: ReturnType<typeof serve>;
beforeAll(async () => {
  idp = await TestIdentityProvider.start(ISSUER, CLIENT_ID, { clientSecret: SECRET });
  fetchSpy = serve(idp);
});
afterAll(() => fetchSpy.mockRestore());

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Starts an attempt: the provider's address and the attempt's cookie. */
async function start(to?: string) {
  const res = await worker.fetch(
    new Request(`https://tandem.test/api/auth/oidc/start${to ? `?to=${encodeURIComponent(to)}` : ""}`),
  );
  expect(res.status).toBe(302);
  const cookie = cookiesOf(res).find((c) => c.startsWith("__Host-tandem_oidc="))!;
  expect(cookie).toMatch(/^__Host-tandem_oidc=.{20,}/);
  return { location: res.headers.get("location")!, cookie };
}

const callback = (url: string, cookie: string) => worker.fetch(new Request(url, { headers: { cookie } }));

/** The answer of a whole sign-in with these claims and token options. */
async function signInWith(claims: Record<string, unknown>, sign?: Parameters<TestIdentityProvider["authorize"]>[2]) {
  const { location, cookie } = await start("/programs");
  return callback(idp.authorize(location, claims, sign), cookie);
}

async function sessionOf(res: Response) {
  const session = cookiesOf(res).find((c) => c.startsWith("__Host-tandem_session=") && !c.endsWith("="));
  const client = new Client(worker);
  client.cookie = session ?? "";
  return (
    await client.json<{ person: { email: string; name: string } | null; isAdmin?: boolean }>("GET", "/api/session")
  ).body;
}

async function refusedWith(res: Response, code: string) {
  expect(res.status).toBe(400);
  expect(refusalIn(await res.json()).error.code).toBe(code);
  expect((await sessionOf(res)).person).toBeNull();
}

const person = (email = uniqueEmail("sso")) => ({
  sub: crypto.randomUUID(),
  email,
  email_verified: true,
  name: "Sam Single",
});

describe("OpenID Connect sign-in", () => {
  it("sends the browser to the provider with PKCE, a state and a nonce, and signs the person in on its way back", async () => {
    const { location } = await start();
    const q = new URL(location).searchParams;
    expect(location.startsWith(`${ISSUER}/authorize?`)).toBe(true);
    expect(q.get("client_id")).toBe(CLIENT_ID);
    expect(q.get("redirect_uri")).toBe("https://tandem.test/api/auth/oidc/callback");
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("scope")).toBe("openid email profile");
    expect(q.get("state")?.length).toBeGreaterThan(20);
    expect(q.get("nonce")?.length).toBeGreaterThan(20);

    const who = person();
    const res = await signInWith(who);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/programs");
    const session = await sessionOf(res);
    expect(session.person).toMatchObject({ email: who.email, name: "Sam Single" });
    expect(session.isAdmin).toBe(false);
    expect(idp.requests).toContain("POST /token");
  });

  it("makes members of ADMIN_GROUP admins, and nobody else", async () => {
    const admin = await sessionOf(await signInWith({ ...person(), groups: ["staff", "tandem-admins"] }));
    expect(admin.isAdmin).toBe(true);
    const other = await sessionOf(await signInWith({ ...person(), groups: ["staff"] }));
    expect(other.isAdmin).toBe(false);
  });

  it("refuses a token signed with a key the provider does not publish", async () => {
    await refusedWith(
      await signInWith(person(), { key: await TestIdentityProvider.strangerKey() }),
      "sso_token_invalid",
    );
  });

  it("refuses an expired token", async () => {
    await refusedWith(await signInWith(person(), { expiresIn: -120 }), "sso_token_expired");
  });

  it("refuses a token for another client or from another issuer", async () => {
    await refusedWith(await signInWith(person(), { audience: "someone-else" }), "sso_token_invalid");
    await refusedWith(await signInWith(person(), { issuer: "https://idp.test/other" }), "sso_token_invalid");
  });

  it("refuses a token whose nonce is not this attempt's", async () => {
    await refusedWith(await signInWith(person(), { nonce: "a-nonce-from-another-attempt" }), "sso_nonce");
  });

  it("refuses an email the provider has not verified", async () => {
    await refusedWith(await signInWith({ ...person(), email_verified: false }), "sso_email_unverified");
    await refusedWith(await signInWith({ sub: "x", email: uniqueEmail("sso") }), "sso_email_unverified");
  });

  it("refuses a replayed callback, a callback from another browser and one with another state", async () => {
    const { location, cookie } = await start();
    const back = idp.authorize(location, person());
    expect((await callback(back, cookie)).status).toBe(302);
    await refusedWith(await callback(back, cookie), "sso_replayed");

    const other = await start();
    const otherBack = idp.authorize(other.location, person());
    await refusedWith(await callback(otherBack, ""), "sso_state");
    await refusedWith(await callback(otherBack, cookie), "sso_state");
    const forged = cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    await refusedWith(await callback(otherBack, forged), "sso_state");
  });

  it("refuses when the person declined at the provider", async () => {
    const { location, cookie } = await start();
    const state = new URL(location).searchParams.get("state")!;
    await refusedWith(
      await callback(`https://tandem.test/api/auth/oidc/callback?state=${state}&error=access_denied`, cookie),
      "sso_denied",
    );
  });

  it("goes back only to a path on this site", async () => {
    for (const to of ["//evil.test/x", "https://evil.test/", "/\\evil.test"]) {
      const res = await worker.fetch(
        new Request(`https://tandem.test/api/auth/oidc/start?to=${encodeURIComponent(to)}`),
      );
      expect(res.status, to).toBe(400);
    }
  });

  it("answers 404 where no provider is configured", async () => {
    const res = await workerWith(env).fetch(new Request("https://tandem.test/api/auth/oidc/start"));
    expect(res.status).toBe(404);
    expect(refusalIn(await res.json()).error.code).toBe("sso_not_configured");
  });
});

describe("sign-in methods", () => {
  const methods = async (e: Env) =>
    (await new Client(workerWith(e)).json<Record<string, unknown>>("GET", "/api/auth/methods")).body;

  it("lists the provider's button and who may have magic links", async () => {
    expect(await methods(env)).toEqual({ magicLinks: "all", guestDomains: [], oidc: null, access: false });
    expect(await methods(ssoEnv())).toEqual({
      magicLinks: "all",
      guestDomains: [],
      oidc: { name: "Contoso", start: "/api/auth/oidc/start" },
      access: false,
    });
    expect(await methods(ssoEnv({ SIGN_IN_METHODS: "sso", GUEST_EMAIL_DOMAINS: "partner.test" }))).toMatchObject({
      magicLinks: "guests",
      guestDomains: ["partner.test"],
    });
    expect(await methods(ssoEnv({ SIGN_IN_METHODS: "sso" }))).toMatchObject({ magicLinks: "off" });
  });

  it("with SSO only, mails links to guests of the allowed domains and refuses everyone else", async () => {
    const client = new Client(workerWith(ssoEnv({ SIGN_IN_METHODS: "sso", GUEST_EMAIL_DOMAINS: "partner.test" })));
    const staff = await client.json("POST", "/api/auth/magic-link", { body: { email: uniqueEmail("staff") } });
    expect(staff.status).toBe(403);
    expect(refusalIn(staff.body).error.code).toBe("sso_required");
    const guest = await client.json("POST", "/api/auth/magic-link", {
      body: { email: `guest.${Date.now()}@partner.test` },
    });
    expect(guest.status).toBe(202);
  });

  it("keeps magic links on when SSO only is asked for but no provider is configured", async () => {
    const client = new Client(workerWith({ ...env, SIGN_IN_METHODS: "sso" }));
    expect((await client.json("POST", "/api/auth/magic-link", { body: { email: uniqueEmail() } })).status).toBe(202);
  });
});
