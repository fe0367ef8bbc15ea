/** Signing in through the OpenID Connect provider's button, against a local identity provider. */
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { baseUrl, useBrowser } from "./harness";

const browser = useBrowser();
const identityProvider = inject("identityProvider");

describe("single sign-on", () => {
  it("signs a new person in with the provider's button and brings them to their dashboard", async () => {
    const email = `sso.${Date.now()}@example.com`;
    const chosen = await fetch(`${identityProvider}/test/login-as`, {
      method: "POST",
      body: JSON.stringify({ sub: crypto.randomUUID(), email, email_verified: true, name: "Sunny Single" }),
    });
    expect(chosen.status).toBe(204);
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
    await page.waitForURL(/\/dashboard/);
    const session = await page.request.get(`${baseUrl}/api/session`);
    expect(await session.json()).toMatchObject({ person: { email, name: "Sunny Single" } });
    await page.close();
  });
});
