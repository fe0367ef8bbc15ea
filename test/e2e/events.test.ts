/**
 * Speed-mentoring events in real Chromium: the admin creates an event through the form and shares its
 * link; two people imported into a program register through the link in their own browsers; the host
 * checks them in and makes the plan; the host starts the clock, and both phones show round 1, their
 * table and partner, and timers that agree within a second. Axe checks each page, also at 390 px.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  DESKTOP,
  PHONE,
  adminApi,
  baseUrl,
  checkA11y,
  checkBothWidths,
  useBrowser,
  signIn,
  waitForMail,
} from "./harness";
import { seedProgram } from "./seed";
import { adminOf } from "./admins";

const ADMIN = adminOf("events");

const browser = useBrowser();

/** Signs someone in in a browser of their own and registers them through the link. */
async function participant(
  email: string,
  joinUrl: string,
  role: "Mentor" | "Mentee",
  interests: string,
  opts: { noWebSocket?: boolean } = {},
) {
  const context = await browser().newContext({ viewport: DESKTOP });
  // Without WebSocket the page falls back to polling GET /live.
  if (opts.noWebSocket) await context.addInitScript(() => Object.assign(window, { WebSocket: undefined }));
  const page = await context.newPage();
  const frames: string[] = [];
  page.on("websocket", (ws) => {
    if (ws.url().endsWith("/live")) ws.on("framereceived", (f) => frames.push(String(f.payload)));
  });
  Object.assign(page, { liveFrames: frames });
  await signIn(page, email);
  await page.goto(joinUrl);
  await page.getByRole("heading", { name: "Register" }).waitFor();
  await page.getByLabel(role, { exact: true }).check();
  await page.getByLabel("Interests (optional)").fill(interests);
  await page.getByRole("button", { name: "Register" }).click();
  await page.getByText(`You are registered as a ${role.toLowerCase()}`).waitFor();
  await page.getByText(/Your tables show here then/).waitFor();
  return page;
}

const liveFrames = (page: Page) => (page as Page & { liveFrames: string[] }).liveFrames;
const remainingMs = (page: Page) =>
  page.getByRole("timer").evaluate((el) => Number((el as HTMLElement).dataset.remainingMs));

