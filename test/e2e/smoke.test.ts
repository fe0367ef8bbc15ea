/** The app as served by `wrangler dev`: pages under a CSP, the health check, and deep links. */
import { describe, expect, it } from "vitest";
import { baseUrl, useBrowser } from "./harness";

const browser = useBrowser();

describe("the served app", () => {
  it("renders the home page under a Content-Security-Policy and answers its health check", async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const home = await page.goto(`${baseUrl}/`);
    expect(home!.status()).toBe(200);
    expect(home!.headers()["content-security-policy"]).toContain("script-src 'self'");
    // `<main>` is rendered by the app's script, so seeing it means the script ran under that policy.
    await page.locator("main").waitFor();
    const health = await page.request.get(`${baseUrl}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renders the API reference styled, with no Content-Security-Policy violation", async () => {
    const page = await browser().newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    const res = await page.goto(`${baseUrl}/api/docs`);
    expect(res!.status()).toBe(200);
    await page.getByRole("heading", { name: "Tandem API", level: 1 }).waitFor();
    // The page's own stylesheet applied: a box around each operation, a narrow column.
    const box = await page.locator("#postAuthMagicLink").evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(box).toBe("solid");
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("900px");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("serves the app for a deep link it has no file for", async () => {
    const page = await browser().newPage();
    const deep = await page.goto(`${baseUrl}/no/such/page`);
    expect(deep!.status()).toBe(200);
    expect(deep!.headers()["content-type"]).toContain("text/html");
    await page.locator("main").getByRole("heading", { name: "Page not found" }).waitFor();
    await page.close();
  });
});
