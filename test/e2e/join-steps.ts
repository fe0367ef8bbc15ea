/**
 * Signing up through the three steps on a phone, as a newcomer would: a wrong answer stops a step at
 * its field, going back keeps what was typed, the questions follow the role, the pickers work with
 * the keyboard and by touch, and a refusal from the API about step one takes the person back there.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { checkA11y } from "./harness";

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const current = (page: Page) => page.locator('.join-progress [aria-current="step"]').innerText();

/** Axe, nothing wider than the screen, and every control of the form at least 44 px tall. */
async function checkStep(page: Page, label: string) {
  await checkA11y(page, label);
  const width = page.viewportSize()!.width;
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${label} fits the phone`,
  ).toBeLessThanOrEqual(width);
  const small = await page.evaluate(() =>
    // A radio button or a checkbox is tapped through its label, which is the target to measure.
    [...document.querySelectorAll(".join-form :is(button, input, select, .choice label, .skill label, [role=option])")]
      .map((el) => el as HTMLElement)
      .filter((el) => el.offsetParent !== null && !(el instanceof HTMLInputElement && /radio|checkbox/.test(el.type)))
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName.toLowerCase()} “${el.textContent || el.id}”`),
  );
  expect(small, `${label}: tap targets under 44 px`).toEqual([]);
  // On a phone only the current step's title takes room; with room every title shows.
  const titles = await page.$$eval(".join-progress li", (steps) =>
    steps.map((li) => ({
      current: li.getAttribute("aria-current") === "step",
      shown: li.querySelector(".join-progress-title")!.getBoundingClientRect().width > 1,
    })),
  );
  expect(titles.length, `${label}: the steps`).toBeGreaterThan(1);
  for (const step of titles) expect(step.shown, `${label}: a step's title shows`).toBe(step.current || width > 480);
}

export async function joinInSteps(page: Page, email: string) {
  const steps = page.getByRole("list", { name: "Sign-up steps" });
  await expect.poll(() => steps.getByRole("listitem").count()).toBe(3);
  expect(await current(page)).toMatch(/Step 1 of 3\s+About you/);
  await checkStep(page, "join step 1");

  // Nothing typed: the step stays, says why at the field, and puts the cursor there.
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText("Enter your name.").waitFor();
  await expect.poll(() => focusedId(page)).toBe("name");
  // A control character passes the page's own check; the API refuses it after the last step.
  await page.getByLabel("Your name").fill("Nia\u202eNewcomer");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Mentor", { exact: true }).check();
  await page.getByLabel("Department").fill("Design");
  await page.getByRole("button", { name: "Next" }).click();

  // A mentor is asked what they offer and how many mentees, not what they seek.
  await page.getByRole("heading", { name: /What you offer$/ }).waitFor();
  expect(await current(page)).toMatch(/Step 2 of 3\s+What you offer/);
  await page.getByRole("group", { name: "Skills you can share" }).waitFor();
  expect(await page.getByLabel("How many mentees can you take?").count()).toBe(1);
  expect(await page.getByRole("group", { name: "Skills you want to grow" }).count()).toBe(0);
  await checkStep(page, "join step 2 as a mentor");

  // Back keeps every answer; as a mentee the same step asks what they seek instead.
  await page.getByRole("button", { name: "Back" }).click();
  await expect.poll(() => focusedId(page)).toBe("join-step");
  expect(await page.getByLabel("Work email").inputValue()).toBe(email);
  expect(await page.getByLabel("Department").inputValue()).toBe("Design");
  await page.getByLabel("Mentee", { exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { name: /What you seek$/ }).waitFor();
  expect(await page.getByLabel("How many mentees can you take?").count()).toBe(0);
  expect(await page.getByRole("group", { name: "Skills you can share" }).count()).toBe(0);
  await page.getByLabel("ux research").check();
  await page.getByLabel("What do you want to achieve in this program?").fill("Run my first usability study");
  await checkStep(page, "join step 2 as a mentee");
  await page.getByRole("button", { name: "Next" }).click();

  // Preferences: the zone comes from the device, named by its city; picked again with the keyboard.
  await page.getByRole("heading", { name: /Preferences$/ }).waitFor();
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await expect.poll(() => zone.inputValue()).toBe("Kolkata (UTC+05:30)");
  await checkStep(page, "join step 3");
  await zone.fill("+05:30");
  await page.getByRole("option", { name: "Kolkata (UTC+05:30)" }).waitFor();
  await zone.fill("Berl");
  const berlin = page.getByRole("option", { name: /^Berlin \(UTC\+0[12]:00\)$/ });
  await berlin.waitFor();
  await checkA11y(page, "the time-zone picker, open");
  await zone.press("ArrowDown");
  const berlinId = await berlin.getAttribute("id");
  await expect.poll(() => zone.getAttribute("aria-activedescendant")).toBe(berlinId);
  await zone.press("Enter");
  await expect.poll(() => zone.inputValue()).toMatch(/^Berlin \(UTC\+0[12]:00\)$/);
  // The list closes on the render after the pick: wait for it rather than read it at once.
  await expect.poll(() => zone.getAttribute("aria-expanded")).toBe("false");

  // Languages by name: one tapped, one picked with Enter, each kept as its code.
  const languages = page.getByRole("combobox", { name: "Languages you can meet in" });
  await languages.fill("deutsch");
  await page.getByRole("option", { name: "German", exact: true }).click();
  await languages.fill("portuguese (bra");
  await page.getByRole("option", { name: "Portuguese (Brazil)" }).waitFor();
  await languages.press("Enter");
  const chosen = page.getByRole("list", { name: /Languages you can meet in: chosen/ });
  await expect
    .poll(() => chosen.getByRole("listitem").allInnerTexts())
    .toEqual([expect.stringContaining("German"), expect.stringContaining("Portuguese (Brazil)")]);
  await page.getByRole("button", { name: "Remove German" }).waitFor();
  await languages.press("Escape");
  await checkStep(page, "join step 3 with languages chosen");

  // Without consent the last step stays; then the API refuses step one's name and takes us back there.
  const send = page.getByRole("button", { name: "Send my confirmation link" });
  await send.click();
  await page.getByText("Agree to the privacy notice to sign up.").waitFor();
  await expect.poll(() => focusedId(page)).toBe("consent");
  await page.getByLabel("I agree to the privacy notice above").check();
  await send.click();
  await page.getByText("A name cannot contain control or text-direction characters.").waitFor();
  expect(await current(page)).toMatch(/Step 1 of 3/);
  await expect.poll(() => focusedId(page)).toBe("name");
  await page.getByLabel("Your name").fill("Nia Newcomer");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect.poll(() => zone.inputValue()).toMatch(/^Berlin/);
  await send.click();
}
