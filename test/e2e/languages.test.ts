/**
 * Tandem in German: someone picks Deutsch on their profile and the header, the 404 page and the whole
 * join flow speak German, dates included; a signed-out browser that asks for German gets it too.
 */
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { adminApi, baseUrl, DESKTOP, PHONE, signIn, useBrowser, type Program } from "./harness";

const browser = useBrowser();
// An admin of its own: sign-in links are rate limited per address, and other files sign in as the first admin.
const ADMIN = adminOf("languages");

describe("the screens' language", () => {
  it("switches to German on the profile page, for the shell and the join flow", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const program = await call<Program>(
      "POST",
      "/api/programs",
      JSON.stringify({ name: `Sprachen ${stamp}`, kind: "one-to-one", startsOn: "2027-03-01", endsOn: "2027-08-31" }),
    );
    const signup = new URL(program.signupUrl, baseUrl);
    const context = await browser().newContext({ viewport: DESKTOP, locale: "en-US" });
    const page = await context.newPage();
    try {
      await signIn(page, ADMIN);
      await page.goto(`${baseUrl}/profile`);
      await page.getByLabel("Language of Tandem's screens").selectOption("de");
      await page.getByRole("button", { name: "Save profile" }).click();

      const nav = page.getByRole("navigation", { name: "Hauptmenü" });
      await nav.getByRole("link", { name: "Übersicht" }).waitFor();
      await nav.getByRole("button", { name: "Abmelden" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("de");

      await page.goto(`${baseUrl}/nowhere-${stamp}`);
      await page.getByRole("heading", { name: "Seite nicht gefunden" }).waitFor();
      await page.getByRole("link", { name: "Zur Startseite" }).waitFor();

      // The join flow, as a German reader sees it: steps, checks, dates and the last page.
      await page.goto(`${baseUrl}${signup.pathname}${signup.search}`);
      await page.getByRole("heading", { name: `${program.name} beitreten` }).waitFor();
      expect(await page.locator(".join .hint").first().innerText()).toBe("01.03.2027 bis 31.08.2027");
      await page.getByRole("heading", { name: /Über dich$/ }).waitFor();
      await page.getByLabel("Berufsbezeichnung").waitFor();
      expect(await page.locator('.join-progress [aria-current="step"]').innerText()).toMatch(
        /Schritt 1 von 3\s+Über dich/,
      );
      await page.getByRole("button", { name: "Weiter" }).click();
      await page.getByText("Gib deinen Namen ein.").waitFor();
      await page.getByLabel("Dein Name").fill("Greta Sprache");
      await page.getByLabel("Geschäftliche E-Mail-Adresse").fill(`greta.${stamp}@example.com`);
      await page.getByLabel("Mentee", { exact: true }).check();
      await page.getByRole("button", { name: "Weiter" }).click();
      await page.getByRole("heading", { name: /Was du suchst/ }).waitFor();
      await page.getByRole("group", { name: "Fähigkeiten, die du ausbauen möchtest" }).waitFor();
      await page.getByLabel("Jahre Berufserfahrung").waitFor();
      await page.getByRole("button", { name: "Weiter" }).click();
      await page.getByRole("heading", { name: /Vorlieben/ }).waitFor();
      await page.getByLabel("Zeitzone", { exact: true }).first().waitFor();
      await page.getByLabel("Ich stimme der obigen Datenschutzerklärung zu").check();
      await page.getByRole("button", { name: "Bestätigungslink senden" }).click();
      await page.getByRole("heading", { name: "Sieh in dein Postfach" }).waitFor();
    } finally {
      // The admin's choice would carry into the other browser tests, which read English.
      await call("PATCH", "/api/me", JSON.stringify({ uiLanguage: null }));
      await context.close();
    }
  });

  it("follows a signed-out browser that asks for German, and stays English for one that asks for French", async () => {
    const german = await browser().newContext({ viewport: PHONE, locale: "de-DE" });
    const page = await german.newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    await page.getByRole("button", { name: "Anmeldelink per E-Mail senden" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await german.close();

    const french = await browser().newContext({ viewport: PHONE, locale: "fr-FR" });
    const other = await french.newPage();
    await other.goto(`${baseUrl}/signin`);
    await other.getByRole("button", { name: "Email me a sign-in link" }).waitFor();
    expect(await other.locator("html").getAttribute("lang")).toBe("en");
    await french.close();
  });
});
