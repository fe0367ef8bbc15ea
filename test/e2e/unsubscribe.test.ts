/**
 * Unsubscribing in real Chromium: a reverse-mentoring introduction arrives (the development clock
 * starts the cycle), its footer link opens a page that unsubscribes with one click and no sign-in,
 * and the person's mail preferences show the category off and switch it back on.
 */
import { describe, expect, it } from "vitest";
import { PHONE, adminApi, checkA11y, dayFromNow, signIn, tickNow, useBrowser, waitForMail } from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("unsubscribe");

const browser = useBrowser();

describe("unsubscribing", () => {
  it("one click from a mail's footer, then the preferences page", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const { program, emails } = await seedProgram(call, {
      program: {
        name: `Reverse ${stamp}`,
        kind: "reverse",
        startsAt: dayFromNow(-1),
        endsAt: dayFromNow(40),
        cycleWeeks: 2,
      },
      people: {
        jo: "Jo Junior,junior,Sales,Associate,,UTC,1,,en,ai tools:3",
        sam: "Sam Senior,senior,Legal,Director,,UTC,20,,en,,ai tools:1",
      },
    });
    await call("POST", `/api/programs/${program.id}/rotations/plan`);
    await tickNow();
    const intro = await waitForMail(emails.jo, /your partner for cycle 1/, { after: stamp });
    expect(intro.text).toContain("Sam Senior");
    const link = intro.links.find((l) => l.includes("/unsubscribe?token="))!;

    // The link opens a page; only the button unsubscribes (mail scanners open links).
    const context = await browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByText("Stop getting “Reverse-mentoring introductions” emails from Tandem?").waitFor();
    await checkA11y(page, "the unsubscribe page");
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "You no longer get “Reverse-mentoring introductions” emails." })
      .waitFor();

    // Signed in, the preferences show it off; switching it back on is saved.
    await signIn(page, emails.jo);
    await page.goto(new URL("/preferences", link).href);
    const box = page.getByLabel("Reverse-mentoring introductions");
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await page.getByLabel("Matches and mentor requests").isChecked()).toBe(true);
    await box.check();
    await page.getByText("You get “Reverse-mentoring introductions” emails again.").waitFor();
    await checkA11y(page, "the mail preferences");
    await page.reload();
    await expect.poll(() => page.getByLabel("Reverse-mentoring introductions").isChecked()).toBe(true);
  });
});
