/**
 * Every mail's button leads to the exact page of what it is about (the mentorship, the request, the
 * event …), never the home page or the dashboard, and that page is one the web app serves.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SAMPLES } from "../mail-samples";
import { pagePaths } from "../../workers/domain/links";

const app = readFileSync(new URL("../../web/src/App.tsx", import.meta.url), "utf8");
const routes = [...app.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]!);
const patterns = routes.map((r) => new RegExp(`^${r.replace(/:\w+/g, "[^/]+")}$`));
const served = (path: string) => patterns.some((p) => p.test(path));
/** Pages that say nothing about what a mail is about. */
const GENERIC = ["/", "/dashboard", "/signin"];

const unescape = (s: string) => s.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#39;", "'");
/** The button's address: the first link of the HTML part (the layout puts the button first). */
const ctaOf = (html: string) => new URL(unescape(/<a href="([^"]+)"/.exec(html)![1]!));

describe("mail deep links", () => {
  it("reads the web app's routes", () => {
    expect(routes).toEqual(expect.arrayContaining(["/mentorships/:id", "/events/:id", "/requests"]));
    expect(served("/mentorships/abc")).toBe(true);
    expect(served("/mentorships/abc/x")).toBe(false);
  });

  for (const [name, mail] of Object.entries(SAMPLES)) {
    it(`${name}: its button opens a specific page the app serves`, () => {
      const url = ctaOf(mail.html);
      expect(GENERIC, `${name} links to ${url.pathname}`).not.toContain(url.pathname);
      expect(served(url.pathname), `${name} links to ${url.pathname}, which no route serves`).toBe(true);
      expect(mail.text).toContain(url.href.replace(/\/$/, ""));
    });
  }

  it("every page a mail may link to is served", () => {
    const id = "x1";
    for (const [page, build] of Object.entries(pagePaths)) {
      const path = new URL((build as (...a: unknown[]) => string)(id, id), "https://t.example").pathname;
      expect(served(path), `${page}: ${path}`).toBe(true);
    }
  });
});
