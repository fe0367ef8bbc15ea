/**
 * The roulette planner's rules on plain data: everyone paired (one trio when odd), no repeat within the
 * cooldown while anyone new is left, trios going round, pairs across the program's mix, and each round an
 * exact maximum-weight matching (held to a brute force on small rounds).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairWeights, planRound, type RoulettePerson } from "../../workers/domain/roulette/plan";
import type { RouletteMix } from "../../workers/domain/kinds";

const AT = Date.parse("2027-03-01T10:00:00Z");
const person = (i: number, over: Partial<RoulettePerson> = {}): RoulettePerson => ({
  id: `p${String(i).padStart(4, "0")}`,
  department: i % 2 ? "Sales" : "Legal",
  location: "",
  yearsExperience: null,
  timezone: "UTC",
  interests: [],
  trios: 0,
  ...over,
});
const crowd = (n: number) => Array.from({ length: n }, (_, i) => person(i));
const pairsOf = (groups: string[][]) =>
  groups.flatMap((g) => g.flatMap((a, k) => g.slice(k + 1).map((b) => [a, b] as [string, string])));

/** Plans `rounds` rounds in a row, each remembering the ones before and counting trios. */
function season(people: RoulettePerson[], rounds: number, mixBy: RouletteMix[] = []) {
  const met: [string, string][] = [];
  const plans: string[][][] = [];
  for (let r = 1; r <= rounds; r++) {
    const groups = planRound({ people, met, mixBy, seed: `r${r}`, at: AT });
    const trio = groups.find((g) => g.length === 3);
    if (trio) {
      // The third is whoever the planner added to a pair: the one with the fewest trios so far.
      const third = trio.reduce((best, id) =>
        people.find((p) => p.id === id)!.trios < people.find((p) => p.id === best)!.trios ? id : best,
      );
      people.find((p) => p.id === third)!.trios++;
    }
    met.push(...pairsOf(groups));
    plans.push(groups);
  }
  return { plans, met };
}

const repeats = (met: [string, string][]) => met.length - new Set(met.map(([a, b]) => `${a}|${b}`)).size;

describe("roulette rounds", () => {
  it("pairs everyone once, with one trio when the number is odd, and nobody alone", () => {
    for (const n of [2, 3, 4, 7, 10, 11]) {
      const groups = planRound({ people: crowd(n), met: [], mixBy: [], seed: "x", at: AT });
      const ids = groups.flat();
      expect(new Set(ids).size).toBe(n);
      expect(ids).toHaveLength(n);
      expect(groups.filter((g) => g.length === 3)).toHaveLength(n % 2);
      expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
    }
    expect(planRound({ people: crowd(1), met: [], mixBy: [], seed: "x", at: AT })).toEqual([]);
  });

  it("repeats no pair while anyone new is left, and repeats only once everyone has met everyone", () => {
    // Ten people: after four rounds each still has five people new to them, always enough for a round.
    expect(repeats(season(crowd(10), 5).met)).toBe(0);
    const four = season(crowd(4), 4);
    expect(repeats(four.met.slice(0, 6))).toBe(0);
    expect(four.plans[3]!.flat()).toHaveLength(4);
    expect(repeats(four.met)).toBe(2);
  });

  it("spreads trios: with seven people over seven rounds, each is the third once", () => {
    const people = crowd(7);
    season(people, 7);
    expect(people.map((p) => p.trios)).toEqual(Array(7).fill(1));
  });

  it("pairs across departments, locations or seniority as the program mixes, and prefers shared hours", () => {
    const people = crowd(10);
    const groups = planRound({ people, met: [], mixBy: ["department"], seed: "a", at: AT });
    const dept = new Map(people.map((p) => [p.id, p.department]));
    expect(groups.every(([a, b]) => dept.get(a!) !== dept.get(b!))).toBe(true);
    const zones = Array.from({ length: 8 }, (_, i) =>
      person(i, { timezone: i % 2 ? "Asia/Tokyo" : "America/Chicago" }),
    );
    const byZone = new Map(zones.map((p) => [p.id, p.timezone]));
    const pairs = planRound({ people: zones, met: [], mixBy: [], seed: "b", at: AT });
    expect(pairs.every(([a, b]) => byZone.get(a!) === byZone.get(b!))).toBe(true);
  });

  it("is an exact maximum-weight matching on small rounds", () => {
    const arb = fc.record({
      n: fc.constantFrom(4, 6, 8),
      depts: fc.array(fc.constantFrom("A", "B", "C"), { minLength: 8, maxLength: 8 }),
      years: fc.array(fc.constantFrom(1, 5, 12), { minLength: 8, maxLength: 8 }),
      metBits: fc.array(fc.boolean(), { minLength: 28, maxLength: 28 }),
    });
    fc.assert(
      fc.property(arb, ({ n, depts, years, metBits }) => {
        const people = Array.from({ length: n }, (_, i) =>
          person(i, { department: depts[i]!, yearsExperience: years[i]! }),
        );
        const mixBy: RouletteMix[] = ["department", "seniority"];
        const met: [string, string][] = [];
        let k = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++)
            if (metBits[k++] && (i + j) % 3 === 0) met.push([people[i]!.id, people[j]!.id]);
        const { weight } = pairWeights(people, mixBy, AT);
        const metSet = new Set(met.map(([a, b]) => `${a}|${b}`));
        const allowed = (i: number, j: number) => !metSet.has(`${people[i]!.id}|${people[j]!.id}`);
        // Brute force: the most people paired without a repeat, then the highest total weight.
        let best = { paired: -1, total: -1 };
        const walk = (left: number[], paired: number, total: number) => {
          if (paired > best.paired || (paired === best.paired && total > best.total)) best = { paired, total };
          if (left.length < 2) return;
          const [i, ...rest] = left;
          walk(rest, paired, total);
          rest.forEach((j, at) => {
            if (allowed(i!, j)) walk([...rest.slice(0, at), ...rest.slice(at + 1)], paired + 2, total + weight(i!, j));
          });
        };
        walk(
          people.map((_, i) => i),
          0,
          0,
        );
        if (best.paired < n) return; // a repeat is needed: covered above
        const groups = planRound({ people, met, mixBy, seed: "e", at: AT });
        const at = new Map(people.map((p, i) => [p.id, i]));
        const total = groups.reduce((s, [a, b]) => s + weight(at.get(a!)!, at.get(b!)!), 0);
        expect(pairsOf(groups).some(([a, b]) => metSet.has(`${a}|${b}`))).toBe(false);
        expect(total).toBe(best.total);
      }),
      { numRuns: 60 },
    );
  });

  it("pairs a round of a thousand as one exact matching, still without repeats", () => {
    const people = crowd(1001);
    const { plans, met } = season(people, 3, ["department"]);
    expect(repeats(met)).toBe(0);
    for (const groups of plans) expect(groups.flat()).toHaveLength(1001);
  });
});
