import { readFileSync } from "node:fs";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { Skeleton } from "../../web/src/lib/Skeleton";
import { scanFor } from "./scan";

describe("loading skeletons", () => {
  it("mark the region busy, name what loads, and hide the bars from screen readers", () => {
    const html = renderToString(h(Skeleton, { label: "Loading your programs", lines: 2 }));
    expect(html).toMatch(/^<div class="skeleton" role="status" aria-busy="true">/);
    expect(html).toContain('<span class="sr-only">Loading your programs…</span>');
    expect(html.match(/<span class="skeleton-line" aria-hidden="true"><\/span>/g)).toHaveLength(2);
    const cards = renderToString(h(Skeleton, { cards: 3 }));
    expect(cards.match(/class="skeleton-card" aria-hidden="true"/g)).toHaveLength(3);
  });

  it("stop shimmering for people who prefer reduced motion", () => {
    const css = readFileSync("web/src/styles/feedback.css", "utf8");
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\) \{\s*\.skeleton-line \{\s*animation: none;/);
  });

  it("stand in for every page's loading text", () => {
    expect(scanFor("web/src", />\s*Loading[^<]*<\//)).toEqual([]);
  });
});
