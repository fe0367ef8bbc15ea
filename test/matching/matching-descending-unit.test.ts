import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countAbove } from "../../workers/domain/matching/descending";

describe("counting the numbers above a bound in a list sorted highest first", () => {
  it("counts exactly those strictly above it, ties with the bound left out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }),
        fc.integer({ min: -6, max: 6 }),
        (xs, x) => {
          const descending = Float64Array.from(xs.sort((a, b) => b - a));
          expect(countAbove(descending, x)).toBe(xs.filter((v) => v > x).length);
        },
      ),
    );
  });
});
