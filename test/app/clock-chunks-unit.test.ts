import { describe, expect, it } from "vitest";
import { windowOfTick } from "../../workers/platform/chunks";

const TICK = 5 * 60 * 1000;

describe("a tick's window of candidates", () => {
  it("takes everything when it fits, and otherwise a window that visits every candidate in turn", () => {
    expect(windowOfTick([1, 2, 3], 5, 0)).toEqual([1, 2, 3]);
    const items = Array.from({ length: 47 }, (_, i) => i);
    const seen = new Set<number>();
    for (let tick = 0; tick < Math.ceil(47 / 10); tick++) {
      const window = windowOfTick(items, 10, 1_000 * TICK + tick * TICK);
      expect(window).toHaveLength(10);
      expect(new Set(window).size).toBe(10);
      window.forEach((i) => seen.add(i));
    }
    expect(seen.size).toBe(47);
  });
});
