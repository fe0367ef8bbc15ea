/**
 * Dashboards and navigation in real Chromium, at desktop width and on a 390 px phone: the organiser's
 * home, the programs and participants tables (cards on a phone), a program's tabs (scrolling inside
 * themselves), the participant's "Next" card and its empty state, a mentorship's "More" menu with its
 * confirmation, and choosing a mentor with the mentors first. Axe checks each page; nothing may make
 * the page wider than the phone.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, adminApi, baseUrl, checkBothWidths, signIn, useBrowser, type Program } from "./harness";
import { adminOf } from "./admins";
import { seedProgram } from "./seed";

const ADMIN = adminOf("dashboards");
const browser = useBrowser();

/** A program in mentee's-choice mode with two mentors and two mentees, where Mia asks Ada; made once. */
let made: ReturnType<typeof makeProgram> | undefined;
const setUp = () => (made ??= makeProgram());
async function makeProgram() {
  const call = await adminApi(ADMIN);
  const { program, emails } = await seedProgram(call, {
    program: { name: `Dashboards ${Date.now()}`, kind: "one-to-one", skills: ["SQL", "Public Speaking"] },
    people: {
      ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,SQL:3;Public Speaking:2,,,2",
      ben: "Ben Mentor,mentor,Finance,Controller with a rather long title indeed,London,Europe/London,12,,en,Public Speaking:3,,,1",
      mia: "Mia Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,SQL:2,get better at SQL",
      zoe: "Zoe Mentee,mentee,Legal,Paralegal,Lisbon,Europe/Lisbon,2,,en,,Public Speaking:1,speak at the all-hands",
    },
  });
  await call("PUT", `/api/programs/${program.id}/matching`, JSON.stringify({ mode: "choice", requestDays: 3 }));
  const mia = await adminApi(emails.mia);
  await mia(
    "POST",
    `/api/programs/${program.id}/requests`,
    JSON.stringify({ mentorIds: [await idOf(call, program, emails.ada)] }),
  );
  return { call, program, emails };
}

