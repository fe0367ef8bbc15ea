/**
 * The event day at the door, in real Chromium: a stranger registers from the event's link on a phone,
 * confirms through the mailed link and follows the clock when the host starts; a host cannot start an
 * empty event (the button says why); the projector fits 40 tables on a 1920×1080 screen with its link
 * and QR code, open seats said as such, and no app navigation.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { PHONE, adminApi, baseUrl, checkA11y, signIn, useBrowser, waitForMail } from "./harness";
import { adminOf } from "./admins";

const ADMIN = adminOf("event-day");
const browser = useBrowser();
let call: Awaited<ReturnType<typeof adminApi>>;
let host: Page;

type Created = { id: string; joinUrl: string };
type Hosted = { registrations: { personId: string; email: string }[] };
type CheckedIn = { registration: { personId: string; email: string } };

const newEvent = (title: string, extra: Record<string, unknown> = {}) =>
  call<Created>(
    "POST",
    "/api/events",
    JSON.stringify({
      title,
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      timezone: "UTC",
      roundMinutes: 1,
      breakMinutes: 1,
      tables: 2,
      ...extra,
    }),
  );
const walkIn = (id: string, name: string, email: string, role: string) =>
  call<CheckedIn>("POST", `/api/events/${id}/checkin`, JSON.stringify({ name, email, role }));

/** Whether every element `selector` finds lies wholly inside the viewport. */
const allInside = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5;
    }),
  );

beforeAll(async () => {
  call = await adminApi(ADMIN);
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  host = await context.newPage();
  await signIn(host, ADMIN);
});

describe("the event day", () => {
  it("lets a stranger register from the link on a phone, confirm by mail and follow the clock", async () => {
    const stamp = Date.now();
    const event = await newEvent(`Door ${stamp}`);
    const email = `stranger.${stamp}@example.com`;
    const phone = await (await browser().newContext({ viewport: PHONE })).newPage();
    await phone.goto(event.joinUrl);
    await phone.getByText("Rounds of 1 minute, with 1 minute to change tables.").waitFor();
    await phone.getByRole("heading", { name: "Register" }).waitFor();
    await phone.getByLabel("Your name").fill("Sam Stranger");
    await phone.getByLabel("Work email").fill(email);
    await phone.getByLabel("Mentee", { exact: true }).check();
    const choice = await phone.locator(".ev-choice").first().boundingBox();
    expect(choice!.height).toBeGreaterThanOrEqual(44);
    await checkA11y(phone, "registering for an event on a phone");
    await phone.getByRole("button", { name: "Register" }).click();
    await phone.getByRole("heading", { name: "Check your email" }).waitFor();

    const mail = await waitForMail(email, /Confirm your registration/, { after: stamp });
    await phone.goto(mail.links.find((l) => l.includes("confirm="))!);
    await phone.getByRole("button", { name: "Confirm my registration" }).click();
    await phone.getByText("You are registered as a mentee").waitFor();
    expect(new URL(phone.url()).searchParams.get("confirm")).toBeNull();

    // The host checks them in with a walk-in mentor, plans and starts; the phone follows.
    await walkIn(event.id, "Mo Mentor", `mentor.${stamp}@example.com`, "mentor");
    const hosted = await call<Hosted>("GET", `/api/events/${event.id}`);
    const me = hosted.registrations.find((r) => r.email === email)!;
    await call("POST", `/api/events/${event.id}/checkin`, JSON.stringify({ personId: me.personId }));
    await call("POST", `/api/events/${event.id}/plan`, JSON.stringify({}));
    await call("POST", `/api/events/${event.id}/control`, JSON.stringify({ action: "start" }));
    await phone.getByRole("heading", { name: /^Round 1/ }).waitFor({ timeout: 15_000 });
    await phone.getByRole("timer", { name: "Time left in this round" }).waitFor();
    await phone.getByRole("list", { name: "Whom you meet" }).getByText("Mo Mentor").waitFor();
    expect(await phone.getByRole("heading", { name: /keep meeting/ }).count()).toBe(0); // picks come after

    await call("POST", `/api/events/${event.id}/control`, JSON.stringify({ action: "end" }));
    await phone.getByRole("heading", { name: "Finished" }).waitFor({ timeout: 15_000 });
    const pick = phone.locator(".ev-picks .ev-choice").first();
    await pick.waitFor();
    expect((await pick.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await checkA11y(phone, "picking on a phone");
  });

  it("does not let a host start an empty event, and says why", async () => {
    const event = await newEvent(`Empty ${Date.now()}`);
    const errors: string[] = [];
    host.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await host.goto(`${baseUrl}/host/events/${event.id}`);
    const start = host.getByRole("button", { name: "Start" });
    await start.waitFor();
    expect(await start.isDisabled()).toBe(true);
    await host.getByText("Check people in and make a plan first").waitFor();
    expect(await host.locator('[aria-current="step"] h2').innerText()).toMatch(/Share/);
    await checkA11y(host, "the host's steps before anyone registered");
    expect(errors.filter((m) => /409|WebSocket/i.test(m))).toEqual([]);
  });

  it("fits 40 tables, the link and the QR code on a 1920×1080 projector, without the app's navigation", async () => {
    const stamp = Date.now();
    const event = await newEvent(`Big room ${stamp}`, { tables: 40, menteesPerTable: 2 });
    for (let i = 1; i <= 40; i++) await walkIn(event.id, `Mentor Number ${i}`, `m${i}.${stamp}@example.com`, "mentor");
    for (let i = 1; i <= 50; i++) await walkIn(event.id, `Mentee Number ${i}`, `e${i}.${stamp}@example.com`, "mentee");
    await call("POST", `/api/events/${event.id}/plan`, JSON.stringify({}));
    await call("POST", `/api/events/${event.id}/control`, JSON.stringify({ action: "start" }));

    const screen = await host.context().newPage();
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await screen.goto(`${baseUrl}/host/events/${event.id}/projector`);
    await screen.getByRole("heading", { name: "Tables in round 1" }).waitFor();
    await expect.poll(() => screen.locator(".ev-projector-tables li").count()).toBe(40);
    expect(await allInside(screen, ".ev-projector-tables li")).toEqual(Array(40).fill(true));
    expect(await allInside(screen, ".ev-qr, .ev-proj-link")).toEqual([true, true]);
    expect(await screen.locator(".ev-proj-link").innerText()).toBe(event.joinUrl);
    await screen.getByText("open seat").first().waitFor();
    expect(await screen.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    await screen.getByRole("button", { name: "Full screen" }).waitFor();
    await screen.getByRole("button", { name: "Chime off" }).click();
    await screen.getByRole("button", { name: "Chime on" }).waitFor();
    const scrolls = await screen.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
    expect(scrolls, "the projector scrolls").toBe(false);
    await checkA11y(screen, "the projector with 40 tables");
  });
});
