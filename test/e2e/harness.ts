/** What the browser tests share: the running app, a Chromium, the development mailbox and axe. */
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const baseUrl = inject("baseUrl");

/** The system Chromium, headless, with its background networking off (this machine has no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export type Mail = { id: string; to: string; subject: string; text: string; links: string[]; createdAt: number };

/** Waits for a mail to `to` whose subject matches, created after `after`. */
export async function waitForMail(to: string, subject: RegExp, opts: { after?: number; timeoutMs?: number } = {}) {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  for (;;) {
    const mails = (await (await fetch(`${baseUrl}/api/dev/mail`)).json()) as Mail[];
    const mail = mails.find((m) => m.to === to && subject.test(m.subject) && m.createdAt >= (opts.after ?? 0));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Fails on serious or critical accessibility violations, naming each one. */
export async function checkA11y(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const described = bad.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(described, `accessibility of ${label}`).toEqual([]);
}
