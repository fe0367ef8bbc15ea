/**
 * The newcomer's journey in real Chromium: the admin signs in with a magic link from the development
 * mailbox, creates a program, and copies its link; someone else opens it on a phone, signs up as a
 * mentee in three steps, confirms by email, and lands on a dashboard showing the program.
 */
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { adminApi, baseUrl, checkA11y, PHONE, useBrowser, waitForMail, type Program } from "./harness";
import { joinInSteps } from "./join-steps";

const browser = useBrowser();

async function openMailedLink(page: Page, to: string, subject: RegExp, after: number, button: string) {
  const mail = await waitForMail(to, subject, { after });
  const link = mail.links.find((l) => l.includes("/auth/verify?token="))!;
  const asked: string[] = [];
  const track = (r: Request) => r.url().includes("/api/auth/confirmation") && asked.push(r.url());
  page.on("request", track);
  await page.goto(link);
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL(/\/dashboard/);
  page.off("request", track);
  // The page asks what the link confirms once: after the token is used, asking again would be refused.
  expect(asked).toHaveLength(1);
}

/** Signs `email` up through the program's link from outside the browser; returns when it was sent. */
async function joinByApi(slug: string, key: string, fields: Record<string, unknown>) {
  const sent = Date.now();
  const res = await fetch(`${baseUrl}/api/join/${slug}`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ key, consent: true, ...fields }),
  });
  expect(res.status).toBe(202);
  return sent;
}

