/**
 * A tour of every main page as the person who uses it, on a phone (390×844) and a desktop (1280×800):
 * no serious or critical axe violation, no sideways scrolling, no console error and no failed request
 * while it loads. Each visit leaves a full-page screenshot in docs/screenshots/, so anyone can look at
 * the product without running it.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { adminOf } from "./admins";
import { baseUrl, dayFromNow, useBrowser, callsOf, tickUntilMail } from "./harness";
import { seedProgram } from "./seed";
import { setTheStage, type Session } from "./stage";

const SHOTS = "docs/screenshots";
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
type Check = "axe" | "scroll" | "errors";
type Stop = {
  name: string;
  who: "nobody" | "mentee" | "chooser" | "admin";
  path: () => string;
  /** Checks a page is left out of, each with the problem that keeps it out. */
  skip?: Partial<Record<Check, string>>;
};

const browser = useBrowser();
let stage: Awaited<ReturnType<typeof setTheStage>>;
let ids: { mentorship: string; groups: string; survey: string };
const contexts = new Map<Stop["who"], BrowserContext>();

beforeAll(async () => {
  stage = await setTheStage(baseUrl, adminOf("tour"));
  const mine = await stage.mentee.call<{ items: { id: string; status: string }[] }>("GET", "/api/me/mentorships");
  const mentorship = mine.items.find((m) => m.status === "active") ?? mine.items[0]!;
  const circles = await stage.admin.call<{ id: string }>("POST", "/api/programs", {
    name: "Lunch circles",
    kind: "group",
  });
  ids = { mentorship: mentorship.id, groups: circles.id, survey: await surveyLink() };
  mkdirSync(SHOTS, { recursive: true });
});

/** A survey's page as its emailed link opens it: a program starting today, and the clock sending its kick-off survey. */
async function surveyLink() {
  const { program: kickoff, emails } = await seedProgram(callsOf(stage.admin), {
    program: { name: "Kick-off club", kind: "group", startsOn: dayFromNow(0), endsOn: dayFromNow(90) },
    people: { ana: "Ana Mentee,mentee" },
  });
  await stage.admin.call("POST", `/api/programs/${kickoff.id}/surveys`, {
    title: "How was the kick-off?",
    questions: [{ id: "useful", type: "rating", text: "How useful was the kick-off?", required: true }],
    trigger: { anchor: "program-start", offsetDays: 0 },
    openDays: 7,
    anonymous: false,
  });
  const mail = await tickUntilMail(emails.ana, /^How was the kick-off\?$/);
  return new URL(mail.links.find((l) => l.includes("/s/"))!).pathname;
}

/** One browser context a person, signed in by their session's cookie. */
async function contextOf(who: Stop["who"]) {
  if (!contexts.has(who)) {
    const context = await browser().newContext();
    const session: Session | undefined = who === "nobody" ? undefined : stage[who];
    if (session) {
      const { hostname } = new URL(baseUrl);
      await context.addCookies([{ ...session.cookie, domain: hostname, path: "/", secure: true, httpOnly: true }]);
    }
    contexts.set(who, context);
  }
  return contexts.get(who)!;
}

const program = (tab = "") => `/admin/programs/${stage.programs.buddies.id}${tab}`;
const eventPath = () => {
  const link = new URL(stage.event.joinUrl);
  return link.pathname + link.search;
};

const STOPS: Stop[] = [
  {
    name: "signin",
    who: "nobody",
    path: () => "/signin",
  },
  {
    name: "join",
    who: "nobody",
    path: () => new URL(stage.programs.oneToOne.signupUrl).pathname + new URL(stage.programs.oneToOne.signupUrl).search,
  },
  { name: "dashboard", who: "mentee", path: () => "/dashboard" },
  { name: "mentorship", who: "mentee", path: () => `/mentorships/${ids.mentorship}` },
  { name: "requests", who: "mentee", path: () => "/requests" },
  { name: "choose-mentor", who: "chooser", path: () => `/programs/${stage.programs.choice.id}/choose` },
  {
    name: "event",
    who: "mentee",
    path: eventPath,
  },
  {
    name: "survey",
    who: "nobody",
    path: () => ids.survey,
  },
  { name: "profile", who: "mentee", path: () => "/profile" },
  {
    name: "event-host",
    who: "admin",
    path: () => `/host/events/${stage.event.id}`,
  },
  {
    name: "projector",
    who: "admin",
    path: () => `/host/events/${stage.event.id}/projector`,
  },
  { name: "admin-home", who: "admin", path: () => "/admin/insights" },
  { name: "programs", who: "admin", path: () => "/admin/programs" },
  { name: "program", who: "admin", path: () => program() },
  { name: "program-participants", who: "admin", path: () => program("/participants") },
  { name: "program-matching", who: "admin", path: () => program("/matching") },
  { name: "program-surveys", who: "admin", path: () => program("/surveys") },
  { name: "program-insights", who: "admin", path: () => program("/insights") },
  { name: "program-outcomes", who: "admin", path: () => program("/outcomes") },
  { name: "groups", who: "admin", path: () => `/admin/programs/${ids.groups}/groups` },
  { name: "rotation", who: "admin", path: () => `/admin/programs/${stage.programs.reverse.id}/rotation` },
  { name: "mail-problems", who: "admin", path: () => "/admin/mail" },
  { name: "library", who: "mentee", path: () => "/library" },
  { name: "program-library", who: "admin", path: () => program("/library") },
  { name: "program-training", who: "admin", path: () => program("/training") },
  { name: "provisioning", who: "admin", path: () => "/admin/provisioning" },
];

