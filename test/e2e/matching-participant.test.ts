/**
 * Mentee's choice in real Chromium: the admin sets up a program in choice mode through the API; the
 * mentee compares suggested mentors with what they share highlighted, ranks two and sends the request;
 * the first-choice mentor (a separate browser) finds it under Requests and accepts; the mentee sees the
 * mentorship on their dashboard and ends it early with a no-fault reason. Axe checks each page at
 * desktop width and on a 390 px phone.
 */
import { describe, expect, it } from "vitest";
import { DESKTOP, adminApi, baseUrl, checkA11y, checkBothWidths, useBrowser, signIn } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();

describe("choosing a mentor", () => {
  it("takes a mentee from suggestions to a request, a mentor to accepting it, and the mentee to ending it early", async () => {
    const call = await adminApi();
    const { program, emails } = await seedProgram(call, {
      program: {
        name: `Choice Mentoring ${Date.now()}`,
        kind: "one-to-one",
        skills: ["public speaking", "data analysis"],
      },
      people: {
        ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,data analysis:3;public speaking:2,,,1",
        ben: "Ben Mentor,mentor,Finance,Controller,London,Europe/London,12,,en,public speaking:3,,,1",
        mia: "Mia Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,data analysis:2;public speaking:1,get better at data analysis,",
      },
    });
    await call("PUT", `/api/programs/${program.id}/matching`, JSON.stringify({ mode: "choice", requestDays: 3 }));

    // The mentee compares the suggestions side by side.
    const menteeContext = await browser().newContext({ viewport: DESKTOP });
    const mentee = await menteeContext.newPage();
    const consoleErrors: string[] = [];
    mentee.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await signIn(mentee, emails.mia);
    await mentee.getByRole("link", { name: `Choose your mentor in ${program.name}` }).click();
    await mentee.getByRole("heading", { name: `Choose your mentor in ${program.name}` }).waitFor();
    const cards = mentee.getByRole("list", { name: "Suggested mentors" }).getByRole("listitem");
    await cards.first().waitFor();
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    const ada = cards.filter({ has: mentee.getByRole("heading", { name: "Ada Mentor" }) });
    const sharedSkills = await ada.locator("mark").allInnerTexts();
    expect(sharedSkills.filter((t) => /data analysis/.test(t))).toHaveLength(1);
    expect(sharedSkills.every((t) => /shared/.test(t))).toBe(true); // said in words, not colour alone
    await expect.poll(() => ada.getByText("You both care about data analysis").count()).toBe(1);
    await ada.getByText(/How the score adds up/).click();
    await expect.poll(() => ada.getByText("Skills", { exact: true }).count()).toBe(1);
    await checkBothWidths(mentee, "the choose-mentor page");

    // Rank two, swap them and swap them back, and send.
    await mentee.getByRole("button", { name: "Add Ada Mentor as 1st choice" }).click();
    const focused = () => mentee.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focused).toBe("Remove Ada Mentor from choices"); // focus stays on the card
    await mentee.getByRole("button", { name: "Add Ben Mentor as 2nd choice" }).click();
    const choices = mentee.locator(".choice-list > li");
    await mentee.getByRole("button", { name: "Move Ben Mentor up" }).click();
    await expect.poll(() => choices.allInnerTexts()).toEqual([expect.stringMatching(/1st.*Ben/s), expect.any(String)]);
    await mentee.getByRole("button", { name: "Move Ben Mentor down" }).click();
    await expect.poll(() => choices.first().innerText()).toMatch(/1st choice\s*Ada Mentor/);
    await checkA11y(mentee, "the choose-mentor page with choices");
    await mentee.getByLabel("A message to your mentors (optional)").fill("I would love to learn SQL from you.");
    await mentee.getByText("has 3 days to answer").waitFor();
    await mentee.getByRole("button", { name: "Send request" }).click();
    await mentee.getByRole("heading", { name: "Your request" }).waitFor();
    await mentee.getByText(/Ada Mentor has your request now and has until .* to answer/).waitFor();
    const steps = mentee.locator(".chain-step");
    await expect
      .poll(() => steps.allInnerTexts())
      .toEqual([
        expect.stringMatching(/1st choice.*Ada Mentor.*Waiting for an answer/s),
        expect.stringMatching(/2nd choice.*Ben Mentor.*Waiting its turn/s),
      ]);
    await mentee.getByRole("button", { name: "Withdraw request" }).waitFor();
    await checkBothWidths(mentee, "the request status");
    // Coming back later: the open request (the API's 409 request_open) shows where it stands.
    await mentee.reload();
    await mentee.getByText(/Ada Mentor has your request now/).waitFor();

    // Ada sees it on her dashboard, sets her seats, pauses and resumes, and opens Requests.
    const mentorContext = await browser().newContext({ viewport: DESKTOP });
    const mentor = await mentorContext.newPage();
    await signIn(mentor, emails.ada);
    await mentor.getByRole("link", { name: "Answer Mia Mentee's request" }).waitFor();
    const seats = mentor.getByLabel(`How many mentees can you take in ${program.name}?`);
    await expect.poll(() => seats.inputValue()).toBe("1");
    await seats.fill("2");
    await mentor.getByRole("button", { name: `Save how many mentees you can take in ${program.name}` }).click();
    await mentor.getByText(`Saved: you can mentor 2 people in ${program.name}.`).waitFor();
    await mentor.getByRole("button", { name: `Pause new requests in ${program.name}` }).click();
    await mentor.getByText("You are not taking new requests now.").waitFor();
    await mentor.getByRole("button", { name: `Resume new requests in ${program.name}` }).click();
    await mentor.getByText("You are taking new requests.").waitFor();
    await checkBothWidths(mentor, "the mentor's dashboard");

    await mentor.getByRole("link", { name: "Answer Mia Mentee's request" }).click();
    await mentor.getByRole("heading", { name: "Mentor requests" }).waitFor();
    const request = mentor.getByRole("listitem").filter({ has: mentor.getByRole("heading", { name: "Mia Mentee" }) });
    await request.getByText("I would love to learn SQL from you.").waitFor();
    await request.getByText("get better at data analysis").waitFor();
    await request.getByText(/Please answer by/).waitFor();
    await checkBothWidths(mentor, "the requests page");

    // Declining asks first, with focus on the safe answer; Escape closes and gives focus back.
    const decline = mentor.getByRole("button", { name: "Decline Mia Mentee's request" });
    await decline.click();
    const dialog = mentor.getByRole("dialog", { name: "Decline Mia Mentee's request?" });
    await dialog.waitFor();
    await expect.poll(() => mentor.evaluate(() => document.activeElement?.textContent)).toBe("Keep it");
    await checkA11y(mentor, "the decline dialog");
    await mentor.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => decline.evaluate((b) => b === document.activeElement)).toBe(true);

    await mentor.getByRole("button", { name: "Accept Mia Mentee's request" }).click();
    await mentor.getByText(/You accepted\. You are now Mia Mentee's mentor/).waitFor();
    await mentor.getByText("No requests are waiting for your answer.").waitFor();

    // The mentee's dashboard shows the mentorship; she ends it early, without blame.
    await mentee.goto(`${baseUrl}/dashboard`);
    const mentorship = mentee
      .locator(".mentorship")
      .filter({ has: mentee.getByRole("heading", { name: "Ada Mentor" }) });
    await mentorship.getByText("Active", { exact: true }).waitFor();
    await mentorship.getByRole("link", { name: emails.ada }).waitFor();
    await mentorship.getByText("Your mentor", { exact: true }).waitFor();
    await mentorship.getByText(/Why you were matched:.*data analysis/).waitFor(); // kept from accepting the request
    expect(await mentee.getByRole("link", { name: `Choose your mentor in ${program.name}` }).count()).toBe(0);
    await checkBothWidths(mentee, "the mentee's dashboard");

    await mentorship.getByRole("button", { name: "More actions for your mentorship with Ada Mentor" }).click();
    await mentorship.getByRole("menuitem", { name: "End early" }).click();
    const end = mentee.getByRole("dialog", { name: "End your mentorship with Ada Mentor?" });
    await end.getByText("It is okay to part company.", { exact: false }).waitFor();
    await checkA11y(mentee, "the end-early dialog");
    await end.getByRole("button", { name: "End mentorship" }).click();
    await end.getByText("Choose the reason that fits best.").waitFor();
    await end.getByLabel("Not the right fit").check();
    await end.getByLabel("Anything the organisers should know? (optional)").fill("We work very different hours.");
    await end.getByRole("button", { name: "End mentorship" }).click();
    await mentee.getByText("Your mentorship with Ada Mentor has ended.", { exact: false }).waitFor();
    await mentorship.getByText("Ended early", { exact: true }).waitFor();
    await mentorship.getByText(/Not the right fit/).waitFor();
    // She can choose again.
    await mentee.getByRole("link", { name: `Choose your mentor in ${program.name}` }).waitFor();

    expect(consoleErrors.filter((m) => /Content Security Policy|Uncaught/i.test(m))).toEqual([]);
    await menteeContext.close();
    await mentorContext.close();
  });
});