describe("speed-mentoring events", () => {
  it("takes a host from creating an event to check-in, the plan and the clock, and people from the link to their table", async () => {
    const call = await adminApi(ADMIN);
    const stamp = Date.now();
    const { emails } = await seedProgram(call, {
      program: { name: `Speed ${stamp}`, kind: "speed" },
      people: {
        ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,Europe/Berlin,15,,en,,,,1",
        mia: "Mia Mentee,mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en",
      },
    });

    // The admin creates the event through the form.
    const hostContext = await browser().newContext({ viewport: DESKTOP });
    const host = await hostContext.newPage();
    const consoleErrors: string[] = [];
    host.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await signIn(host, ADMIN);
    await host.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" }).click();
    await host.getByRole("heading", { name: "Events" }).waitFor();
    await host.getByRole("link", { name: "New event" }).click();
    await host.getByRole("heading", { name: "New event" }).waitFor();
    await checkBothWidths(host, "the new-event form");
    await host.getByRole("button", { name: "Create event" }).click();
    await host.getByText("Give the event a title.").waitFor(); // said next to the field
    const title = `Speed mentoring ${stamp}`;
    await host.getByLabel("Title").fill(title);
    await host.getByLabel("Starts at").fill("2027-03-04T09:00");
    await host.getByLabel("Time zone").selectOption("Europe/Berlin");
    await host.getByLabel("Place (optional)").fill("Atrium, 2nd floor");
    await host.getByLabel("Minutes per round").fill("5");
    await host.getByLabel("Minutes between rounds").fill("1");
    await host.getByLabel("Tables").fill("2");
    await host.getByRole("button", { name: "Create event" }).click();
    await host.getByRole("heading", { name: title }).waitFor();
    await host.getByText(/4 March 2027.* 09:00 \(Europe\/Berlin\)/).waitFor(); // in the event's time zone
    const eventId = new URL(host.url()).pathname.split("/").pop()!;
    const joinUrl = await host.locator(".ev-link a").innerText();
    expect(joinUrl).toMatch(new RegExp(`/events/${eventId}\\?key=.+`));
    await host.getByText("Nobody has registered yet").waitFor();
    await checkBothWidths(host, "the host's event page");

    // Two people register through the link, each in their own browser.
    const ada = await participant(emails.ada, joinUrl, "Mentor", "data, careers");
    await checkBothWidths(ada, "the event page, registered");
    const mia = await participant(emails.mia, joinUrl, "Mentee", "data", { noWebSocket: true });
    await waitForMail(emails.mia, /./, { after: stamp });

    // The host checks them in and makes the plan.
    await host.reload();
    await host.getByRole("button", { name: "Check in Ada Mentor" }).click();
    await host.getByRole("button", { name: "Check in Mia Mentee" }).click();
    await host.getByText("2 checked in (1 mentor, 1 mentee)").waitFor();
    await host.getByRole("button", { name: "Make the plan" }).click();
    const plan = host.getByRole("region", { name: "Plan, rounds by tables" });
    await plan.waitFor();
    await expect.poll(() => plan.locator("tbody tr").first().innerText()).toMatch(/Ada Mentor[\s\S]*Mia Mentee/);
    await host.getByRole("button", { name: "Plan again" }).waitFor();
    await checkBothWidths(host, "the host's event page with the plan");

    // Someone signed out who opens the link and signs in from it comes back to the event.
    const visitorContext = await browser().newContext({ viewport: PHONE });
    const visitor = await visitorContext.newPage();
    await visitor.goto(joinUrl);
    await visitor.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    const asked = Date.now();
    await visitor.getByLabel("Work email").fill(emails.ada);
    await visitor.getByRole("button", { name: "Email me a sign-in link" }).click();
    const signInMail = await waitForMail(emails.ada, /sign-in link/, { after: asked });
    await visitor.goto(signInMail.links.find((l) => l.includes("/auth/verify?token="))!);
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await visitor.waitForURL((url) => url.pathname === `/events/${eventId}`);
    await visitorContext.close();

    // Before the start, the projector shows the link and its QR code.
    const lobby = await hostContext.newPage();
    await lobby.goto(`${baseUrl}/host/events/${eventId}/projector`);
    await lobby.getByRole("img", { name: /QR code of the link/ }).waitFor();
    await lobby.getByText(joinUrl).waitFor();
    await checkA11y(lobby, "the projector before the start");
    await lobby.close();

    // The host starts the clock.
    await host.getByRole("button", { name: "Start" }).click();
    await host.getByRole("status").filter({ hasText: "Round 1" }).waitFor();
    await host.getByRole("button", { name: "Pause" }).waitFor();
    await checkA11y(host, "the host's event page during a round");
    for (const page of [ada, mia]) {
      await page.getByRole("heading", { name: /^Round 1/ }).waitFor({ timeout: 10_000 });
      await page.getByRole("timer", { name: "Time left in this round" }).waitFor();
      await page.getByText("Table 1", { exact: true }).waitFor();
    }
    await ada.getByRole("list", { name: "Whom you meet" }).getByText("Mia Mentee").waitFor();
    await mia.getByRole("list", { name: "Whom you meet" }).getByText("Ada Mentor").waitFor();
    const [a, m] = await Promise.all([remainingMs(ada), remainingMs(mia)]);
    expect(a).toBeGreaterThan(4 * 60_000);
    expect(a).toBeLessThanOrEqual(5 * 60_000);
    expect(Math.abs(a - m), `timers ${a} and ${m} ms`).toBeLessThan(1000);
    // Ada's page follows the clock over a WebSocket (with pings for the offset); Mia's polls.
    // Before the plan there is no clock to connect to, so the page polls; it connects once it has seats.
    await expect.poll(() => liveFrames(ada).some((f) => f.includes('"pong"')), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => liveFrames(ada).some((f) => f.includes('"round"')), { timeout: 10_000 }).toBe(true);
    expect(liveFrames(mia)).toEqual([]);
    await checkBothWidths(mia, "the event page during a round");

    // Pause and resume reach both phones, over the socket and by polling; a busy machine delays both.
    await host.getByRole("button", { name: "Pause" }).click();
    await ada.getByRole("heading", { name: /^Round 1 of \d+ \(paused\)$/ }).waitFor({ timeout: 15_000 });
    await mia.getByRole("heading", { name: /^Round 1 of \d+ \(paused\)$/ }).waitFor({ timeout: 15_000 });
    await host.getByRole("button", { name: "Resume" }).click();
    await ada.getByRole("heading", { name: /^Round 1 of \d+$/ }).waitFor({ timeout: 15_000 });

    // Planning again mid-event keeps round 1 (the one under way) and marks it as now.
    await host.getByRole("button", { name: "Plan again" }).click();
    await expect.poll(() => plan.locator("tbody tr").first().innerText()).toMatch(/1\s*now[\s\S]*Ada Mentor/);

    // +1 minute reaches the phones; the projector shows the timer and the tables.
    await host.getByRole("button", { name: "+1 minute" }).click();
    await expect.poll(() => remainingMs(ada), { timeout: 15_000 }).toBeGreaterThan(5 * 60_000);
    const projector = await hostContext.newPage();
    await projector.goto(`${baseUrl}/host/events/${eventId}/projector`);
    await projector.getByRole("heading", { name: "Tables in round 1" }).waitFor();
    await expect
      .poll(() => projector.locator(".ev-projector-tables li").first().innerText())
      .toMatch(/Table 1\s*Ada Mentor\s*Mia Mentee/);
    await projector.getByRole("timer", { name: "Time left" }).waitFor();
    await checkA11y(projector, "the projector view");

    await host.getByRole("button", { name: "End" }).click();
    await ada.getByRole("heading", { name: "Finished" }).waitFor({ timeout: 10_000 });
    await mia.getByRole("heading", { name: "Finished" }).waitFor({ timeout: 10_000 });

    // Afterwards each ticks the other; the second one hears it is mutual.
    await mia.getByRole("checkbox", { name: /Ada Mentor/ }).check();
    await mia.getByRole("button", { name: "Save my picks" }).click();
    await mia.getByText("Saved. We tell you when someone you picked picks you too.").waitFor();
    await ada.getByRole("checkbox", { name: /Mia Mentee/ }).check();
    await ada.getByRole("button", { name: "Save my picks" }).click();
    await ada.getByText("Saved. Mia Mentee picked you too.").waitFor();
    await checkA11y(ada, "picking whom to keep meeting");

    // And either can thank the other for the conversation.
    await mia.getByLabel("Your note").fill("Thank you for the advice on public speaking!");
    await mia.getByRole("button", { name: "Send thanks" }).click();
    await mia.getByText("Sent to Ada Mentor.").waitFor();
    expect(consoleErrors.filter((m) => /Content Security Policy|Uncaught/i.test(m))).toEqual([]);
  });
});
