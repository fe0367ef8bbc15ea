import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexMentors } from "../../workers/domain/matching/candidates";
import { pairRules, scoreMatrix } from "../../workers/domain/matching/constraints";
import { solveDense } from "../../workers/domain/matching/dense";
import { packProfiles } from "../../workers/domain/matching/packed";
import { planMatches } from "../../workers/domain/matching/plan";
import { FORBIDDEN, solveEdges, type EdgeList } from "../../workers/domain/matching/solver";
import { AT, company, type Company } from "./match-company";

/** A company with its index and, as the reference, every pair's score. */
function indexed({ mentors, mentees, excluded, settings }: Company) {
  const capacities = mentors.map((m) => m.capacity);
  const rules = pairRules(mentors, mentees, settings, excluded);
  const index = indexMentors(packProfiles(mentors, mentees, settings, AT), capacities, rules);
  const scores = scoreMatrix(mentors, mentees, settings, excluded, AT);
  const score = (k: number, j: number) => scores[k * mentors.length + j]!;
  return { capacities, index, score };
}

const sortPairs = (pairs: [number, number][]) => pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe("candidates from the index of skills and goal words", () => {
  it("lists every seated mentor who shares a term, with the exact score, and nobody left out scores more than the bound", () => {
    fc.assert(
      fc.property(company, (c) => {
        const { capacities, index, score } = indexed(c);
        c.mentees.forEach((_, k) => {
          const seen = new Map<number, number>();
          index.neighbours(k, (j, s) => seen.set(j, s));
          capacities.forEach((seats, j) => {
            const exact = score(k, j);
            if (seen.has(j)) expect([seats > 0, seen.get(j)]).toEqual([true, exact]);
            else if (seats > 0 && exact !== FORBIDDEN) expect(exact).toBeLessThanOrEqual(index.restBound);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it("finds exactly the pairs whose reduced cost is negative, whatever the prices", () => {
    const prices = fc.record({
      mentor: fc.array(fc.integer({ min: -80, max: 80 }), { minLength: 14, maxLength: 14 }),
      limit: fc.array(fc.integer({ min: -20, max: 160 }), { minLength: 24, maxLength: 24 }),
      knownEvery: fc.integer({ min: 2, max: 5 }),
    });
    fc.assert(
      fc.property(company, prices, (c, p) => {
        const { capacities, index, score } = indexed(c);
        const price = Float64Array.from(capacities, (_, j) => p.mentor[j]!);
        const order = Int32Array.from(index.seated).sort((a, b) => price[b]! - price[a]!);
        const sorted = Float64Array.from(order, (j) => price[j]!);
        c.mentees.forEach((_, k) => {
          const limit = p.limit[k]!;
          // Pairs already among the candidates are not violators to add, whatever their reduced cost.
          const known = (j: number) => (j + k) % p.knownEvery === 0;
          // As in the proof, the mentee's neighbours were listed before and each round asks again.
          index.neighbours(k, () => {});
          index.violations(k, limit, price, order, sorted, known, () => {});
          const found: [number, number][] = [];
          const top = index.violations(k, limit, price, order, sorted, known, (j, s) => found.push([j, s]));
          const expected: [number, number][] = [];
          capacities.forEach((seats, j) => {
            const s = score(k, j);
            if (seats === 0 || s === FORBIDDEN || known(j)) return;
            if (limit - s - price[j]! < 0) expected.push([j, s]);
            // The bound the next round skips the mentee by holds every pair not yet known.
            expect(s + price[j]!).toBeLessThanOrEqual(top);
          });
          expect(sortPairs(found)).toEqual(sortPairs(expected));
        });
      }),
      { numRuns: 300 },
    );
  });

  it("never changes the optimum: the same as the dense solve of every pair", () => {
    fc.assert(
      fc.property(company, (c) => {
        const input = { ...c, at: AT };
        // One candidate a mentee and none a seat: nearly every pair of the optimum comes from the proof.
        const streamed = planMatches(input, undefined, { matrixMaxCells: 0, pruning: { perMentee: 1, perSeat: 0 } });
        const capacities = c.mentors.map((m) => m.capacity);
        const scores = scoreMatrix(c.mentors, c.mentees, c.settings, c.excluded, AT);
        const dense = solveDense({ capacities, menteeCount: c.mentees.length, scores, forbidden: FORBIDDEN });
        expect(streamed.stats).toEqual({ matched: dense.length, totalScore: dense.reduce((s, p) => s + p.score, 0) });
      }),
      { numRuns: 300 },
    );
  });
});

/** Pairs with scores from a short list (many ties); `first` marks those of the first solve. */
const pairs = fc
  .record({ mentors: fc.integer({ min: 1, max: 5 }), mentees: fc.integer({ min: 1, max: 9 }) })
  .chain(({ mentors, mentees }) =>
    fc.record({
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      menteeCount: fc.constant(mentees),
      cells: fc.array(fc.option(fc.record({ score: fc.constantFrom(0, 10, 50, 70, 100), first: fc.boolean() })), {
        minLength: mentors * mentees,
        maxLength: mentors * mentees,
      }),
    }),
  );

function edgeList(cells: { mentee: number; mentor: number; score: number }[]): EdgeList {
  return {
    length: cells.length,
    mentee: Int32Array.from(cells, (e) => e.mentee),
    mentor: Int32Array.from(cells, (e) => e.mentor),
    score: Uint8Array.from(cells, (e) => e.score),
  };
}

describe("solving again from the last solve", () => {
  it("reaches the optimum of solving afresh, with prices that prove it", () => {
    fc.assert(
      fc.property(pairs, ({ capacities, menteeCount, cells }) => {
        const mentors = capacities.length;
        const all = cells.flatMap((cell, t) =>
          cell ? [{ mentee: Math.floor(t / mentors), mentor: t % mentors, score: cell.score, first: cell.first }] : [],
        );
        const first = solveEdges(capacities, menteeCount, edgeList(all.filter((e) => e.first)));
        const warm = solveEdges(capacities, menteeCount, edgeList(all), first.warm);
        const fresh = solveEdges(capacities, menteeCount, edgeList(all));
        expect([warm.matched, warm.totalScore]).toEqual([fresh.matched, fresh.totalScore]);
        // Every pair left out has a non-negative reduced cost, every pair made a non-positive one.
        const { mentee, mentor, pairBase } = warm.prices;
        const made = new Set(warm.pairs.map((p) => `${p.mentee}|${p.mentor}`));
        for (const e of all) {
          const reduced = mentee[e.mentee]! - pairBase - e.score - mentor[e.mentor]!;
          if (made.has(`${e.mentee}|${e.mentor}`)) expect(reduced).toBeLessThanOrEqual(0);
          else expect(reduced).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
