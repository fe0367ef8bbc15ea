import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const html = readFileSync("web/index.html", "utf8");
const meta = (name: string) => html.match(new RegExp(`<meta\\s+name="${name}"\\s+content="([^"]*)"`))?.[1];
const icons = [...html.matchAll(/<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"/g)].map((m) => m[1]!);

describe("the page shell", () => {
  it("describes the app and colours the browser's bar", () => {
    expect(meta("description")?.length).toBeGreaterThan(40);
    expect(meta("theme-color")).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("links an SVG favicon with PNG fallbacks that exist", () => {
    expect(icons).toEqual(["/favicon.svg", "/favicon.png", "/apple-touch-icon.png"]);
    for (const icon of icons) expect(existsSync(`web/public${icon}`), icon).toBe(true);
    expect(readFileSync("web/public/favicon.svg", "utf8")).toContain("<title>Tandem</title>");
    // A PNG starts with its 8-byte signature.
    expect(readFileSync("web/public/favicon.png").subarray(1, 4).toString()).toBe("PNG");
  });

  it("keeps private links out of search engines", () => {
    const robots = readFileSync("web/public/robots.txt", "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    for (const path of ["/s/", "/auth/", "/api/"]) expect(robots).toContain(`Disallow: ${path}`);
  });
});
