/**
 * The exact roulette round held to independent answers: a brute force over every matching of small
 * rounds, `edmonds-blossom-fixed` on random sparse graphs, the duals' own optimality conditions, and a
 * round whose best partners alone cannot pair everyone, so the proof has to add a left-out pair back.
 */
/// <reference path="../edmonds-blossom-fixed.d.ts" />
import blossom from "edmonds-blossom-fixed";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxWeightMatching, type BlossomMatching } from "../../workers/domain/roulette/blossom";
import { solvePass } from "../../workers/domain/roulette/exact";
import { pairWeights, planRound, type RoulettePerson } from "../../workers/domain/roulette/plan";
import type { RouletteMix } from "../../workers/domain/kinds";
import { sharedWorkingHours } from "../../workers/domain/matching/hours";

const AT = Date.parse("2027-03-01T10:00:00Z");
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Asia/Kolkata"];
const TOPICS = ["chess", "film", "ai", "books", "Chess "];

const profile = fc.record({
  department: fc.constantFrom("A", "B", "C", ""),
  location: fc.constantFrom("Berlin", "Lyon", " berlin"),
  yearsExperience: fc.constantFrom(null, 1, 5, 12),
  timezone: fc.constantFrom(...ZONES),
  interests: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 }),
});
const crowd = (profiles: Omit<RoulettePerson, "id" | "trios">[]): RoulettePerson[] =>
  profiles.map((p, i) => ({ ...p, id: `p${String(i).padStart(2, "0")}`, trios: 0 }));

/** The most people paired over `allowed` pairs, then the highest total weight, by trying every matching. */
function bruteForce(n: number, allowed: (i: number, j: number) => boolean, weight: (i: number, j: number) => number) {
  let best = { paired: 0, total: 0 };
  const walk = (used: number, paired: number, total: number) => {
    if (paired > best.paired || (paired === best.paired && total > best.total)) best = { paired, total };
    let i = 0;
    while (i < n && used & (1 << i)) i++;
    if (i >= n - 1) return;
    walk(used | (1 << i), paired, total);
    for (let j = i + 1; j < n; j++) {
      if (!(used & (1 << j)) && allowed(i, j)) walk(used | (1 << i) | (1 << j), paired + 2, total + weight(i, j));
    }
  };
  walk(0, 0, 0);
  return best;
}

/** The duals' own proof: every edge covered, matched edges and used blossoms tight, unmatched vertices at zero. */
function checkDuals(n: number, edges: [number, number, number][], m: BlossomMatching) {
  const cover = (a: number, b: number) => {
    const mine = new Set<number>();
    for (let x = m.parent[a]!; x >= 0; x = m.parent[x]!) mine.add(x);
    let z = 0;
    for (let x = m.parent[b]!; x >= 0; x = m.parent[x]!) if (mine.has(x)) z += m.dual[x]!;
    return z;
  };
  for (const [a, b, wt] of edges) {
    const slack = m.dual[a]! + m.dual[b]! + 2 * cover(a, b) - 2 * wt;
    expect(slack).toBeGreaterThanOrEqual(0);
    if (m.mate[a] === b) expect(slack).toBe(0);
  }
  for (let v = 0; v < n; v++) {
    expect(m.dual[v]).toBeGreaterThanOrEqual(0);
    if (m.mate[v] === -1) expect(m.dual[v]).toBe(0);
  }
  for (let b = n; b < 2 * n; b++) expect(m.dual[b]).toBeGreaterThanOrEqual(0);
}

const asEdges = (edges: [number, number, number][]) => ({
  count: edges.length,
  from: Int32Array.from(edges, (e) => e[0]),
  to: Int32Array.from(edges, (e) => e[1]),
  weight: Float64Array.from(edges, (e) => e[2]),
});

