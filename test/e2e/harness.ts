/** What the browser tests share: the running app, a Chromium, the development mailbox and axe. */
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { ProgramSchema } from "../../workers/features/programs/schemas";
import type { MatchRunSchema } from "../../workers/features/matching/schemas";
import { session, type Session } from "./stage";

/** A program as the API answers it. */
export type Program = z.infer<typeof ProgramSchema>;

/** Where global-setup started the app, e.g. `http://127.0.0.1:40123`. */
export const baseUrl: string = inject("baseUrl");

/** One Chromium for a test file: launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** The system Chromium, headless, with its background networking off (this machine has no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** One email from the development mailbox (`GET /api/dev/mail`); times are epoch milliseconds. */
export type Mail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  status: string;
  createdAt: number;
  sentAt: number | null;
};

/** The mails to `to` in the development mailbox, created at or after `after`, newest first. */
async function mailsTo(to: string, after = 0) {
  const res = await fetch(`${baseUrl}/api/dev/mail?limit=500`);
  if (!res.ok) throw new Error(`GET /api/dev/mail answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as Mail[]).filter((m) => m.to === to && m.createdAt >= after);
}

/** Waits for the newest mail to `to` whose subject matches, created at or after `opts.after` if given. */
export async function waitForMail(
  to: string,
  subject: RegExp,
  opts: { after?: number; timeoutMs?: number } = {},
): Promise<Mail> {
  // Bulk mail is paced by its queue, which a busy machine runs late: wait long, but not past the test's own timeout.
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    const mine = await mailsTo(to, opts.after);
    const mail = mine.find((m) => subject.test(m.subject));
    if (mail) return mail;
    if (Date.now() > deadline) {
      const seen = mine.map((m) => `"${m.subject}"`).join(", ") || "none";
      throw new Error(`no mail to ${to} matching ${subject}; mails to them: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Fails on serious or critical accessibility violations, naming each rule and the elements it hit. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const described = bad.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(described, `accessibility of ${label}`).toEqual([]);
}

/**
 * The WCAG contrast ratio of an element's text against the first opaque background under it, from the
 * computed styles. Axe leaves some text it cannot place over one background unjudged, so a control
 * whose colours are set by several rules is checked by name as well.
 */
export async function contrastOf(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let under: Element | null = el;
    let background = [255, 255, 255];
    for (; under; under = under.parentElement) {
      const c = channels(getComputedStyle(under).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        background = c.slice(0, 3);
        break;
      }
    }
    const [a, b] = [luminance(channels(getComputedStyle(el).color)), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

/** Signs `page` in as `email` through the sign-in form and the mailed link; ends on the dashboard. */
export async function signIn(page: Page, email: string) {
  const start = Date.now();
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  // In the reader's language: an admin who chose German gets "Dein Anmeldelink".
  const mail = await waitForMail(email, /sign-in link|Anmeldelink/, { after: start });
  await page.goto(mail.links.find((l) => l.includes("/auth/verify?token="))!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/dashboard/);
}

/**
 * A test's API calls as `s`: the body is sent as it is, as JSON unless `type` names another (a CSV
 * import), and an answer other than 2xx fails the call.
 */
export type AdminCall = <T = unknown>(method: string, path: string, body?: string, type?: string) => Promise<T>;
export const callsOf =
  (s: Session): AdminCall =>
  (method, path, body, type = "application/json") =>
    s.call(method, path, body, type);

/** The API calls of `email` (an admin's unless given), signed in through the development mailbox like anyone else. */
export async function adminApi(email = "admin@example.com") {
  return callsOf(await session(baseUrl, email));
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Each status tag on the page in its tone's colours: `--<tone>-bg` behind `--<tone>-fg` (styles/tokens.css). */
async function checkTones(page: Page, label: string) {
  const wrong = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement("span"));
    const off = [...document.querySelectorAll<HTMLElement>(".tag[data-tone]")].flatMap((tag) => {
      const tone = tag.dataset.tone;
      probe.style.background = `var(--${tone}-bg)`;
      probe.style.color = `var(--${tone}-fg)`;
      const want = getComputedStyle(probe);
      const got = getComputedStyle(tag);
      return got.backgroundColor === want.backgroundColor && got.color === want.color
        ? []
        : [`${tone} “${tag.textContent}”: ${got.backgroundColor} / ${got.color}`];
    });
    probe.remove();
    return off;
  });
  expect(wrong, `${label}: tags not in their tone's colours`).toEqual([]);
}

/** Axe at desktop width and on a phone, status tags in their tones, and nothing wider than the phone's screen. */
export async function checkBothWidths(page: Page, label: string) {
  await checkTones(page, label);
  await checkA11y(page, `${label} (desktop)`);
  await page.setViewportSize(PHONE);
  await checkA11y(page, `${label} (390 px)`);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      // Wide tables and rows of tabs scroll inside their own box; a visually hidden header is clipped by its own.
      .filter((el) => {
        for (let box = el.parentElement; box; box = box.parentElement) {
          if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(box).overflowX)) return false;
        }
        return true;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? "").slice(0, 40)}”`)
      .slice(0, 5),
  );
  expect(wide, `${label}: what is wider than 390 px`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} fits 390 px`).toBeLessThanOrEqual(
    PHONE.width,
  );
  await page.setViewportSize(DESKTOP);
}

/** The date `offset` days from today, as `YYYY-MM-DD` (UTC): program dates around the test's run. */
export const dayFromNow = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The next weekday 10:00 UTC from now: working hours for people in UTC, whenever the tests run. */
export function nextWorkingHour(from = Date.now()) {
  const at = new Date(from);
  at.setUTCHours(10, 0, 0, 0);
  while (at.getTime() < from || at.getUTCDay() === 0 || at.getUTCDay() === 6) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/**
 * Runs the clock's schedules through the development clock (`POST /api/dev/tick`) at `at`: unless
 * given, the next working hour, at most three days ahead, since mail to people waits for their working
 * hours.
 */
export async function tickNow(at = nextWorkingHour()) {
  const res = await fetch(`${baseUrl}/api/dev/tick`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ now: at.toISOString() }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

const CRON_MS = 5 * 60_000;

/**
 * Ticks the clock as the cron would, five minutes a tick from the next working hour, until a mail to
 * `to` whose subject matches is written, and returns it. A tick looks at a window of the due surveys,
 * roulette rounds and event follow-ups that moves with the tick's time (`windowOfTick`,
 * workers/platform/chunks.ts), so in an app that earlier tests filled, the same tick repeated may
 * never reach a new program, while the cron's next ticks do.
 */
export async function tickUntilMail(to: string, subject: RegExp, opts: { after?: number } = {}) {
  const from = nextWorkingHour().getTime();
  for (let tick = 0; tick < 40; tick++) {
    await tickNow(new Date(from + tick * CRON_MS));
    const mail = (await mailsTo(to, opts.after)).find((m) => subject.test(m.subject));
    if (mail) return mail;
  }
  return waitForMail(to, subject, opts); // what a queue still writes, or a failure naming what came
}

/** Runs matching in a program, waits for the queue to solve it and publishes its pairs. */
export async function matchAndPublish(call: AdminCall, programId: string) {
  const run = await call<{ id: string }>("POST", `/api/programs/${programId}/match-runs`);
  const runAt = `/api/programs/${programId}/match-runs/${run.id}`;
  await expect
    .poll(async () => (await call<z.infer<typeof MatchRunSchema>>("GET", runAt)).status, { timeout: 30_000 })
    .toBe("done");
  await call("POST", `${runAt}/publish`);
}
