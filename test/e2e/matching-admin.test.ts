/**
 * Admin-run matching in real Chromium: the admin signs in, sets up a program with a small company
 * (through the API with their own session), changes a criterion, runs matching and watches it, filters
 * the proposals (on the server), edits them (lock, a refused swap, remove, a refused assignment from
 * the run's mentors list), publishes, sees the mentorships, and switches to mentee's choice to see the
 * mentors' response times — with axe on the page at desktop width and on a 390 px phone.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, checkA11y, contrastOf, useBrowser, signIn, waitForMail } from "./harness";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import { adminOf } from "./admins";

const ADMIN = adminOf("matching");

const HEADER = CSV_COLUMNS.join(",");

const browser = useBrowser();

/** A same-origin request from the page, so it carries the admin's session cookie. */
async function call(page: Page, method: string, path: string, body?: string, type = "application/json") {
  return page.evaluate(
    async ([method, path, body, type]) => {
      const res = await fetch(path, { method, body, headers: body ? { "content-type": type! } : {} });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    [method, path, body, type] as const,
  );
}

describe("the admin matching page", () => {
  it("changes criteria, runs matching, edits the proposals, publishes and lists the mentorships", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await signIn(page, ADMIN);

    // A program with two mentors (one seat each) and three mentees: Cy reports to Ada, and Eli
    // shares no language with anyone.
    const stamp = Date.now();
    const e = (who: string) => `${who}.${stamp}@example.com`;
    const created = await call(
      page,
      "POST",
      "/api/programs",
      JSON.stringify({ name: `Matching ${stamp}`, kind: "one-to-one", skills: ["public speaking", "data analysis"] }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const programId: string = created.body.id;
    const csv = [
      HEADER,
      `${e("ada")},Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,data analysis:3;public speaking:2,,,1`,
      `${e("ben")},Ben Mentor,mentor,Finance,Controller,London,Europe/London,12,,en;de,public speaking:3,,,1`,
      `${e("cy")},Cy Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,${e("ada")},en,,data analysis:2,get better at data analysis,`,
      `${e("dee")},Dee Mentee,mentee,Sales,Associate,London,Europe/London,2,,en,,public speaking:2;data analysis:1,speak in public,`,
      `${e("eli")},Eli Mentee,mentee,Sales,Associate,Tokyo,Asia/Tokyo,2,,ja,,data analysis:1,,`,
    ].join("\n");
    const imported = await call(page, "POST", `/api/programs/${programId}/people/import`, csv, "text/csv");
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);

    // From the program's page to its matching page.
    await page.goto(`${baseUrl}/admin/programs/${programId}`);
    await page.getByRole("link", { name: "Matching", exact: true }).click();
    await page.waitForURL(/\/matching$/);
    await page.getByRole("heading", { name: `Matching for Matching ${stamp}` }).waitFor();
    await page.getByText("No run yet.").waitFor();
    // Admin-run with no requests yet: no response times to show.
    expect(await page.getByRole("heading", { name: "Mentor response times" }).count()).toBe(0);
    await checkA11y(page, "the matching page before any run");

    // Criteria: a wrong value is refused next to its field, then a change is saved.
    await page.getByLabel("Meeting format").fill("3");
    await page.getByLabel("Days a mentor has to answer").fill("45");
    await page.getByRole("button", { name: "Save settings" }).click();
    const daysError = page.locator("#m-request-days-error");
    await daysError.waitFor();
    expect(await page.getByLabel("Days a mentor has to answer").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Days a mentor has to answer").fill("10");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Matching settings saved.").waitFor();
    const settings = await call(page, "GET", `/api/programs/${programId}/matching`);
    expect(settings.body).toMatchObject({ weights: { format: 3 }, requestDays: 10 });

    // Run: progress while it is queued or running (a small run may finish before it shows), then the proposals.
    const pairs = page.getByRole("table", { name: "Proposed pairs" });
    await page.getByRole("button", { name: "Run matching" }).click();
    await page
      .getByText(/^(Queued|Running): /)
      .or(pairs)
      .first()
      .waitFor();
    await pairs.waitFor({ timeout: 30_000 });
    const cyRow = pairs.getByRole("row").filter({ hasText: "Cy Mentee" });
    const deeRow = pairs.getByRole("row").filter({ hasText: "Dee Mentee" });
    await expect.poll(() => cyRow.textContent()).toContain("Ben Mentor");
    await expect.poll(() => deeRow.textContent()).toMatch(/Ada Mentor.*Both care about/);
    const unmatched = page.getByRole("region", { name: /Not matched/ });
    const eli = unmatched.getByRole("listitem").filter({ hasText: "Eli Mentee" });
    await expect.poll(() => eli.textContent()).toContain("no shared language");
    expect(await eli.textContent()).toContain(e("eli"));

    // The filter asks the server for the pairs whose names or emails match, then clears.
    const filter = page.getByLabel("Filter pairs");
    const filtered = page.waitForRequest((r) => /\/match-runs\/[^/?]+\?.*q=dee/.test(r.url()));
    await filter.fill("dee");
    await filtered;
    await expect.poll(() => cyRow.count()).toBe(0);
    await expect.poll(() => deeRow.count()).toBe(1);
    await page.getByText("1 of 2 pairs match “dee”.").waitFor();
    await filter.fill("nobody-like-this");
    await page.getByText("No pair matches “nobody-like-this”.").waitFor();
    await filter.fill("");
    await expect.poll(() => cyRow.count()).toBe(1);
    await expect.poll(() => deeRow.count()).toBe(1);

    // Lock Cy with Ben.
    await page.getByRole("button", { name: "Lock Cy Mentee with Ben Mentor" }).click();
    await expect.poll(() => cyRow.textContent()).toContain("Locked");
    await page.getByText("Locked Cy Mentee with Ben Mentor.").waitFor();

    // Swapping Dee and Cy would give Cy his own manager: refused, with the reason by the row.
    await page.getByRole("button", { name: "Swap Dee Mentee with Ada Mentor" }).click();
    await page.getByLabel("Search mentees").fill("Cy");
    await page.getByRole("button", { name: "Swap mentors with Dee Mentee" }).click();
    await expect.poll(() => pairs.getByRole("alert").textContent()).toMatch(/manager/);
    await page.getByRole("button", { name: "Cancel" }).click();

    // Remove Dee: she is listed as unmatched, with the reason.
    await page.getByRole("button", { name: "Remove Dee Mentee with Ada Mentor" }).click();
    const dee = unmatched.getByRole("listitem").filter({ hasText: e("dee") });
    await expect.poll(() => dee.textContent()).toContain("Removed from their pair by an admin.");
    await expect.poll(() => pairs.getByRole("row").filter({ hasText: "Dee Mentee" }).count()).toBe(0);
    await expect.poll(() => page.getByRole("heading", { name: "Proposed pairs (1)" }).count()).toBe(1);

    // Ada has a free seat now, but Eli shares no language with her: refused inline.
    // The picker lists the run's mentors with their seats: Ben's only seat is taken by Cy.
    await page.getByRole("button", { name: "Assign mentor to Eli Mentee" }).click();
    const mentorPick = page.getByLabel("Mentor", { exact: true });
    const ben = mentorPick.getByRole("option", { name: /Ben Mentor/ });
    await expect.poll(() => ben.textContent()).toContain("1 of 1 seat used in this run; no free seat");
    expect(await ben.isDisabled()).toBe(true);
    const ada = mentorPick.getByRole("option", { name: /Ada Mentor/ });
    expect(await ada.textContent()).toContain("0 of 1 seat used in this run");
    expect(await ada.isDisabled()).toBe(false);
    await page.getByLabel("Search mentors").fill("Ada");
    await expect.poll(() => mentorPick.inputValue()).not.toBe("");
    await page.getByRole("button", { name: "Assign this mentor" }).click();
    await expect.poll(() => eli.getByRole("alert").textContent()).toMatch(/language/);
    await checkA11y(page, "the matching page with a run");
    // A row's Ban is outlined in red, its word readable against the white under it.
    expect(await contrastOf(page.getByRole("button", { name: /^Ban / }).first())).toBeGreaterThanOrEqual(4.5);

    // On a phone the tables become cards and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await checkA11y(page, "the matching page at 390 px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A checkbox's label stays beside its box, wrapping its words, rather than dropping to the next line.
    const box = (await page.getByRole("checkbox", { name: "Pair only people who share a language" }).boundingBox())!;
    const label = (await page.locator("label[for=m-language]").boundingBox())!;
    expect(label.y, "the label starts on the checkbox's line").toBeLessThan(box.y + box.height);
    expect(label.x, "the label is right of the checkbox").toBeGreaterThan(box.x + box.width);
    await page.getByRole("button", { name: "Cancel" }).click();

    // Publish: the confirmation says both people get an email.
    await page.getByRole("button", { name: "Publish pairs" }).click();
    const question = page.getByRole("dialog", { name: "Publish the pairs?" });
    expect(await question.textContent()).toMatch(/both people .* email/);
    await question.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByText("Published 1 mentorship.").waitFor();
    expect(await page.getByRole("button", { name: "Published" }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Unlock Cy Mentee with Ben Mentor" }).isDisabled()).toBe(true);

    const mentorships = page.getByRole("table", { name: "Mentorships" });
    const row = mentorships.getByRole("row").filter({ hasText: "Cy Mentee" });
    await expect.poll(() => row.textContent()).toMatch(/Ben Mentor.*Active/);
    await checkA11y(page, "the matching page after publishing, at 390 px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The announcement reaches both people.
    await waitForMail(e("cy"), /mentoring pair/, { after: stamp });
    await waitForMail(e("ben"), /mentoring pair/, { after: stamp });

    // Opening the page again shows the latest run, published.
    await page.reload();
    await page.getByRole("button", { name: "Published" }).waitFor();
    // Opened on a phone, the program's tabs scroll sideways in their strip, which shows the current one whole.
    const strip = (await page.getByRole("navigation", { name: "Program pages" }).locator("ul").boundingBox())!;
    const current = (await page.locator('.program-tabs [aria-current="page"]').boundingBox())!;
    expect(current.x).toBeGreaterThanOrEqual(strip.x);
    expect(current.x + current.width).toBeLessThanOrEqual(strip.x + strip.width + 0.5);

    // In mentee's choice the mentors' response times appear; nobody has had a request yet.
    await page.getByLabel("Mentee's choice").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Matching settings saved.").waitFor();
    const responses = page.getByRole("region", { name: "Mentor response times" });
    await responses.getByText("No mentor has had a request yet.").waitFor();

    // Dee, still without a mentor, asks Ada: Ada's request is counted, waiting for her answer.
    const runs = await call(page, "GET", `/api/programs/${programId}/match-runs`);
    const mentors = await call(page, "GET", `/api/programs/${programId}/match-runs/${runs.body.items[0].id}/mentors`);
    const adaId = mentors.body.items.find((m: { name: string }) => m.name === "Ada Mentor").id;
    const deeContext = await browser().newContext();
    const deePage = await deeContext.newPage();
    await signIn(deePage, e("dee"));
    const asked = await call(
      deePage,
      "POST",
      `/api/programs/${programId}/requests`,
      JSON.stringify({ mentorIds: [adaId] }),
    );
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    await deeContext.close();
    await page.reload();
    const adaRow = page.getByRole("table", { name: "Mentor response times" }).getByRole("row", { name: /Ada Mentor/ });
    await expect.poll(() => adaRow.textContent()).toMatch(/Ada Mentor.*No answers yet.*Taking requests/);
    expect(await adaRow.locator('td[data-label="Waiting"]').textContent()).toBe("1");
    await checkA11y(page, "the matching page in mentee's choice, at 390 px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await context.close();
  }, 120_000);
});
