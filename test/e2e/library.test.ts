/**
 * The knowledge library in real Chromium: a pair turns their meeting notes into a "what we learned"
 * draft from their mentorship's page, both approve it there, and a mentee of another pair in the same
 * program finds it by searching the library with a typo, then opens it. Axe checks the pages.
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
} from "./harness";
import { seedProgram } from "./seed";
import { session } from "./stage";

const browser = useBrowser();

describe("the knowledge library", () => {
  it("shares what one pair learned with another pair of the program, once both approved", async () => {
    const call = await adminApi(adminOf("library"));
    const { program, emails } = await seedProgram(call, {
      program: { name: `Library ${Date.now()}`, kind: "one-to-one", skills: ["data analysis", "public speaking"] },
      people: {
        mo: { name: "Mo Mentor", role: "mentor", skills_offered: "data analysis:3", capacity: 1 },
        pia: { name: "Pia Mentor", role: "mentor", skills_offered: "public speaking:3", capacity: 1 },
        mia: { name: "Mia Mentee", role: "mentee", skills_sought: "data analysis:1" },
        pat: { name: "Pat Mentee", role: "mentee", skills_sought: "public speaking:1" },
      },
    });
    await matchAndPublish(call, program.id);

    // Mia opens her mentorship; a meeting of last week has her notes.
    const miaContext = await browser().newContext({ viewport: PHONE });
    const mia = await miaContext.newPage();
    await signIn(mia, emails.mia);
    await mia.getByRole("link", { name: /^Meetings and goals with/ }).click();
    const heading = await mia.getByRole("heading", { name: /^Your mentorship with/ }).textContent();
    const mentorName = heading!.replace("Your mentorship with ", "");
    const mentorEmail = mentorName === "Mo Mentor" ? emails.mo : emails.pia;
    const mentorshipId = new URL(mia.url()).pathname.split("/").pop()!;
    const miaApi = await session(baseUrl, emails.mia);
    const meeting = await miaApi.call<{ id: string }>("POST", `/api/mentorships/${mentorshipId}/meetings`, {
      startsAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      minutes: 45,
    });
    await miaApi.call("PUT", `/api/meetings/${meeting.id}/notes`, {
      notes: "Pivot tables answer most questions before any code is written.",
    });

    await mia.reload();
    await mia.getByRole("button", { name: "Draft what we learned" }).click();
    const title = `What we learned: ${mentorName} and Mia Mentee`;
    await mia.getByRole("link", { name: title }).waitFor();
    await mia.getByText(`Waiting for: Mia Mentee and ${mentorName}`).waitFor();
    await mia.getByRole("button", { name: "Approve" }).click();
    await mia.getByText(`Waiting for: ${mentorName}.`).waitFor();
    await checkBothWidths(mia, "a mentorship's page with a knowledge draft");

    // Not shared yet: Pat, of the other pair, finds nothing.
    const patContext = await browser().newContext({ viewport: DESKTOP });
    const pat = await patContext.newPage();
    await signIn(pat, emails.pat);
    await pat.goto(`${baseUrl}/library?q=pivot`);
    await pat.getByText("Nothing found").waitFor();

    // The mentor approves on their side of the page, and it is shared with the program.
    const mentorContext = await browser().newContext({ viewport: DESKTOP });
    const mentor = await mentorContext.newPage();
    await signIn(mentor, mentorEmail);
    await mentor.goto(`${baseUrl}/mentorships/${mentorshipId}`);
    await mentor.getByRole("button", { name: "Approve" }).click();
    await mentor.getByRole("heading", { name: new RegExp(`${title}\\s+published`) }).waitFor();

    // Pat searches with a typo and finds it, the words found marked in the snippet.
    await pat.getByRole("link", { name: "Library", exact: true }).click();
    await pat.getByLabel("Search the library").fill("pivot tabels");
    await pat.getByRole("button", { name: "Search" }).click();
    const hit = pat.getByRole("list", { name: "Results" }).getByRole("link", { name: title });
    await hit.waitFor();
    await pat.locator(".snippet mark", { hasText: "Pivot" }).first().waitFor();
    await checkA11y(pat, "the library's search");
    await hit.click();
    await pat.getByRole("heading", { name: title }).waitFor();
    await pat.getByText("Pivot tables answer most questions").waitFor();
    expect(await pat.getByRole("button", { name: "Approve" }).count()).toBe(0);
    await checkA11y(pat, "a library entry");

    await miaContext.close();
    await patContext.close();
    await mentorContext.close();
  });
});
