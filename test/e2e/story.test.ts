/**
 * The whole story in real Chromium: an admin creates a program from the "Leadership development"
 * template (its starter resources in the program's library); a would-be mentor applies on the program's
 * mentor-application page and the manager accepts; once pairs are matched, a mentee ticks the journey's
 * first step on the mentorship page and drafts what the pair learned; the mentor, led by the review mail
 * to the draft's page, edits it (told that the mentee's approval is reset), and both approve; a mentee of
 * another pair finds it by searching the library. Axe checks the new pages.
 */
import { describe, expect, it } from "vitest";
import { adminOf } from "./admins";
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
import { session } from "./stage";

const browser = useBrowser();
const FIRST_STEP = "Week 1: Agree on goals and how you will meet";

describe("from a template to knowledge another pair finds", () => {
  it("runs a program from its template to a pair's approved knowledge, found by another pair", async () => {
    const stamp = Date.now();
    const e = (who: string) => `${who}.${stamp}@example.com`;
    const name = `Leaders ${stamp}`;

    // The admin starts the program from a template; its starter resources are in its library.
    const admin = await (await browser().newContext({ viewport: DESKTOP })).newPage();
    await signIn(admin, adminOf("story"));
    await admin.goto(`${baseUrl}/admin/programs/new`);
    await admin.getByLabel("Start from").selectOption({ label: "Leadership development" });
    await admin.getByLabel("Name").fill(name);
    await admin.getByRole("button", { name: "Create program" }).click();
    await admin.getByRole("heading", { name, level: 1 }).waitFor();
    const programId = new URL(admin.url()).pathname.split("/").pop()!;
    await admin.goto(`${baseUrl}/admin/programs/${programId}/library`);
    await admin.getByRole("link", { name: "The first 90 days as a new manager" }).waitFor();

    const call = await adminApi(adminOf("story"));
    const csv = [
      "email,name,role,capacity",
      `${e("mo")},Mo Mentor,mentor,1`,
      `${e("pia")},Pia Mentor,mentor,1`,
      `${e("mia")},Mia Mentee,mentee,`,
      `${e("pat")},Pat Mentee,mentee,`,
    ].join("\n");
    await call("POST", `/api/programs/${programId}/people/import`, csv, "text/csv");

    // Mo applies on the program's mentor-application page; the manager accepts.
    const mo = await (await browser().newContext({ viewport: PHONE })).newPage();
    await signIn(mo, e("mo"));
    await mo.goto(`${baseUrl}/programs/${programId}/mentor-application`);
    await mo.getByRole("heading", { name: `Mentoring in ${name}` }).waitFor();
    await mo.getByLabel("Why you would like to mentor").fill("I like helping new leaders grow");
    await mo.getByLabel("Your experience").fill("Twelve years leading product teams");
    await mo.getByRole("button", { name: "Apply to mentor" }).click();
    await mo.getByText("Your application to mentor waits for the organisers' decision.").waitFor();
    await checkA11y(mo, "the mentor-application page, on a phone");

    await admin.goto(`${baseUrl}/admin/programs/${programId}`);
    await admin.getByRole("button", { name: "Accept Mo Mentor" }).click();
    await admin.getByRole("heading", { name: /Mo Mentor\s+accepted/ }).waitFor();
    await mo.reload();
    await mo.getByText("Your application to mentor was accepted: you can be matched.").waitFor();

    // Pia applies and is accepted through the API, so both mentors can be matched.
    const pia = await session(baseUrl, e("pia"));
    const applied = await pia.call<{ id: string }>("POST", `/api/programs/${programId}/mentor-applications`, {
      why: "To pass on what I learned",
      experience: "Eight years as a team lead",
    });
    await call(
      "POST",
      `/api/programs/${programId}/mentor-applications/${applied.id}/decide`,
      JSON.stringify({ decision: "accept" }),
    );
    await matchAndPublish(call, programId);

    // Mia ticks the journey's first step on her mentorship page.
    const mia = await (await browser().newContext({ viewport: PHONE })).newPage();
    await signIn(mia, e("mia"));
    await mia.getByRole("link", { name: /^Meetings and goals with/ }).click();
    const heading = await mia.getByRole("heading", { name: /^Your mentorship with/ }).textContent();
    const mentorName = heading!.replace("Your mentorship with ", "");
    const mentorEmail = mentorName === "Mo Mentor" ? e("mo") : e("pia");
    const mentorshipId = new URL(mia.url()).pathname.split("/").pop()!;
    await mia.getByLabel(FIRST_STEP).check();
    await mia.getByText(/^1 of \d+ steps done/).waitFor();

    // A meeting of last week has her notes; she drafts what they learned and approves it.
    const miaApi = await session(baseUrl, e("mia"));
    const meeting = await miaApi.call<{ id: string }>("POST", `/api/mentorships/${mentorshipId}/meetings`, {
      startsAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      minutes: 45,
    });
    await miaApi.call("PUT", `/api/meetings/${meeting.id}/notes`, {
      notes: `Delegate the outcome, not the steps: the zeppelin rule ${stamp}.`,
    });
    await mia.reload();
    const drafted = Date.now();
    await mia.getByRole("button", { name: "Draft what we learned" }).click();
    await mia.getByRole("link", { name: `What we learned: ${mentorName} and Mia Mentee` }).waitFor();
    await mia.getByRole("button", { name: "Approve" }).click();
    await mia.getByText(`Waiting for: ${mentorName}.`).waitFor();

    // The mentor follows the review mail to the draft, edits it and is told Mia must approve again.
    const review = await waitForMail(mentorEmail, /please review it/, { after: drafted });
    const mentor = await (await browser().newContext({ viewport: DESKTOP })).newPage();
    await signIn(mentor, mentorEmail);
    await mentor.goto(review.links.find((l) => l.includes("/library/"))!);
    await mentor.getByRole("button", { name: "Edit the draft" }).click();
    await mentor
      .getByText("Mia Mentee approved it as it is: saving your changes asks them to approve again.")
      .waitFor();
    const title = `Delegating outcomes ${stamp}`;
    await mentor.getByLabel("Title").fill(title);
    await checkBothWidths(mentor, "a knowledge draft being edited");
    await mentor.getByRole("button", { name: "Save changes" }).click();
    await mentor.getByRole("heading", { name: title, level: 1 }).waitFor();
    await mentor.getByText(`Waiting for: ${[mentorName, "Mia Mentee"].sort().join(" and ")}.`).waitFor();
    await mentor.getByRole("button", { name: "Approve" }).click();
    await mentor.getByText("Waiting for: Mia Mentee.").waitFor();

    await mia.reload();
    await mia.getByRole("button", { name: "Approve" }).click();
    await mia.getByRole("heading", { name: new RegExp(`${title}\\s+published`) }).waitFor();

    // Pat, of the other pair, finds it in the library.
    const pat = await (await browser().newContext({ viewport: DESKTOP })).newPage();
    await signIn(pat, e("pat"));
    await pat.getByRole("link", { name: "Library", exact: true }).click();
    await pat.getByLabel("Search the library").fill("zeppelin");
    await pat.getByRole("button", { name: "Search" }).click();
    const hit = pat.getByRole("list", { name: "Results" }).getByRole("link", { name: title });
    await hit.click();
    await pat.getByText(`the zeppelin rule ${stamp}`).waitFor();
    expect(await pat.getByRole("button", { name: "Edit the draft" }).count()).toBe(0);
  }, 240_000);
});
