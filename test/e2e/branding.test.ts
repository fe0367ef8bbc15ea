/** The organisation's branding: an admin names it once in the settings, and the header shows it. */
import { describe, expect, it } from "vitest";
import { baseUrl, checkA11y, signIn, useBrowser } from "./harness";

const browser = useBrowser();

describe("the organisation's branding", () => {
  it("shows the name an admin sets in the header, with Tandem's logo beside it", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const brand = page.locator("header .brand");
    await brand.getByRole("img", { name: "Tandem" }).waitFor();

    await signIn(page, "admin@example.com");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Organisation", level: 1 }).waitFor();
    await checkA11y(page, "the organisation's settings");

    // A colour too light to read is refused next to its field, and nothing changes.
    await page.getByLabel("Name").fill("Globex Mentoring");
    await page.getByLabel("Accent colour", { exact: true }).fill("#ffff00");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText(/too light for links and buttons/).waitFor();
    expect(await brand.textContent()).not.toContain("Globex");

    await page.getByLabel("Accent colour", { exact: true }).fill("");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await brand.getByText("Globex Mentoring").waitFor();

    // The accent colour becomes the page's accent token: buttons and the browser's bar take it.
    await page.getByLabel("Accent colour", { exact: true }).fill("#0f766e");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForFunction(
      () => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() === "#0f766e",
    );
    const save = page.getByRole("button", { name: "Save" });
    await page.mouse.move(0, 0); // off the button: its hover shade is darker
    expect(await save.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(15, 118, 110)");
    expect(await page.locator('meta[name="theme-color"]').getAttribute("content")).toBe("#0f766e");
    await page.getByLabel("Accent colour", { exact: true }).fill("");
    await save.click();
    await page.waitForFunction(
      () => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() === "#1d4ed8",
    );

    // Signed out, the header still says whose Tandem it is.
    const visitor = await browser().newPage();
    await visitor.goto(`${baseUrl}/signin`);
    await visitor.locator("header .brand").getByText("Globex Mentoring").waitFor();
    await visitor.close();
    await context.close();
  });
});
