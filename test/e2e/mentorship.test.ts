/**
 * A pair's own page in real Chromium: after a published matching run, the mentee (on a phone) opens
 * "Meetings and goals" from the dashboard, schedules a meeting (the mentor gets the invite, attached, as
 * the development mailbox shows), sets a goal with milestones and ticks one off to a celebration; the
 * mentor sees the goal read-only and comments; the mentee sees the comment. Axe checks the page, also at
 * 390 px.
 */
import { describe, expect, it } from "vitest";
import {
  DESKTOP,
  PHONE,
  adminApi,
  baseUrl,
  checkA11y,
  checkBothWidths,
  signIn,
  matchAndPublish,
  useBrowser,
  waitForMail,
} from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const browser = useBrowser();

describe("a mentorship's page", () => {
  it("takes a pair from the dashboard to a meeting, a goal with milestones and a comment", async () => {
    const call = await adminApi(adminOf("mentorship"));
    const stamp = Date.now();
    const { program, emails } = await seedProgram(call, {
      program: { name: `Pairs ${stamp}`, kind: "one-to-one" },
      people: { mo: "Mo Mentor,mentor", mia: "Mia Mentee,mentee" },
    });
    await matchAndPublish(call, program.id);

    const menteeContext = await browser().newContext({ viewport: PHONE });
    const mia = await menteeContext.newPage();
    await signIn(mia, emails.mia);
    await mia.getByRole("link", { name: "Meetings and goals with Mo Mentor" }).click();
    await mia.getByRole("heading", { name: "Your mentorship with Mo Mentor" }).waitFor();
    await mia.getByText("No meetings yet").waitFor();

    // A meeting: the date is required; then Mo gets the invite.
    await mia.getByRole("button", { name: "Schedule" }).click();
    await mia.getByText("Choose when it starts.").waitFor();
    await mia.getByLabel("Date and time").fill("2031-05-06T10:00");
    await mia.getByLabel("Place (optional)").fill("Café on 3");
    await mia.getByLabel("Agenda (optional)").fill("Career steps");
    await mia.getByRole("button", { name: "Schedule" }).click();
    await mia.getByText("Scheduled: your partner gets an invite by email.").waitFor();
    await mia.getByText("Agenda: Career steps").waitFor();
    await waitForMail(emails.mo, /Mia Mentee scheduled a meeting with you/, { after: stamp });

    // The invite travels with the mail: the development mailbox lists it, and its link gives the file.
    const mailboxPage = await menteeContext.newPage();
    await mailboxPage.goto(`${baseUrl}/dev/mail`);
    const files = mailboxPage.getByRole("list", { name: /Files sent with “Mia Mentee scheduled a meeting with you/ });
    const invite = files.first().getByRole("link", { name: "invite.ics" });
    await invite.waitFor();
    const ics = await (await fetch(`${baseUrl}${await invite.getAttribute("href")}`)).text();
    expect(ics).toMatch(/^METHOD:REQUEST\r$/m);
    expect(ics).toMatch(/^ORGANIZER;CN="Tandem":MAILTO:/m);
    await mailboxPage.close();

    // A goal with two milestones; ticking one is celebrated.
    await mia.getByLabel("Goal", { exact: true }).fill("Lead a sprint review");
    await mia.getByLabel("Milestone 1").fill("Watch two reviews");
    await mia.getByLabel("Milestone 2").fill("Draft the agenda");
    await mia.getByRole("button", { name: "Set goal" }).click();
    await mia.getByText("0 of 2 milestones").waitFor();
    // The box shows what the server saved, so it turns checked once the answer is in, not at the click.
    await mia.getByLabel("Watch two reviews").click();
    await mia.getByRole("status").filter({ hasText: "Milestone reached: Watch two reviews" }).waitFor();
    await mia.getByText("1 of 2 milestones").waitFor();
    await checkBothWidths(mia, "a mentorship's page");
    await mia.getByRole("link", { name: "← Dashboard" }).click();
    await mia
      .getByRole("list", { name: "Milestones reached with Mo Mentor" })
      .getByText(/You reached “Watch two reviews”/)
      .waitFor();
    await mia.getByRole("link", { name: "Meetings and goals with Mo Mentor" }).click();

    // Mo sees it read-only and comments.
    const mentorContext = await browser().newContext({ viewport: DESKTOP });
    const mo = await mentorContext.newPage();
    await signIn(mo, emails.mo);
    await mo.getByRole("link", { name: "Meetings and goals with Mia Mentee" }).click();
    await mo.getByRole("heading", { name: "Lead a sprint review" }).waitFor();
    expect(await mo.getByLabel("Watch two reviews").isDisabled()).toBe(true);
    expect(await mo.getByRole("button", { name: "Set goal" }).count()).toBe(0);
    await mo.getByLabel("Comment").fill("Try the demo first.");
    await mo.getByRole("button", { name: "Add comment on Lead a sprint review" }).click();
    await mo.getByRole("list", { name: "Comments on Lead a sprint review" }).getByText("Try the demo first.").waitFor();
    await checkA11y(mo, "a mentorship's page, as the mentor");

    await mia.reload();
    await mia.getByText("Try the demo first.").waitFor();
    await menteeContext.close();
    await mentorContext.close();
  });
});
