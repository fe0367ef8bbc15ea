import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DistanceQueue } from "../../workers/domain/matching/queue";

/**
 * Plays Dijkstra's use of the queue: pushes come in batches, none below the distance last popped, and
 * pops answer in order of distance. Returns the distances in the order they were popped.
 */
function play(batches: number[][], toDistance: (step: number, last: number) => number) {
  const queue = new DistanceQueue();
  const popped: number[] = [];
  let last = 0;
  let node = 0;
  for (const batch of batches) {
    for (const step of batch) queue.push(toDistance(step, last), node++);
    if (queue.size) {
      queue.pop();
      last = queue.top;
      popped.push(last);
    }
  }
  while (queue.size) {
    queue.pop();
    popped.push(queue.top);
  }
  return popped;
}

const batches = fc.array(fc.array(fc.integer({ min: 0, max: 70 }), { maxLength: 6 }), { maxLength: 40 });

describe("the queue of the solver's shortest-path search", () => {
  it("pops whole-number distances in order, each once, as a sorted list of everything pushed", () => {
    fc.assert(
      fc.property(batches, (bs) => {
        const pushed: number[] = [];
        const popped = play(bs, (step, last) => {
          pushed.push(last + step);
          return last + step;
        });
        expect(popped).toEqual([...popped].sort((a, b) => a - b));
        expect([...popped].sort((a, b) => a - b)).toEqual(pushed.sort((a, b) => a - b));
      }),
    );
  });

  it("answers every entry's node once, with the distance it was pushed at", () => {
    const queue = new DistanceQueue();
    const distances = [5, 3, 9, 3, 0, 1 << 30, 7];
    distances.forEach((d, node) => queue.push(d, node));
    const seen: [number, number][] = [];
    while (queue.size) {
      const node = queue.pop();
      seen.push([node, queue.top]);
    }
    expect(seen.map(([, d]) => d)).toEqual([...distances].sort((a, b) => a - b));
    for (const [node, d] of seen) expect(distances[node]).toBe(d);
  });

  it("goes on in order past a distance that is not a whole number, or is 2^31 or more", () => {
    fc.assert(
      fc.property(batches, fc.integer({ min: 0, max: 40 }), (bs, odd) => {
        let n = 0;
        const popped = play(bs, (step, last) =>
          n++ === odd ? last + step + 0.5 : n === odd + 2 ? last + step + 2 ** 31 : last + step,
        );
        expect(popped).toEqual([...popped].sort((a, b) => a - b));
      }),
    );
  });
});
