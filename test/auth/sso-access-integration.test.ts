/**
 * Cloudflare Access in front of Tandem: a valid `Cf-Access-Jwt-Assertion` for this application signs
 * its person in (a session cookie like a magic link's); a forged, expired, foreign or missing one leaves
 * the request signed out; magic links are off; the team's keys are fetched once, not per request.
 */
import { createExecutionContext } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import { Client, env, refusalIn, uniqueEmail, type Worker } from "../helpers";
import { TestIdentityProvider, serve } from "../identity-provider";

const TEAM = "https://contoso.cloudflareaccess.com";
const AUD = "a1b2c3d4e5f6-access-application-audience-tag";
const accessEnv: Env = { ...env, ACCESS_TEAM_DOMAIN: "contoso.cloudflareaccess.com", ACCESS_AUD: AUD };
const worker: Worker = { fetch: async (r) => app.fetch(r, accessEnv, createExecutionContext()) };

let team: TestIdentityProvider;
let fetchSpy: ReturnType<typeof serve>;
beforeAll(async () => {
  team = await TestIdentityProvider.start(TEAM, AUD, { keysPath: "/cdn-cgi/access/certs" });
  fetchSpy = serve(team);
});
afterAll(() => fetchSpy.mockRestore());

/** `GET /api/session` as Access would forward it, with this assertion. */
async function sessionWith(assertion: string | null) {
  const client = new Client(worker);
  const headers: Record<string, string> = assertion ? { "cf-access-jwt-assertion": assertion } : {};
  const res = await client.json<{ person: { email: string } | null }>("GET", "/api/session", { headers });
  return { client, person: res.body.person };
}

const claims = (email = uniqueEmail("access")) => ({
  sub: crypto.randomUUID(),
  email,
  type: "app",
  identity_nonce: "n",
});

describe("Cloudflare Access", () => {
  it("signs in the person its assertion names, with a session that works without the header", async () => {
    const c = claims();
    const { client, person } = await sessionWith(await team.sign(c));
    expect(person).toMatchObject({ email: c.email });
    expect(client.cookie).toMatch(/^__Host-tandem_session=/);
    const again = await client.json<{ person: { email: string } | null }>("GET", "/api/session");
    expect(again.body.person).toMatchObject({ email: c.email });
  });

  it("leaves forged, expired, foreign and missing assertions signed out", async () => {
    const forged = await team.sign(claims(), { key: await TestIdentityProvider.strangerKey() });
    const expired = await team.sign(claims(), { expiresIn: -120 });
    const otherApp = await team.sign(claims(), { audience: "another-application" });
    const otherTeam = await team.sign(claims(), { issuer: "https://fabrikam.cloudflareaccess.com" });
    const tampered = (await team.sign(claims())).replace(/\.([^.]+)\./, (_, p: string) => `.${p.slice(0, -2)}AA.`);
    for (const [what, assertion] of Object.entries({
      forged,
      expired,
      otherApp,
      otherTeam,
      tampered,
      garbage: "x.y.z",
    })) {
      const { client, person } = await sessionWith(assertion);
      expect(person, what).toBeNull();
      expect(client.cookie, what).toBe("");
    }
    expect((await sessionWith(null)).person).toBeNull();
    // A guarded route refuses too, not only the session's answer.
    const res = await new Client(worker).json("GET", "/api/me", { headers: { "cf-access-jwt-assertion": forged } });
    expect(res.status).toBe(401);
  });

  it("turns magic links off unless SIGN_IN_METHODS asks for them", async () => {
    const res = await new Client(worker).json("POST", "/api/auth/magic-link", { body: { email: uniqueEmail() } });
    expect(res.status).toBe(403);
    expect(refusalIn(res.body).error.code).toBe("sso_required");
    const both: Worker = {
      fetch: async (r) => app.fetch(r, { ...accessEnv, SIGN_IN_METHODS: "sso,magic-link" }, createExecutionContext()),
    };
    expect(
      (await new Client(both).json("POST", "/api/auth/magic-link", { body: { email: uniqueEmail() } })).status,
    ).toBe(202);
  });

  it("fetches the team's keys once for many sign-ins", async () => {
    await sessionWith(await team.sign(claims()));
    const before = team.requests.length;
    for (let i = 0; i < 3; i++) expect((await sessionWith(await team.sign(claims()))).person).not.toBeNull();
    expect(team.requests.slice(before)).toEqual([]);
  });
});