describe("the exact roulette round", () => {
  it("weighs pairs as before, from codes packed once per person", () => {
    fc.assert(
      fc.property(fc.array(profile, { minLength: 2, maxLength: 12 }), (profiles) => {
        const people = crowd(profiles);
        const mixBy: RouletteMix[] = ["department", "location", "seniority"];
        const { weight } = pairWeights(people, mixBy, AT);
        const norm = (s: string) => s.trim().toLowerCase();
        const hours = (a: string, b: string) => sharedWorkingHours(a, b, new Date(AT));
        const differ = (a: string, b: string) => !norm(a) || !norm(b) || norm(a) !== norm(b);
        const band = (y: number | null) => (y === null ? null : y < 3 ? 0 : y < 8 ? 1 : 2);
        for (let i = 0; i < people.length; i++) {
          for (let j = 0; j < people.length; j++) {
            const [a, b] = [people[i]!, people[j]!];
            if (i === j) continue;
            const mine = new Set(a.interests.map(norm));
            const shared = new Set(b.interests.map(norm).filter((t) => mine.has(t))).size;
            const x = band(a.yearsExperience);
            const expected =
              1 +
              (differ(a.department, b.department) ? 8 : 0) +
              (differ(a.location, b.location) ? 8 : 0) +
              (x === null || x !== band(b.yearsExperience) ? 8 : 0) +
              Math.min(4, Math.floor(hours(a.timezone, b.timezone) / 2)) +
              Math.min(2, shared);
            expect(weight(i, j)).toBe(expected);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("pairs the most people without a repeat, then the highest weight, as a brute force does (up to 12 people)", () => {
    const arb = fc.record({
      profiles: fc.array(profile, { minLength: 12, maxLength: 12 }),
      n: fc.constantFrom(2, 4, 6, 8, 10, 12),
      met: fc.uniqueArray(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(arb, ({ profiles, n, met }) => {
        const people = crowd(profiles.slice(0, n));
        const pairs = met.filter(([a, b]) => a < n && b < n && a !== b);
        const metKeys = new Set(pairs.map(([a, b]) => `${Math.min(a, b)}|${Math.max(a, b)}`));
        const repeat = (i: number, j: number) => metKeys.has(`${Math.min(i, j)}|${Math.max(i, j)}`);
        const mixBy: RouletteMix[] = ["department", "seniority"];
        const { weight } = pairWeights(people, mixBy, AT);
        const best = bruteForce(n, (i, j) => !repeat(i, j), weight);
        const groups = planRound({
          people,
          met: pairs.map(([a, b]) => [people[a]!.id, people[b]!.id] as const),
          mixBy,
          seed: "s",
          at: AT,
        });
        expect(groups.flat().sort()).toEqual(people.map((p) => p.id).sort());
        const at = new Map(people.map((p, i) => [p.id, i]));
        const fresh = groups.map(([a, b]) => [at.get(a!)!, at.get(b!)!]).filter(([i, j]) => !repeat(i!, j!));
        expect(fresh.length * 2).toBe(best.paired);
        expect(fresh.reduce((s, [i, j]) => s + weight(i!, j!), 0)).toBe(best.total);
        // The same first pass from each person's two best partners only: the proof has to find the rest.
        const rules = { allowed: (i: number, j: number) => !repeat(i, j), bonus: () => 0, maxBonus: 0 };
        const sparse = solvePass(
          Int32Array.from(people, (_, i) => i),
          pairWeights(people, mixBy, AT),
          rules,
          2,
        );
        const found = [...sparse.mate].filter(([i, j]) => i < j);
        expect(found.length * 2).toBe(best.paired);
        expect(found.reduce((s, [i, j]) => s + weight(i, j), 0)).toBe(best.total);
      }),
      { numRuns: 60 },
    );
  });

  it("finds the same size and total weight as edmonds-blossom-fixed on sparse graphs of 50 to 300 people", () => {
    const arb = fc.record({
      n: fc.integer({ min: 50, max: 300 }),
      degree: fc.integer({ min: 1, max: 6 }),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(arb, ({ n, degree, seed }) => {
        let s = seed + 1;
        const random = () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5), (s >>> 0) / 2 ** 32);
        const seen = new Set<number>();
        const edges: [number, number, number][] = [];
        for (let e = 0; e < (n * degree) / 2; e++) {
          const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
          if (a === b || seen.has(Math.min(a, b) * n + Math.max(a, b))) continue;
          seen.add(Math.min(a, b) * n + Math.max(a, b));
          edges.push([a, b, 1 + Math.floor(random() * 31)]);
        }
        fc.pre(edges.length > 0);
        const sizeAndTotal = (mate: ArrayLike<number>) => ({
          pairs: edges.filter(([a, b]) => mate[a] === b).length,
          total: edges.reduce((t, [a, b, wt]) => t + (mate[a] === b ? wt : 0), 0),
        });
        // Maximum weight.
        const mine = maxWeightMatching(n, asEdges(edges));
        expect(sizeAndTotal(mine.mate).total).toBe(sizeAndTotal(blossom(edges.map((e) => [...e]))).total);
        checkDuals(n, edges, mine);
        // The most pairs first, as a round asks: the lift is what solvePass adds to every pair.
        const lift = Math.floor(n / 2) * 31 + 1;
        const lifted = maxWeightMatching(n, asEdges(edges.map(([a, b, wt]) => [a, b, lift + wt])));
        expect(sizeAndTotal(lifted.mate)).toEqual(
          sizeAndTotal(
            blossom(
              edges.map((e) => [...e]),
              true,
            ),
          ),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("proves a round of 300 in 271 small departments, with the department left out of the classes", () => {
    const people = crowd(
      Array.from({ length: 300 }, (_, i) => ({
        department: i % 10 ? `Team ${i}` : "Team 0",
        location: i % 5 ? "Berlin" : "",
        yearsExperience: null,
        timezone: ZONES[(i * 7) % ZONES.length]!,
        interests: [TOPICS[i % 4]!, TOPICS[(i * 3) % 5]!],
      })),
    );
    const w = pairWeights(people, ["department", "location"], AT);
    expect(w.classCount).toBeLessThan(50); // the departments alone would make over 256 classes
    const rules = { allowed: (i: number, j: number) => (i * j) % 11 !== 1, bonus: () => 0, maxBonus: 0 };
    const result = solvePass(
      Int32Array.from(people, (_, i) => i),
      w,
      rules,
      2,
    );
    const all: [number, number, number][] = [];
    for (let i = 0; i < 300; i++)
      for (let j = i + 1; j < 300; j++) if (rules.allowed(i, j)) all.push([i, j, w.weight(i, j)]);
    const best = blossom(all, true);
    const total = (mate: (i: number) => number) => all.reduce((t, [i, j, wt]) => t + (mate(i) === j ? wt : 0), 0);
    expect(result.added).toBeGreaterThan(0);
    expect(total((i) => result.mate.get(i)!)).toBe(total((i) => best[i]!));
    expect([...result.mate.values()].filter((m) => m >= 0)).toHaveLength(best.filter((m) => m >= 0).length);
  });

  it("adds back a left-out pair when the best partners alone cannot pair everyone", () => {
    // Everyone's best partner is Ana (another department, interests in common), so each person's single
    // best partner makes a star around her; pairing all four needs two of the others together.
    const people = crowd([
      { department: "Legal", location: "", yearsExperience: null, timezone: "UTC", interests: ["chess", "film"] },
      { department: "Sales", location: "", yearsExperience: null, timezone: "UTC", interests: ["chess", "film"] },
      { department: "Sales", location: "", yearsExperience: null, timezone: "UTC", interests: ["chess"] },
      { department: "Sales", location: "", yearsExperience: null, timezone: "UTC", interests: [] },
    ]);
    const w = pairWeights(people, ["department"], AT);
    const rules = { allowed: () => true, bonus: () => 0, maxBonus: 0 };
    const result = solvePass(Int32Array.from([0, 1, 2, 3]), w, rules, 1);
    expect(result.added).toBeGreaterThan(0);
    expect(result.solves).toBeGreaterThan(1);
    expect([...result.mate.values()].every((m) => m >= 0)).toBe(true);
    const total = [...result.mate].reduce((s, [i, j]) => s + (i < j ? w.weight(i, j) : 0), 0);
    expect(total).toBe(bruteForce(4, () => true, w.weight).total);
  });
});
