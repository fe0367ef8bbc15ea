/**
 * The audit log in real Chromium: an admin's changes show as rows (the table a card per row on a
 * phone), filtered by action, readable and fitting at both widths.
 */
import { describe, expect, it } from "vitest";
import { DESKTOP, adminApi, baseUrl, checkBothWidths, signIn, useBrowser, type Program } from "./harness";
import { adminOf } from "./admins";

const ADMIN = adminOf("audit");
const browser = useBrowser();

describe("the audit log page", () => {
  it("lists an admin's changes newest first, and filters them by action", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const program = await call<Program>(
      "POST",
      "/api/programs",
      JSON.stringify({ name: `Audited ${stamp}`, kind: "one-to-one" }),
    );
    await call("PATCH", `/api/programs/${program.id}`, JSON.stringify({ retentionMonths: 36 }));

    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.goto(`${baseUrl}/admin/audit`);
    const table = page.getByRole("table", { name: "Audit log, newest first" });
    const edited = table.getByRole("row").filter({ hasText: "program: edited" }).filter({ hasText: program.name });
    await edited.first().waitFor();
    await expect.poll(() => edited.first().textContent()).toContain("retentionMonths");
    expect(await edited.first().textContent()).toContain(ADMIN);

    await page.getByLabel("Action").selectOption("program.created");
    const created = table.getByRole("row").filter({ hasText: program.name });
    await created.first().waitFor();
    await expect.poll(() => table.getByRole("row").filter({ hasText: "program: edited" }).count()).toBe(0);
    await checkBothWidths(page, "audit log");
    await context.close();
  });
});
