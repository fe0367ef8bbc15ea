import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kthBest } from "../../workers/domain/matching/pairs";

describe("the k-th best score so far", () => {
  it("is the k-th highest of the scores offered, or 0 while fewer were", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }),
        (k, scores) => {
          const best = kthBest(k);
          best.offer(100); // what the last mentee offered does not count once reset
          best.reset();
          scores.forEach((s, n) => {
            best.offer(s);
            const sorted = scores.slice(0, n + 1).sort((a, b) => b - a);
            expect(best.cut()).toBe(sorted.length < k ? 0 : sorted[k - 1]);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