async function idOf(call: Awaited<ReturnType<typeof adminApi>>, program: Program, email: string) {
  const page = await call<{ items: { personId: string; email: string }[] }>(
    "GET",
    `/api/programs/${program.id}/participants?q=${encodeURIComponent(email)}`,
  );
  return page.items[0]!.personId;
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("dashboards and navigation", () => {
  it("give the organiser tables as cards and tabs that scroll inside themselves on a phone", async () => {
    const { program, emails } = await setUp();
    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.getByRole("heading", { name: "Programs you organise" }).waitFor();
    await checkBothWidths(page, "the organiser's dashboard");

    await page.goto(`${baseUrl}/admin/programs`);
    const programs = page.getByRole("table");
    await programs.getByRole("link", { name: program.name, exact: true }).waitFor();
    await checkBothWidths(page, "the programs page");
    await page.setViewportSize(PHONE);
    // Each row is a card of labelled lines: the cell says its column.
    const cell = programs.locator("td").filter({ has: page.getByRole("link", { name: program.name, exact: true }) });
    expect(await cell.getAttribute("data-label")).toBe("Program");
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe("block");
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.goto(`${baseUrl}/admin/programs/${program.id}/participants`);
    await page.getByRole("cell", { name: emails.ben }).waitFor();
    const tabs = page.getByRole("navigation", { name: "Program pages" });
    expect(await tabs.getByRole("link", { name: "Participants" }).getAttribute("aria-current")).toBe("page");
    // The tabs are wider than the phone, and scroll inside their own row instead of widening the page.
    const row = tabs.getByRole("list");
    const [inner, shown] = await row.evaluate((ul) => [ul.scrollWidth, ul.clientWidth]);
    expect(inner).toBeGreaterThan(shown!);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator("td", { hasText: emails.ben }).getAttribute("data-label")).toBe("Email");
    await page.setViewportSize(DESKTOP);
    await checkBothWidths(page, "the participants page");

    // Overview is a tab too, marked on the program's own page.
    await tabs.getByRole("link", { name: "Overview" }).click();
    await page.getByRole("heading", { name: program.name, exact: true, level: 1 }).waitFor();
    expect(
      await page
        .getByRole("navigation", { name: "Program pages" })
        .getByRole("link", { name: "Overview" })
        .getAttribute("aria-current"),
    ).toBe("page");
    await context.close();
  });

  it("show the participant what to do next, and keep ending a mentorship behind More and a question", async () => {
    const { program, emails } = await setUp();
    const context = await browser().newContext({ viewport: DESKTOP });

    // Ada's next step is Mia's request; the button opens the requests page.
    const ada = await context.newPage();
    await signIn(ada, emails.ada);
    const next = ada.getByRole("region", { name: /^Next/ });
    await next.getByRole("heading", { name: "Next Mia Mentee asked you to be their mentor" }).waitFor();
    await next.getByRole("link", { name: "Answer Mia Mentee's request" }).click();
    await ada.getByRole("heading", { name: "Mentor requests" }).waitFor();
    await ada.getByRole("button", { name: "Accept Mia Mentee's request" }).click();
    await ada.getByText(/You accepted/).waitFor();
    await ada.close();

    // Mia's next step: plan a first meeting with Ada, on the mentorship's page.
    const mia = await context.newPage();
    await signIn(mia, emails.mia);
    const miaNext = mia.getByRole("region", { name: /^Next/ });
    await miaNext.getByText("You have not met yet", { exact: false }).waitFor();
    const card = mia.locator(".mentorship").filter({ has: mia.getByRole("heading", { name: "Ada Mentor" }) });
    await card.getByRole("link", { name: "Meetings and goals with Ada Mentor" }).waitFor();
    // Ending it is no full button beside a new mentorship: it sits under More.
    expect(await card.getByRole("button", { name: /End early|Mark complete|Withdraw/ }).count()).toBe(0);
    await checkBothWidths(mia, "the participant's dashboard");

    for (const viewport of [DESKTOP, PHONE]) {
      await mia.setViewportSize(viewport);
      const more = card.getByRole("button", { name: "More actions for your mentorship with Ada Mentor" });
      expect(await more.getAttribute("aria-haspopup")).toBe("menu");
      await more.click();
      const menu = card.getByRole("menu");
      await menu.waitFor();
      expect(await more.getAttribute("aria-expanded")).toBe("true");
      expect(await menu.getByRole("menuitem").allInnerTexts()).toEqual([
        "Mark complete",
        "End early",
        `Withdraw from ${program.name}`,
      ]);
      await expect.poll(() => mia.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("menuitem");
      await mia.keyboard.press("Escape");
      await menu.waitFor({ state: "detached" });
      await expect.poll(() => more.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await scrollWidth(mia)).toBeLessThanOrEqual(viewport.width === PHONE.width ? PHONE.width : 10_000);

      // Each item asks first in the app's dialog; "Not yet" keeps the mentorship.
      await more.click();
      await menu.getByRole("menuitem", { name: "Mark complete" }).click();
      const question = mia.getByRole("dialog", { name: "Mark your mentorship with Ada Mentor complete?" });
      await question.waitFor();
      await question.getByRole("button", { name: "Not yet" }).click();
      await question.waitFor({ state: "detached" });
      await card.getByText("Active", { exact: true }).waitFor();
      await expect.poll(() => more.evaluate((b) => b === document.activeElement)).toBe(true);
    }
    await mia.setViewportSize(DESKTOP);
    const more = card.getByRole("button", { name: "More actions for your mentorship with Ada Mentor" });
    await more.click();
    await card.getByRole("menuitem", { name: "End early" }).click();
    const end = mia.getByRole("dialog", { name: "End your mentorship with Ada Mentor?" });
    await end.getByRole("button", { name: "Keep it going" }).click();
    await end.waitFor({ state: "detached" });

    // The Next card's button opens the pair's page, where the meeting is planned.
    await miaNext.getByRole("link", { name: "Plan a meeting with Ada Mentor" }).click();
    await mia.waitForURL(/\/mentorships\//);

    // Ben has nothing to do.
    const ben = await context.newPage();
    await signIn(ben, emails.ben);
    await ben.getByRole("heading", { name: "You're all set" }).waitFor();
    await checkBothWidths(ben, "a dashboard with nothing due");
    await context.close();
  });

  it("put the mentors first when choosing on a phone, with the mentee's own profile folded", async () => {
    const { program, emails } = await setUp();
    const context = await browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, emails.zoe);
    await page.goto(`${baseUrl}/programs/${program.id}/choose`);
    const mentors = page.getByRole("list", { name: "Suggested mentors" });
    await mentors.getByRole("listitem").first().waitFor();
    const you = page.locator("details.my-profile");
    expect(await you.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Folded, the profile is one line: the first mentor shows within the first screen.
    const top = await mentors
      .getByRole("listitem")
      .first()
      .evaluate((li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(PHONE.height);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await you.getByText("You", { exact: true }).click();
    await you.getByText("You want to grow", { exact: true }).waitFor();
    await page.setViewportSize(DESKTOP);
    await checkBothWidths(page, "choosing a mentor");
    // On a wide screen the profile opens beside the mentors.
    await page.reload();
    await mentors.getByRole("listitem").first().waitFor();
    expect(await page.locator("details.my-profile").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await context.close();
  });
});
