import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the served app", () => {
  it("serves pages under a Content-Security-Policy, with the SPA fallback for deep links", async () => {
    const page = await browser.newPage();
    const home = await page.goto(`${baseUrl}/`);
    expect(home!.status()).toBe(200);
    expect(home!.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const deep = await page.goto(`${baseUrl}/no/such/page`);
    expect(deep!.status()).toBe(200);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    const health = await page.request.get(`${baseUrl}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    await page.close();
  });
});
