/**
 * The run card's totals on the matching page read as the pages' other counts do, grouped by the reader's
 * language: a company-wide run once showed "14095" pairs beside a heading of "Proposed pairs (14,095)".
 */
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { queuedRun } from "../../web/src/features/matching/admin/useLatestRun";
import { RunCard } from "../../web/src/features/matching/admin/RunCard";

const noop = () => {};

describe("the run card's totals", () => {
  it("group thousands in the pairs, total score, average and unmatched", () => {
    const run = {
      ...queuedRun("r1", ""),
      status: "done" as const,
      finishedAt: Date.now(),
      stats: { matched: 14_095, totalScore: 1_010_375.4 },
      totalUnmatched: 1_488,
    };
    const html = renderToString(
      h(RunCard, {
        run,
        starting: false,
        startError: null,
        publishing: false,
        publish: null,
        onStart: noop,
        onPublish: noop,
      }),
    );
    const figures = [...html.matchAll(/<dd>([^<]*)<\/dd>/g)].map((m) => m[1]);
    expect(figures).toEqual(["14,095", "1,010,375", "72", "1,488"]);
  });
});
