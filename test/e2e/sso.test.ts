/**
 * Signing in through the OpenID Connect provider's button, against a local identity provider; and a
 * person who signed in that way reading Tandem in German, first as their browser asks, then as their
 * profile says on a browser that asks for English.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { baseUrl, checkA11y, useBrowser } from "./harness";

const browser = useBrowser();
const identityProvider = inject("identityProvider");

/** Signs `page` in through the provider's button as whoever these claims name. */
async function signInWithProvider(page: Page, claims: Record<string, unknown>) {
  const chosen = await fetch(`${identityProvider}/test/login-as`, {
    method: "POST",
    body: JSON.stringify({ sub: crypto.randomUUID(), email_verified: true, ...claims }),
  });
  expect(chosen.status).toBe(204);
  await page.goto(`${baseUrl}/signin`);
  // The button in the browser's language: "Sign in with Test IdP", "Mit Test IdP anmelden".
  const button = page.getByRole("button", { name: /Test IdP/ });
  await button.waitFor();
  await checkA11y(page, "sign-in with a provider");
  await button.click();
  await page.waitForURL(/\/dashboard/);
}

const scimUsers = (token: string) =>
  fetch(`${baseUrl}/api/scim/v2/Users?count=1`, { headers: { authorization: `Bearer ${token}` } });

describe("single sign-on", () => {
  it("signs a new person in with the provider's button and brings them to their dashboard", async () => {
    const email = `sso.${Date.now()}@example.com`;
    const page = await (await browser().newContext()).newPage();
    await signInWithProvider(page, { email, name: "Sunny Single" });
    const session = await page.request.get(`${baseUrl}/api/session`);
    expect(await session.json()).toMatchObject({ person: { email, name: "Sunny Single" } });
    await page.context().close();
  });

  it("shows a German browser German after signing in, and keeps German from the profile on an English browser", async () => {
    const claims = { sub: crypto.randomUUID(), email: `sso.de.${Date.now()}@example.com`, name: "Greta Grün" };
    const german = await browser().newContext({ locale: "de-DE" });
    const page = await german.newPage();
    await signInWithProvider(page, claims);
    await page.getByRole("heading", { name: "Hallo, Greta Grün" }).waitFor();
    await page.getByRole("heading", { name: "Meine Programme" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("de");

    await page.goto(`${baseUrl}/profile`);
    await page.getByLabel("Sprache der Tandem-Seiten").selectOption("de");
    await page.getByRole("button", { name: "Profil speichern" }).click();
    await page.getByText("Dein Profil ist gespeichert.").waitFor();
    await german.close();

    const english = await browser().newContext({ locale: "en-US" });
    const again = await english.newPage();
    await signInWithProvider(again, claims);
    await again.getByRole("heading", { name: "Hallo, Greta Grün" }).waitFor();
    await again.getByRole("navigation", { name: "Hauptmenü" }).getByRole("button", { name: "Abmelden" }).waitFor();
    await english.close();
  });

  it("lets a member of the admin group make a SCIM token, shown once, and revoke it", async () => {
    const page = await (await browser().newContext()).newPage();
    await signInWithProvider(page, {
      email: `it.${Date.now()}@example.com`,
      name: "Ida IT",
      groups: ["tandem-admins"],
    });
    await page.goto(`${baseUrl}/admin/provisioning`);
    await page.getByLabel("Name of the new token").fill("Entra ID");
    await page.getByRole("button", { name: "Make a token" }).click();
    const shown = page.getByLabel("Copy it now: it is not shown again");
    await expect.poll(() => shown.inputValue()).toMatch(/^scim_/);
    const token = await shown.inputValue();
    await checkA11y(page, "SCIM tokens");
    expect((await scimUsers(token)).status).toBe(200);

    await page.getByRole("list", { name: "SCIM tokens" }).getByRole("button", { name: "Revoke" }).first().click();
    await page.getByRole("dialog", { name: "Revoke “Entra ID”?" }).getByRole("button", { name: "Revoke" }).click();
    await page
      .getByText(/^Revoked /)
      .first()
      .waitFor();
    expect((await scimUsers(token)).status).toBe(401);
    await page.context().close();
  });
});
