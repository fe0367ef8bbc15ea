/**
 * From a template to a pair on its journey, in real Chromium: an admin creates a program from the
 * "Onboarding buddies" template and sees its journey in the settings; once a pair is matched, the mentee
 * (on a phone) ticks the first step off on the mentorship page, the mentor sees the tick, and both confirm
 * the mentoring agreement. In a program that approves its mentors, a mentor applies from the dashboard and
 * a manager declines with a reason the mentor then reads. Axe checks the pages.
 */
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, adminApi, checkA11y, matchAndPublish, signIn, useBrowser } from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const browser = useBrowser();

describe("a program's journey", () => {
  it("goes from a template to a pair ticking a step and agreeing", async () => {
    const stamp = Date.now();
    const e = (who: string) => `${who}.${stamp}@example.com`;
    const name = `Buddies ${stamp}`;

    const adminContext = await browser().newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    await signIn(admin, adminOf("journey"));
    await admin.goto(admin.url().replace(/\/dashboard.*/, "/admin/programs/new"));
    await admin.getByLabel("Start from").selectOption({ label: "Onboarding buddies" });
    await admin.getByText("Week 1: Agree on goals and how you will meet").waitFor();
    await admin.getByLabel("Name").fill(name);
    await admin.getByRole("button", { name: "Create program" }).click();
    await admin.getByRole("heading", { name, level: 1 }).waitFor();
    await admin.getByRole("heading", { name: "Journey" }).waitFor();
    await expect
      .poll(() => admin.getByLabel("Step", { exact: true }).first().inputValue())
      .toBe("Agree on goals and how you will meet");
    await checkA11y(admin, "a program's settings with its journey");
    const programId = admin.url().split("/").pop()!;

    const call = await adminApi(adminOf("journey"));
    const csv = ["email,name,role", `${e("mo")},Mo Mentor,mentor`, `${e("mia")},Mia Mentee,mentee`].join("\n");
    await call("POST", `/api/programs/${programId}/people/import`, csv, "text/csv");
    await matchAndPublish(call, programId);

    // The mentee, on a phone, ticks the first step off.
    const mia = await (await browser().newContext({ viewport: PHONE })).newPage();
    await signIn(mia, e("mia"));
    await mia.getByRole("link", { name: "Meetings and goals with Mo Mentor" }).click();
    await mia.getByRole("heading", { name: "Your journey" }).waitFor();
    await mia.getByText("0 of 4 steps done").waitFor();
    await mia.getByLabel("Week 1: Agree on goals and how you will meet").check();
    await mia.getByText("1 of 4 steps done").waitFor();
    await checkA11y(mia, "the mentorship page with its journey, on a phone");
    expect(await mia.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The mentor sees the tick, and confirms the agreement first.
    const mo = await (await browser().newContext({ viewport: DESKTOP })).newPage();
    await signIn(mo, e("mo"));
    await mo.getByRole("link", { name: "Meetings and goals with Mia Mentee" }).click();
    await mo.getByText("1 of 4 steps done").waitFor();
    expect(await mo.getByLabel("Week 1: Agree on goals and how you will meet").isChecked()).toBe(true);
    await mo.getByRole("button", { name: "Confirm the agreement" }).click();
    await mo.getByText("You confirmed on").waitFor();

    await mia.reload();
    await mia.getByText("Mo Mentor confirmed.").waitFor();
    await mia.getByRole("button", { name: "Confirm the agreement" }).click();
    await mia.getByText("You both agreed to these terms.").waitFor();
    await mo.reload();
    await mo.getByText("You both agreed to these terms.").waitFor();
  }, 180_000);

  it("lets a mentor apply from the dashboard and a manager decline with a reason", async () => {
    const call = await adminApi(adminOf("journey"));
    const { program, emails } = await seedProgram(call, {
      program: { templateId: "leadership-development", name: `Leaders ${Date.now()}` },
      people: { ada: "Ada Mentor,mentor" },
    });

    const mentor = await (await browser().newContext({ viewport: PHONE })).newPage();
    await signIn(mentor, emails.ada);
    await mentor.getByLabel("Why you would like to mentor").fill("I like helping new leaders");
    await mentor.getByLabel("Your experience").fill("Ten years leading teams");
    await mentor.getByRole("button", { name: "Apply to mentor" }).click();
    await mentor.getByText("Your application to mentor waits for the organisers' decision.").waitFor();
    await checkA11y(mentor, "the dashboard with a mentor's application, on a phone");

    const admin = await (await browser().newContext({ viewport: DESKTOP })).newPage();
    await signIn(admin, adminOf("journey"));
    await admin.goto(admin.url().replace(/\/dashboard.*/, `/admin/programs/${program.id}`));
    await admin.getByRole("heading", { name: "Mentor applications" }).waitFor();
    await admin.getByRole("button", { name: "Decline Ada Mentor" }).click();
    await admin.getByText("Say why the application is declined; the mentor reads it.").waitFor();
    await admin.getByLabel(/Reason \(mailed to the mentor/).fill("We need mentors in Sales this round");
    await admin.getByRole("button", { name: "Decline Ada Mentor" }).click();
    await admin.getByText("Reason given: We need mentors in Sales this round").waitFor();
    await checkA11y(admin, "a program's mentor applications");

    await mentor.reload();
    await mentor.getByText(/not accepted\. “We need mentors in Sales this round” You may apply again\./).waitFor();
  }, 180_000);
});
