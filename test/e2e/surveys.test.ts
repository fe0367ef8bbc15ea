/**
 * Surveys in real Chromium: a manager writes a survey from scratch on the program's page; the clock
 * sends it; a mentee opens the emailed link on a phone without signing in, is told what is missing,
 * answers, and finds the answers again; the manager sees the response rate and that an anonymous
 * survey shows nothing while fewer than five people answered. Axe checks each page, also at 390 px.
 */
import { describe, expect, it } from "vitest";
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
  tickUntilMail,
} from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("surveys");

const browser = useBrowser();

describe("surveys", () => {
  it("goes from a manager's new survey to a mentee's answers on a phone and back to the results", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const { program, emails } = await seedProgram(call, {
      program: { name: `Circles ${stamp}`, kind: "group", startsOn: dayFromNow(0), endsOn: dayFromNow(90) },
      people: { ana: "Ana Mentee,mentee", ben: "Ben Mentee,mentee" },
      stamp,
    });

    // The admin writes the survey from scratch on the program's page.
    const admin = await (await browser().newContext({ viewport: DESKTOP })).newPage();
    await signIn(admin, ADMIN);
    await admin.goto(`${baseUrl}/admin/programs/${program.id}`);
    await admin.getByRole("link", { name: "Surveys" }).click();
    await admin.getByRole("heading", { name: `Surveys for ${program.name}` }).waitFor();
    await admin.getByRole("button", { name: "Add a survey" }).click();
    await admin.getByLabel("From scratch").check();
    await admin.getByRole("button", { name: "Continue" }).click();
    const title = `Kick-off ${stamp}`;
    await admin.getByLabel("Title").fill(title);
    await admin.getByLabel("Days", { exact: true }).fill("0");
    await admin.getByLabel("What").selectOption("program-start");
    await admin.getByText("Goes out on the program's first day").waitFor();
    await admin.getByLabel("Anonymous: answers are kept without names").check();
    const first = admin.getByRole("group", { name: "Question 1" });
    await first.getByLabel("Type").selectOption("rating");
    await first.getByLabel("Question", { exact: true }).fill("How useful was the kick-off?");
    await first.getByLabel("An answer is required").check();
    await admin.getByRole("button", { name: "Add a question" }).click();
    const second = admin.getByRole("group", { name: "Question 2" });
    await second.getByLabel("Type").selectOption("single");
    await second.getByLabel("Question", { exact: true }).fill("Will you come again?");
    await second.getByLabel("Options").fill("Yes");
    await admin.getByRole("button", { name: "Add the survey" }).click();
    await second.getByText("Give at least two options.").waitFor(); // the API's error, next to its field
    await checkBothWidths(admin, "the new-survey form with an error");
    await second.getByLabel("Options").fill("Yes\nNo\nNot sure");
    await admin.getByRole("button", { name: "Add the survey" }).click();
    await admin.getByText(`“${title}” is added`).waitFor();
    const card = admin.getByRole("listitem").filter({ hasText: title });
    await expect
      .poll(() => card.innerText())
      .toMatch(/on the program's first day[\s\S]*Anonymous[\s\S]*Nobody has been/);
    await checkBothWidths(admin, "the surveys page");

    // Before anyone answers, everything can change: here, how long it stays open.
    await card.getByRole("button", { name: `Change ${title}` }).click();
    await admin.getByLabel("Open for (days)").fill("10");
    await admin.getByRole("button", { name: "Save the survey" }).click();
    await expect.poll(() => card.innerText()).toMatch(/10 days/);

    // The clock sends it; a mentee answers through the emailed link on a phone, without signing in.
    const mail = await tickUntilMail(emails.ana, new RegExp(`^${title}$`));
    const link = mail.links.find((l) => l.includes("/s/"))!;
    const phone = await (await browser().newContext({ viewport: PHONE })).newPage();
    await phone.goto(link);
    await phone.getByRole("heading", { name: title }).waitFor();
    await phone.getByText("Your answers are anonymous").waitFor();
    await checkA11y(phone, "the survey on a phone");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phone.getByRole("button", { name: "Send my answers" }).click();
    const rating = phone.getByRole("group", { name: /How useful was the kick-off/ });
    await rating.getByText("Please answer this question.").waitFor();
    await expect.poll(() => phone.evaluate(() => document.activeElement?.getAttribute("name"))).toMatch(/^sq-/);
    await checkA11y(phone, "the survey with errors");
    await rating.getByLabel("4", { exact: true }).check();
    await phone.getByLabel("Yes", { exact: true }).check();
    await phone.getByRole("button", { name: "Send my answers" }).click();
    await phone.getByText(/Thank you: your answers are saved\. You can change them until/).waitFor();
    await phone.reload();
    await phone.getByRole("button", { name: "Save my changes" }).waitFor();
    expect(
      await phone
        .getByRole("group", { name: /How useful/ })
        .getByLabel("4", { exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await phone.getByLabel("Yes", { exact: true }).isChecked()).toBe(true);
    await phone.goto(`${baseUrl}/s/not-a-real-token-at-all`);
    await phone.getByRole("heading", { name: "This link does not open a survey." }).waitFor();

    // The admin reads the results: one of two answered, and an anonymous survey shows nothing under five.
    await admin.getByRole("link", { name: `View results of ${title}` }).click();
    await admin.getByRole("heading", { name: `Results: ${title}` }).waitFor();
    await admin.getByText("1 of 2 answered, 50%").waitFor();
    await admin.getByText(/Results appear once 5 people have answered/).waitFor();
    expect(await admin.getByText(/Average:/).count()).toBe(0);
    await checkBothWidths(admin, "the survey's results");
  });
});
