/**
 * A program's admin pages in real Chromium: the tabs move between them while the program itself is
 * asked for once, the current tab is marked, and rotating the sign-up link asks in the app's own
 * dialog (never the browser's confirm), where cancelling changes nothing.
 */
import { describe, expect, it } from "vitest";
import { DESKTOP, adminApi, baseUrl, checkA11y, signIn, useBrowser, type Program } from "./harness";
import { adminOf } from "./admins";

const ADMIN = adminOf("program-pages");

const browser = useBrowser();

describe("a program's admin pages", () => {
  it("share one frame with tabs, load the program once, and confirm in the app's dialog", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const program = await call<Program>(
      "POST",
      "/api/programs",
      JSON.stringify({ name: `Tabs ${stamp}`, kind: "reverse" }),
    );

    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    const programAsks: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "GET" && new URL(r.url()).pathname === `/api/programs/${program.id}`)
        programAsks.push(r.url());
    });
    const nativeDialogs: string[] = [];
    page.on("dialog", (d) => {
      nativeDialogs.push(d.message());
      void d.dismiss();
    });

    await page.goto(`${baseUrl}/admin/programs/${program.id}/participants`);
    const tabs = page.getByRole("navigation", { name: "Program pages" });
    await page.getByRole("heading", { name: `Participants of ${program.name}` }).waitFor();
    expect(await tabs.getByRole("link", { name: "Participants" }).getAttribute("aria-current")).toBe("page");
    // A reverse program has a rotation and no groups.
    await tabs.getByRole("link", { name: "Rotation" }).waitFor();
    expect(await tabs.getByRole("link", { name: "Groups" }).count()).toBe(0);

    for (const [tab, heading] of [
      ["Matching", `Matching for ${program.name}`],
      ["Surveys", `Surveys for ${program.name}`],
      ["Rotation", `Rotation for ${program.name}`],
      ["Participants", `Participants of ${program.name}`],
    ]) {
      await tabs.getByRole("link", { name: tab, exact: true }).click();
      await page.getByRole("heading", { name: heading }).waitFor();
      expect(await tabs.getByRole("link", { name: tab, exact: true }).getAttribute("aria-current")).toBe("page");
    }
    await checkA11y(page, "a program's participants in its frame");
    expect(programAsks).toHaveLength(1);

    // Back on the program's page, rotating the link asks first; cancelling keeps the link.
    await page.getByRole("link", { name: `← ${program.name}` }).click();
    const link = page.getByLabel("Anyone with this link can sign up");
    const before = await link.inputValue();
    await page.getByRole("button", { name: "Rotate link" }).click();
    const question = page.getByRole("dialog", { name: "Make a new link?" });
    await checkA11y(page, "the question before rotating the link");
    await question.getByRole("button", { name: "Cancel" }).click();
    await question.waitFor({ state: "detached" });
    expect(await link.inputValue()).toBe(before);
    await page.getByRole("button", { name: "Rotate link" }).click();
    await question.getByRole("button", { name: "Make a new link" }).click();
    await page.getByText("The old one no longer works.").waitFor();
    expect(await link.inputValue()).not.toBe(before);
    expect(nativeDialogs).toEqual([]);
    await context.close();
  });
});
