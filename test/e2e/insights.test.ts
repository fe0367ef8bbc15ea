/**
 * The organiser's side in real Chromium: an admin signs in and lands on their programs, a program's
 * card names its next step (two pairs have not met for weeks), which opens the program's insights: the
 * funnel's numbers and its CSV, the quiet and stalled pairs with their filter, Print, the weeks shown,
 * and the thresholds, whose refusal shows on its field and whose change moves a pair off the list. A
 * mentor who manages the program sees it above their own dashboard. In mentee's choice, the page's
 * Matching shows how fast mentors answer, and Satisfaction each month. Axe checks the pages, also at 390 px.
 */
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import {
  DESKTOP,
  PHONE,
  adminApi,
  baseUrl,
  checkA11y,
  checkBothWidths,
  dayFromNow,
  signIn,
  useBrowser,
  waitForMail,
} from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("insights");
const DAY = 86_400_000;

const browser = useBrowser();

describe("the organiser's home and a program's insights", () => {
  it("lead from the next step to the pairs that need attention and their thresholds", async () => {
    const call = await adminApi(ADMIN);
    const { program, emails } = await seedProgram(call, {
      // "A …" sorts first, so the card is on the home's first page whatever other tests add.
      program: { name: `A watched program ${Date.now()}`, kind: "one-to-one" },
      people: { mo: "Mo Mentor,mentor", max: "Max Mentor,mentor", mia: "Mia Mentee,mentee", meg: "Meg Mentee,mentee" },
    });
    const run = await call<{ id: string }>("POST", `/api/programs/${program.id}/match-runs`);
    await expect
      .poll(
        async () => (await call<{ status: string }>("GET", `/api/programs/${program.id}/match-runs/${run.id}`)).status,
        {
          timeout: 20_000,
        },
      )
      .toBe("done");
    await call("POST", `/api/programs/${program.id}/match-runs/${run.id}/publish`);
    const pairs = (await call<{ items: unknown[] }>("GET", `/api/programs/${program.id}/mentorships?status=active`))
      .items;
    expect(pairs).toHaveLength(2);
    // Each pair last met in the past: one 30 days ago (quiet from 21), one 50 days ago (stalled from 42).
    const [quiet, stalled] = pairs as { id: string; mentorId: string; menteeEmail: string; menteeName: string }[];
    // The matcher may give both mentees to one mentor: 3 or 4 people in pairs.
    const inPairs = new Set([quiet!.mentorId, stalled!.mentorId]).size + 2;
    for (const [pair, daysAgo] of [
      [quiet!, 30],
      [stalled!, 50],
    ] as const) {
      const mentee = await adminApi(pair.menteeEmail);
      const startsAt = new Date(Date.now() - daysAgo * DAY).toISOString();
      await mentee("POST", `/api/mentorships/${pair.id}/meetings`, JSON.stringify({ startsAt, minutes: 45 }));
    }

    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.getByRole("heading", { name: "Programs you organise" }).waitFor();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: program.name }) });
    await card.getByText("2 pairs have not met for 3 weeks or more").waitFor();
    expect(await card.getByRole("definition").allInnerTexts()).toEqual(["4", "100%", "0", "0", "2"]);
    await checkBothWidths(page, "the organiser's home");

    // All programs side by side: the same numbers as a row, its next step a link.
    await page.getByRole("link", { name: "All programs side by side" }).click();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: program.name }) });
    await row.getByRole("link", { name: "2 pairs have not met for 3 weeks or more" }).waitFor();
    expect(await row.getByRole("cell").allInnerTexts()).toEqual([
      program.name,
      "4",
      "0",
      "100%",
      "0",
      "0",
      "2",
      "—",
      "2 pairs have not met for 3 weeks or more",
    ]);
    await checkBothWidths(page, "all programs side by side");
    await page.goBack();

    await card.getByRole("link", { name: "See them" }).click();
    await page.getByRole("heading", { name: `Insights for ${program.name}` }).waitFor();
    const funnel = page.getByRole("table", { name: "People at each stage" });
    for (const row of ["Signed up 4", `Matched ${inPairs}`, `Met at least once ${inPairs}`, "In a completed pair 0"]) {
      await funnel.getByRole("row", { name: row, exact: true }).waitFor();
    }
    const list = page.getByRole("table", { name: "Pairs that need attention" });
    await list.getByRole("row").nth(2).waitFor();
    expect(await list.getByRole("row").count()).toBe(3); // the header and both pairs
    const only = (status: string) => page.getByLabel("Which pairs").selectOption(status);
    await only("stalled");
    await list.getByRole("row", { name: new RegExp(stalled!.menteeName) }).waitFor();
    await expect.poll(() => list.getByRole("row").count()).toBe(2);
    await only("");
    await expect.poll(() => list.getByRole("row").count()).toBe(3);
    // The funnel as CSV, built in the page from the numbers it shows.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV of the funnel" }).click(),
    ]);
    const funnelCsv = await readFile((await download.path())!, "utf8");
    expect(funnelCsv.split("\r\n").slice(0, 3)).toEqual(["stage,people", "Signed up,4", "Confirmed,4"]);

    // Print opens the browser's print dialog (replaced here to count the calls).
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "yes");
    });
    await page.getByRole("button", { name: "Print" }).click();
    expect(await page.locator("body").getAttribute("data-printed")).toBe("yes");

    // The weeks shown: a range ending before it starts is refused on its field; a good one reloads.
    const from = page.getByLabel("From", { exact: true });
    const to = page.getByLabel("To", { exact: true });
    await from.fill(dayFromNow(1));
    await to.fill(dayFromNow(0));
    await page.getByRole("button", { name: "Show" }).click();
    await page.getByText("`to` comes on or after `from`.").waitFor();
    expect(await to.getAttribute("aria-invalid")).toBe("true");
    await from.fill(dayFromNow(-13));
    const reloaded = page.waitForResponse((r) => r.url().includes(`/insights?from=${dayFromNow(-13)}`) && r.ok());
    await page.getByRole("button", { name: "Show" }).click();
    await reloaded;
    // The charts draw once their library has loaded after the first paint.
    await page
      .getByRole("img", { name: /^New pairs per week: / })
      .locator("canvas")
      .first()
      .waitFor();
    await page.getByText("The numbers as a table").click();
    const weeks = page.getByRole("table", { name: "Each week's numbers" }).getByRole("row");
    await expect.poll(() => weeks.count()).toBeLessThanOrEqual(4); // the header and 2 or 3 weeks
    expect(await to.getAttribute("aria-invalid")).toBeNull();

    // One sign-up month's cohort: everyone here signed up this month, so the funnel keeps its four.
    const month = new Date().toISOString().slice(0, 7);
    await page.getByLabel("Cohort (sign-up month)").fill(month);
    const byCohort = page.waitForResponse((r) => r.url().includes(`cohort=${month}`) && r.ok());
    await page.getByRole("button", { name: "Show" }).click();
    await byCohort;
    await page.getByText(`Only the people who signed up in ${month}, and their pairs.`).waitFor();

    await checkBothWidths(page, "a program's insights");

    // Quiet after 50 days is refused (stalled comes after quiet) on its field, and nothing changes.
    const quietDays = page.getByLabel("Quiet after (days)");
    await quietDays.fill("50");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    await page.getByText("Stalled comes after quiet.").waitFor();
    expect(await page.getByLabel("Stalled after (days)").getAttribute("aria-invalid")).toBe("true");
    await checkA11y(page, "the thresholds with an error");
    expect(await list.getByRole("row").count()).toBe(3);

    // Quiet from 35 days: the pair that met 30 days ago is healthy again and leaves the list.
    await quietDays.fill("35");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    await page.getByText("Thresholds saved.", { exact: false }).waitFor();
    await expect.poll(() => list.getByRole("row").count()).toBe(2);
    const stalledRow = list.getByRole("row", { name: new RegExp(stalled!.menteeName) });
    await stalledRow.waitFor();
    expect((await call<{ quietDays: number }>("GET", `/api/programs/${program.id}/health-policy`)).quietDays).toBe(35);

    // Nudging the stalled pair mails both once; the row then says so instead of offering it again.
    const nudgedAt = Date.now();
    await stalledRow.getByRole("button", { name: /Nudge both/ }).click();
    await stalledRow.getByText(/Nudged/).waitFor();
    expect(await stalledRow.getByRole("button", { name: /Nudge both/ }).count()).toBe(0);
    await waitForMail(stalled!.menteeEmail, /Time to meet/, { after: nudgedAt });
    await stalledRow.getByRole("button", { name: /Ask if still going/ }).click();
    await stalledRow.getByText(/Asked .*no answer yet/).waitFor();
    const asked = await waitForMail(stalled!.menteeEmail, /still meeting/, { after: nudgedAt });

    // The mentee answers from the mail's link on a phone, signed out; the organiser sees the answer.
    const menteeContext = await browser().newContext({ viewport: PHONE });
    const answer = await menteeContext.newPage();
    await answer.goto(asked.links.find((l) => l.includes("/still-going/"))!);
    await answer.getByRole("button", { name: "Yes, we go on" }).click();
    await answer.getByText("The organisers know your mentorship goes on.").waitFor();
    await checkA11y(answer, "the still-going page");
    await menteeContext.close();
    await page.reload();
    await stalledRow.getByText(new RegExp(`${stalled!.menteeName}: goes on`)).waitFor();
    await context.close();

    // A mentor who also manages the program sees it first, then their own dashboard below.
    await call("PUT", `/api/programs/${program.id}/managers`, JSON.stringify({ emails: [emails.mo] }));
    const moContext = await browser().newContext({ viewport: PHONE });
    const mo = await moContext.newPage();
    await signIn(mo, emails.mo);
    await mo.getByRole("heading", { name: "Hello, Mo Mentor" }).waitFor();
    expect(await mo.getByRole("heading", { level: 1 }).allInnerTexts()).toEqual([
      "Programs you organise",
      "Hello, Mo Mentor",
    ]);
    await mo.getByRole("heading", { name: program.name, level: 2 }).waitFor();
    expect(await mo.locator(".program-card").count()).toBe(1);
    await mo.getByRole("link", { name: "Programs you manage" }).waitFor();
    await checkA11y(mo, "the home of a mentor who manages a program");
    await moContext.close();
  });

  it("show how fast mentors answer, and satisfaction month by month, on a phone", async () => {
    const call = await adminApi(ADMIN);
    const { program, emails } = await seedProgram(call, {
      program: { name: `Choosing ${Date.now()}`, kind: "one-to-one" },
      people: { ada: "Ada Mentor,mentor", mia: "Mia Mentee,mentee" },
    });
    await call("PUT", `/api/programs/${program.id}/matching`, JSON.stringify({ mode: "choice", requestDays: 3 }));
    type Times = { items: { mentorId: string; email: string }[] };
    const times = await call<Times>("GET", `/api/programs/${program.id}/mentor-responses`);
    const ada = times.items.find((r) => r.email === emails.ada)!;
    const mia = await adminApi(emails.mia);
    await mia("POST", `/api/programs/${program.id}/requests`, JSON.stringify({ mentorIds: [ada.mentorId] }));
    const adaApi = await adminApi(emails.ada);
    const { received } = await adaApi<{ received: { id: string }[] }>("GET", "/api/me/requests");
    await adaApi("POST", `/api/requests/${received[0]!.id}/accept`);

    const context = await browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.goto(`${baseUrl}/admin/programs/${program.id}/insights`);
    const slowest = page.getByRole("table", { name: "Mentors who answer slowest" });
    await slowest.getByRole("row", { name: /Ada Mentor 1 0 Under an hour/ }).waitFor();
    await page.getByText("1 request to 1 mentor; answered on average in under an hour; 0 lapsed.").waitFor();
    // The default 12 weeks span three or four months, none with an answer yet.
    const months = page.getByRole("table", { name: "Satisfaction by month" }).getByRole("row");
    await expect.poll(() => months.count()).toBeGreaterThanOrEqual(4);
    expect(await months.nth(1).innerText()).toMatch(/0\s+—\s+—/);
    await checkA11y(page, "a program's insights with response times, at 390 px");
    await context.close();
  });
});