/** Waits until the page has drawn its heading and everything it loads has arrived. */
async function settled(page: Page) {
  await page.locator("main :is(h1, h2)").first().waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('main [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  await page.waitForLoadState("networkidle", { timeout: 15_000 });
}

async function visit(stop: Stop, size: keyof typeof SIZES) {
  const page = await (await contextOf(stop.who)).newPage();
  await page.setViewportSize(SIZES[size]);
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.request().method()} ${r.url()}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  try {
    await page.goto(`${baseUrl}${stop.path()}`);
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/${stop.name}-${size}.png`, fullPage: true });
    const label = `${stop.name} (${size})`;
    if (!stop.skip?.errors) expect.soft(problems, `${label}: errors while loading`).toEqual([]);
    if (!stop.skip?.scroll) {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect.soft(width, `${label}: page width`).toBeLessThanOrEqual(SIZES[size].width);
    }
    if (!stop.skip?.axe) {
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect.soft(bad, `${label}: accessibility`).toEqual([]);
    }
  } finally {
    await page.close();
  }
}

describe("a tour of the main pages", () => {
  for (const stop of STOPS) {
    it(`${stop.name}, on a phone and a desktop`, async () => {
      // Two pages of their own, side by side: each visit mostly waits for its page to settle. Both end
      // before the test does, so neither reports into the next one.
      const visits = await Promise.allSettled([visit(stop, "phone"), visit(stop, "desktop")]);
      for (const v of visits) if (v.status === "rejected") throw v.reason;
    });
  }

  it("loads no organiser's or chart code on the join page", async () => {
    const page = await (await contextOf("nobody")).newPage();
    await page.goto(stage.programs.oneToOne.signupUrl);
    await settled(page);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname),
    );
    expect(scripts.filter((s) => s.endsWith(".js")).length).toBeGreaterThan(1);
    const organisers =
      /\/assets\/(Insights|AllPrograms|Outcomes|Matching|Participants|Programs|ProgramEditor|HostEvent)-/;
    expect(scripts.filter((s) => organisers.test(s))).toEqual([]);
    await page.close();
  });

  it("says the first page is loading while its code arrives", async () => {
    const context = await browser().newContext();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/SignIn-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/signin`);
    const loading = page.getByRole("status").filter({ hasText: "Loading the page" });
    await loading.waitFor({ timeout: 10_000 });
    release();
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor({ timeout: 10_000 });
    await loading.waitFor({ state: "detached", timeout: 10_000 });
    await context.close();
  });

  it("keeps the top bar's height on a phone when the session arrives", async () => {
    const context = await browser().newContext({ viewport: SIZES.phone });
    const { hostname } = new URL(baseUrl);
    await context.addCookies([{ ...stage.admin.cookie, domain: hostname, path: "/", secure: true, httpOnly: true }]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/api\/session$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/admin/programs`);
    const bar = page.locator("header.top");
    await bar.getByRole("link", { name: "Sign in" }).waitFor({ timeout: 10_000 }); // not known yet
    const before = (await bar.boundingBox())!.height;
    release();
    await bar.getByRole("link", { name: "Programs" }).waitFor({ timeout: 10_000 });
    expect((await bar.boundingBox())!.height).toBe(before);
    await context.close();
  });

  it("tells search engines what Tandem is and what to leave alone", async () => {
    const robots = await fetch(`${baseUrl}/robots.txt`);
    expect(robots.headers.get("content-type")).toContain("text/plain");
    expect(await robots.text()).toMatch(/^User-agent: \*$[\s\S]*^Disallow: \/api\/$/m);
    const html = await (await fetch(`${baseUrl}/signin`)).text();
    expect(html).toMatch(/<meta\s+name="description"\s+content="[^"]{50,}"/);
  });
});
