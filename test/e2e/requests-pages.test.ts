/**
 * A much-asked mentor's Requests page in real Chromium: 52 mentees each ask the same mentor; the page
 * shows the first 50 with how many wait, and "Show more" brings the rest.
 */
import { adminOf } from "./admins";
import { describe, expect, it } from "vitest";
import { DESKTOP, adminApi, baseUrl, signIn, useBrowser } from "./harness";
import { seedProgram } from "./seed";

const browser = useBrowser();
const MENTEES = 52;

describe("a mentor's waiting requests", () => {
  it("come 50 at a time, with Show more for the rest", async () => {
    const call = await adminApi(adminOf("requests"));
    const { program, emails } = await seedProgram<"asked" | `m${number}`>(call, {
      program: { name: `Much asked ${Date.now()}`, kind: "one-to-one", skills: ["public speaking"] },
      people: {
        asked: "Asked Mentor,mentor,Engineering,Lead,Berlin,Europe/Berlin,15,,en,public speaking:3,,,50",
        ...Object.fromEntries(
          Array.from({ length: MENTEES }, (_, i) => [
            `m${i}`,
            `Mentee ${String(i).padStart(2, "0")},mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,public speaking:1,speak up`,
          ]),
        ),
      },
    });
    await call("PUT", `/api/programs/${program.id}/matching`, JSON.stringify({ mode: "choice", requestDays: 3 }));
    for (let i = 0; i < MENTEES; i++) {
      const mentee = await adminApi(emails[`m${i}`]!);
      const { suggestions } = await mentee<{ suggestions: { mentor: { id: string } }[] }>(
        "GET",
        `/api/programs/${program.id}/suggestions`,
      );
      const mentorIds = [suggestions[0]!.mentor.id];
      await mentee("POST", `/api/programs/${program.id}/requests`, JSON.stringify({ mentorIds }));
    }

    const page = await (await browser().newContext({ viewport: DESKTOP })).newPage();
    await signIn(page, emails.asked);
    await page.goto(`${baseUrl}/requests`);
    await page.getByRole("heading", { name: "Waiting for your answer" }).waitFor();
    const cards = page.locator("li.request");
    await expect.poll(() => cards.count()).toBe(50);
    await page.getByText("50 of 52 shown").waitFor();
    await page.getByRole("button", { name: "Show more" }).click();
    await expect.poll(() => cards.count()).toBe(MENTEES);
    await expect.poll(() => page.getByRole("button", { name: "Show more" }).count()).toBe(0);
    const names = await cards.locator("h3").allInnerTexts();
    expect(new Set(names).size).toBe(MENTEES);
  }, 240_000);
});
