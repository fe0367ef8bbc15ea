import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexMentors } from "../../workers/domain/matching/candidates";
import { pairRules, scoreMatrix } from "../../workers/domain/matching/constraints";
import { packProfiles } from "../../workers/domain/matching/packed";
import { startIndexed, stepIndexed, takePrices, type SolveState } from "../../workers/domain/matching/streamed";
import { FORBIDDEN } from "../../workers/domain/matching/solver";
import { AT, company } from "./match-company";

const keys = (s: SolveState) =>
  new Set(Array.from({ length: s.kept.length }, (_, e) => `${s.kept.mentee[e]}|${s.kept.mentor[e]}`));

/** One round of the proof against the given prices (as if a solve had ended there); returns the pairs it added. */
function proveAgainst(
  s: SolveState,
  index: ReturnType<typeof indexMentors>,
  capacities: number[],
  limit: number[],
  price: number[],
) {
  const before = keys(s);
  takePrices(s, index, { mentee: Float64Array.from(limit), mentor: Float64Array.from(price), pairBase: 0 });
  // Every violator is kept, so the pairs added are exactly the violating ones.
  stepIndexed(s, index, capacities, { perMentee: 1_000, perSeat: 0 }, limit.length);
  return { before, added: [...keys(s)].filter((key) => !before.has(key)).sort() };
}

describe("the proof's rounds", () => {
  it("checks again a mentee whose one pair only one mentor's rise in price makes violating", () => {
    const round = fc.record({
      price: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 14, maxLength: 14 }),
      limit: fc.array(fc.integer({ min: 40, max: 200 }), { minLength: 24, maxLength: 24 }),
      shift: fc.integer({ min: -30, max: 30 }),
      risen: fc.nat(13),
      bump: fc.integer({ min: 1, max: 120 }),
    });
    fc.assert(
      fc.property(company, round, (c, r) => {
        const capacities = c.mentors.map((m) => m.capacity);
        const rules = pairRules(c.mentors, c.mentees, c.settings, c.excluded);
        const index = indexMentors(packProfiles(c.mentors, c.mentees, c.settings, AT), capacities, rules);
        const scores = scoreMatrix(c.mentors, c.mentees, c.settings, c.excluded, AT);
        const s = startIndexed(index, capacities, c.mentees.length, { perMentee: 1, perSeat: 0 });
        const limit1 = c.mentees.map((_, k) => r.limit[k]!);
        const price1 = c.mentors.map((_, j) => r.price[j]!);
        proveAgainst(s, index, capacities, limit1, price1);
        if (s.phase === "done") s.phase = "solve";
        // Everyone's limit and price move together, but one mentor's price rises further.
        const limit2 = limit1.map((l) => l + r.shift);
        const price2 = price1.map((p, j) => p + r.shift + (j === r.risen % c.mentors.length ? r.bump : 0));
        const { before, added } = proveAgainst(s, index, capacities, limit2, price2);
        const violating: string[] = [];
        c.mentees.forEach((_, k) =>
          capacities.forEach((seats, j) => {
            const score = scores[k * c.mentors.length + j]!;
            if (seats === 0 || score === FORBIDDEN || before.has(`${k}|${j}`)) return;
            if (limit2[k]! - score - price2[j]! < 0) violating.push(`${k}|${j}`);
          }),
        );
        expect(added).toEqual(violating.sort());
      }),
      { numRuns: 300 },
    );
  });
});