describe("joining a program through its shared link", () => {
  it("takes an admin from sign-in to a new program, and a newcomer from its link to their dashboard", async () => {
    const adminContext = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await adminContext.newPage();
    const cspErrors: string[] = [];
    admin.on("console", (m) => m.type() === "error" && cspErrors.push(m.text()));

    const start = Date.now();
    await admin.goto(`${baseUrl}/signin`);
    await admin.getByLabel("Work email").fill("admin@example.com");
    await admin.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect.poll(() => admin.getByText("Check your email").count()).toBe(1);
    // The admin opens the link from the development mailbox page, as the README tells a newcomer to.
    await waitForMail("admin@example.com", /sign-in link/, { after: start });
    await admin.goto(`${baseUrl}/dev/mail`);
    await admin.getByRole("heading", { name: "Development mailbox" }).waitFor();
    await admin
      .getByRole("link", { name: /Open the link in “Your Tandem sign-in link”/ })
      .first()
      .click();
    await admin.getByRole("button", { name: "Sign in" }).click();
    await admin.waitForURL(/\/dashboard/);
    await admin.getByRole("heading", { name: "Programs you organise" }).waitFor();

    await admin.getByRole("link", { name: "Manage programs" }).click();
    await admin.getByRole("link", { name: "New program" }).click();
    const name = `Design Mentoring ${Date.now()}`;
    await admin.getByLabel("Name", { exact: true }).fill(name);
    await admin.getByLabel("Skills vocabulary").fill("ux research, public speaking");
    await admin.getByRole("button", { name: "Create program" }).click();
    await admin.getByRole("heading", { name }).waitFor();
    await checkA11y(admin, "the program editor");
    const signupUrl = await admin.getByLabel("Anyone with this link can sign up").inputValue();
    expect(signupUrl).toMatch(new RegExp(`^${baseUrl}/join/design-mentoring-\\d+\\?key=`));

    // A private window on a phone in India: nothing shared with the admin's session.
    const visitorContext = await browser().newContext({ viewport: PHONE, timezoneId: "Asia/Kolkata" });
    const visitor = await visitorContext.newPage();
    await visitor.goto(signupUrl);
    await visitor.getByRole("heading", { name: `Join ${name}` }).waitFor();
    const email = `newcomer.${Date.now()}@example.com`;
    await joinInSteps(visitor, email);
    await visitor.getByRole("heading", { name: "Check your email" }).waitFor();

    const mail = await waitForMail(email, /Confirm your sign-up/, { after: start });
    await visitor.goto(mail.links.find((l) => l.includes("/auth/verify?token="))!);
    await visitor.getByRole("heading", { name: `Confirm your place in ${name}` }).waitFor();
    await checkA11y(visitor, "the confirmation page");
    // The page says what just happened while the dashboard loads: every status line shown is noted.
    await visitor.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { seenStatus: seen });
      const note = () => document.querySelectorAll('[role="status"]').forEach((el) => seen.push(el.textContent ?? ""));
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await visitor.getByRole("button", { name: "Confirm my place" }).click();
    await visitor.waitForURL(/\/dashboard/);
    const seen = await visitor.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
    expect(seen).toContain(`Your place in ${name} is confirmed. Opening your dashboard…`);
    const card = visitor.getByRole("listitem").filter({ hasText: name });
    await card.getByText("Active").waitFor();
    await expect.poll(() => card.getByText("mentee").count()).toBe(1);
    await checkA11y(visitor, "the dashboard");
    // What the steps asked arrived as the API stores it: zone ids and language codes.
    const me = await visitor.evaluate(() => fetch("/api/me").then((r) => r.json()));
    expect(me.person).toMatchObject({ name: "Nia Newcomer", timezone: "Europe/Berlin", languages: ["de", "pt-br"] });
    expect(me.enrollments[0]).toMatchObject({ role: "mentee", goals: "Run my first usability study" });
    expect(me.enrollments[0].skillsSought).toEqual([{ name: "ux research", level: 2 }]);
    // The profile page shows the same pickers with what was stored, and saves what is changed there.
    await visitor.goto(`${baseUrl}/profile`);
    const zone = visitor.getByRole("combobox", { name: "Time zone" });
    await expect.poll(() => zone.inputValue()).toMatch(/^Berlin \(UTC\+0[12]:00\)$/);
    await visitor.getByRole("button", { name: "Remove German" }).click();
    await checkA11y(visitor, "the profile page");
    await visitor.getByRole("button", { name: "Save profile" }).click();
    await visitor.getByText("Your profile is saved.").waitFor();
    const saved = await visitor.evaluate(() => fetch("/api/me").then((r) => r.json()));
    expect(saved.person).toMatchObject({ timezone: "Europe/Berlin", languages: ["pt-br"] });

    // The admin sees the newcomer as an active participant.
    await admin.getByRole("link", { name: /Participants/ }).click();
    await admin.getByRole("cell", { name: email }).waitFor();
    await checkA11y(admin, "the participants page");

    // Rotating the link retires the one the newcomer used.
    await admin.getByRole("link", { name: `← ${name}` }).click();
    await admin.getByRole("button", { name: "Rotate link" }).click();
    await admin
      .getByRole("dialog", { name: "Make a new link?" })
      .getByRole("button", { name: "Make a new link" })
      .click();
    await admin.getByText("The old one no longer works.").waitFor();
    const stale = await visitorContext.newPage();
    await stale.goto(signupUrl);
    await stale.getByRole("heading", { name: "This sign-up link no longer works" }).waitFor();

    expect(cspErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await adminContext.close();
    await visitorContext.close();
  });

  it("shows someone signing up again what will change on their profile before they confirm it", async () => {
    const api = await adminApi();
    const program = await api<Program>(
      "POST",
      "/api/programs",
      JSON.stringify({ name: `Confirm ${Date.now()}`, kind: "one-to-one" }),
    );
    const key = new URL(program.signupUrl).searchParams.get("key")!;
    const email = `returning.${Date.now()}@example.com`;
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // With room, every step's title shows (on a phone only the current one does: join-steps.ts).
    await page.goto(program.signupUrl);
    const titles = page.locator(".join-progress-title");
    await titles.first().waitFor();
    expect(await titles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width > 1))).toEqual([
      true,
      true,
      true,
    ]);
    let sent = await joinByApi(program.slug, key, { name: "Ada Lovelace", email, role: "mentor" });
    await openMailedLink(page, email, /Confirm your sign-up/, sent, "Confirm my place");

    sent = await joinByApi(program.slug, key, { name: "Someone Else", email, role: "mentee" });
    const mail = await waitForMail(email, /Confirm your sign-up/, { after: sent });
    expect(mail.text).not.toContain("Someone Else");
    await page.goto(mail.links.find((l) => l.includes("/auth/verify?token="))!);
    const table = page.getByRole("table", { name: "What confirming changes on your profile" });
    await table.waitFor();
    const row = (label: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label }) });
    await expect.poll(() => row("Name").innerText()).toMatch(/Ada Lovelace\s+Someone Else/);
    await expect.poll(() => row("Role").innerText()).toMatch(/mentor\s+mentee/);
    await checkA11y(page, "the confirmation page with changes");
    await page.getByRole("button", { name: "Confirm these changes" }).click();
    await page.waitForURL(/\/dashboard/);
    await page.getByRole("heading", { name: /Someone Else/ }).waitFor();
    await context.close();
  });
});
