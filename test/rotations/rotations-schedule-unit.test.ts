import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  currentCycle,
  cycleDates,
  planRotation,
  rotationQuality,
  startedCycles,
  type Cycle,
  type RotationPerson,
} from "../../workers/domain/rotations/schedule";

const WEEK = 7 * 24 * 3600 * 1000;
const T0 = Date.UTC(2027, 0, 4);
const DEPARTMENTS = ["Sales", "Engineering", "Legal"];
const TOPICS = ["ai", "social", "design", "data", "video"];
const people = (prefix: string, n: number, salt = 0, from = 0): RotationPerson[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${from + i}`,
    department: DEPARTMENTS[(i + salt) % 3]!,
    offers: TOPICS.filter((_, t) => (i + salt + t) % 3 === 0),
    wants: TOPICS.filter((_, t) => (i * salt + t) % 4 === 1),
  }));
const datesOf = (n: number) => cycleDates(T0, T0 + n * 4 * WEEK, 4);
const idsOf = (ps: RotationPerson[]) => ps.map((p) => p.id);

const term = fc.record({
  juniors: fc.integer({ min: 0, max: 8 }),
  seniors: fc.integer({ min: 0, max: 8 }),
  cycles: fc.integer({ min: 1, max: 8 }),
  salt: fc.integer({ min: 0, max: 99 }),
  mix: fc.boolean(),
});

/** Each cycle pairs each person at most once, gives a junior at most two seniors, and lists everyone else as a bye. */
function checkCycles(plan: Cycle[], juniors: string[], seniors: string[]) {
  for (const c of plan) {
    const seen = c.pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]).concat(c.byes);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set([...juniors, ...seniors]));
    for (const p of c.pairs) {
      expect(juniors).toContain(p.juniorId);
      expect(p.seniorIds.length).toBeGreaterThanOrEqual(1);
      expect(p.seniorIds.length).toBeLessThanOrEqual(seniors.length > juniors.length ? 2 : 1);
    }
  }
}

describe("reverse-mentoring rotations", () => {
  it("never repeats a pair, whatever the numbers", () => {
    fc.assert(
      fc.property(term, ({ juniors, seniors, cycles, salt, mix }) => {
        const j = people("j", juniors, salt);
        const s = people("s", seniors, salt + 1);
        const plan = planRotation({ juniors: j, seniors: s, cycles: datesOf(cycles), departmentMix: mix });
        expect(plan.map((c) => c.cycle)).toEqual(datesOf(cycles).map((c) => c.cycle));
        checkCycles(plan, idsOf(j), idsOf(s));
        expect(rotationQuality(plan).repeats).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it("pairs everyone every cycle when juniors and seniors are as many and cycles ≤ that number", () => {
    fc.assert(
      fc.property(term, ({ juniors, cycles, salt, mix }) => {
        const n = Math.max(1, juniors);
        const plan = planRotation({
          juniors: people("j", n, salt),
          seniors: people("s", n, salt + 2),
          cycles: datesOf(Math.min(cycles, n)),
          departmentMix: mix,
        });
        for (const c of plan) {
          expect(c.pairs).toHaveLength(n);
          expect(c.byes).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("spreads byes when juniors outnumber seniors and cycles ≤ ⌈seniors / 2⌉: nobody has a second bye first", () => {
    fc.assert(
      fc.property(term, ({ juniors, seniors, cycles, salt, mix }) => {
        const s = Math.max(1, Math.min(seniors, juniors));
        const j = s + 1 + (juniors % 6);
        const js = people("j", j, salt);
        const ss = people("s", s, salt + 1);
        const plan = planRotation({
          juniors: js,
          seniors: ss,
          cycles: datesOf(Math.min(cycles, Math.ceil(s / 2))),
          departmentMix: mix,
        });
        const q = rotationQuality(plan, { juniors: idsOf(js), seniors: idsOf(ss) });
        expect(q.byeSpread).toBeLessThanOrEqual(1);
        expect(q.pairsPerCycle.every((n) => n === s)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("seats extra seniors (up to twice the juniors) in trios taken in turns, for cycles ≤ ⌈juniors / 2⌉", () => {
    fc.assert(
      fc.property(term, ({ juniors, seniors, cycles, salt, mix }) => {
        const j = Math.max(1, juniors);
        const s = j + 1 + (seniors % j);
        const js = people("j", j, salt);
        const ss = people("s", s, salt + 1);
        const plan = planRotation({
          juniors: js,
          seniors: ss,
          cycles: datesOf(Math.min(cycles, Math.ceil(j / 2))),
          departmentMix: mix,
        });
        checkCycles(plan, idsOf(js), idsOf(ss));
        const q = rotationQuality(plan, { juniors: idsOf(js), seniors: idsOf(ss) });
        expect(q.trioSpread).toBeLessThanOrEqual(1);
        for (const c of plan) {
          expect(c.byes).toEqual([]);
          expect(c.pairs).toHaveLength(j);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("re-plans after some cycles: history untouched, its pairs never repeated, late joiners paired every cycle", () => {
    fc.assert(
      fc.property(term, fc.integer({ min: 1, max: 7 }), ({ juniors, cycles, salt, mix }, at) => {
        const n = Math.max(2, juniors);
        const dates = datesOf(Math.max(2, Math.min(cycles, n)));
        const j = people("j", n, salt);
        const s = people("s", n, salt + 1);
        const plan = planRotation({ juniors: j, seniors: s, cycles: dates, departmentMix: mix });
        const history = startedCycles(plan, dates[Math.min(at, dates.length - 1)]!.startsAt - 1);
        const frozen = structuredClone(history);
        const lateJ = people("j", 1, salt, 100);
        const lateS = people("s", 1, salt, 100);
        const next = planRotation({
          juniors: [...j, ...lateJ],
          seniors: [...lateS, ...s],
          cycles: dates,
          history,
          score: (a, b) => (a.length * 7 + b.charCodeAt(b.length - 1) * salt) % 101,
        });
        expect(history).toEqual(frozen);
        expect(next.slice(0, history.length)).toEqual(frozen);
        expect(next.map((c) => c.cycle)).toEqual(dates.map((c) => c.cycle));
        expect(rotationQuality(next).repeats).toBe(0);
        for (const c of next.slice(history.length)) {
          // Having missed the first cycles, they count as behind on byes and are paired first.
          expect(c.byes).not.toContain("j100");
          expect(c.byes).not.toContain("s100");
        }
      }),
      { numRuns: 100 },
    );
  });

  it("prefers a junior who offers what the senior wants", () => {
    const junior = (id: string, offers: string[]) => ({ id, department: "Sales", offers, wants: [] });
    const senior = (id: string, wants: string[]) => ({ id, department: "Legal", offers: [], wants });
    const plan = planRotation({
      juniors: [junior("j1", ["tiktok"]), junior("j2", ["ai", "Prompting"])],
      seniors: [senior("s1", ["AI", "prompting"]), senior("s2", ["TikTok"])],
      cycles: datesOf(1),
    });
    expect(plan[0]!.pairs).toEqual([
      { juniorId: "j1", seniorIds: ["s2"] },
      { juniorId: "j2", seniorIds: ["s1"] },
    ]);
  });

  it("mixes departments when it can, and pairs colleagues rather than leave someone out", () => {
    const person = (id: string, department: string) => ({ id, department, offers: [], wants: [] });
    const mixed = planRotation({
      juniors: [person("j1", "Sales"), person("j2", "Legal")],
      seniors: [person("s1", "Sales"), person("s2", "Legal")],
      cycles: datesOf(1),
      departmentMix: true,
    });
    expect(mixed[0]!.pairs).toEqual([
      { juniorId: "j1", seniorIds: ["s2"] },
      { juniorId: "j2", seniorIds: ["s1"] },
    ]);
    const forced = planRotation({
      juniors: [person("j1", "Sales")],
      seniors: [person("s1", "Sales")],
      cycles: datesOf(2),
      departmentMix: true,
    });
    expect(forced[0]!.pairs).toEqual([{ juniorId: "j1", seniorIds: ["s1"] }]);
    // The only pair has met: a bye each rather than a repeat.
    expect(forced[1]!).toMatchObject({ pairs: [], byes: ["j1", "s1"] });
  });

  it("splits a term into cycles, merging a last stub shorter than a week", () => {
    expect(cycleDates(T0, T0 + 8 * WEEK, 4)).toEqual([
      { cycle: 1, startsAt: T0, endsAt: T0 + 4 * WEEK },
      { cycle: 2, startsAt: T0 + 4 * WEEK, endsAt: T0 + 8 * WEEK },
    ]);
    expect(cycleDates(T0, T0 + 10 * WEEK, 4).at(-1)).toEqual({
      cycle: 3,
      startsAt: T0 + 8 * WEEK,
      endsAt: T0 + 10 * WEEK,
    });
    expect(cycleDates(T0, T0 + 8 * WEEK + 3 * 86_400_000, 4)).toHaveLength(2);
    expect(cycleDates(T0, T0 + 8 * WEEK + 3 * 86_400_000, 4)[1]!.endsAt).toBe(T0 + 8 * WEEK + 3 * 86_400_000);
    expect(cycleDates(T0, T0 + 2 * 86_400_000, 4)).toEqual([{ cycle: 1, startsAt: T0, endsAt: T0 + 2 * 86_400_000 }]);
    expect(cycleDates(T0, T0, 4)).toEqual([]);
    expect(() => cycleDates(T0, T0 + WEEK, 0)).toThrow(RangeError);
  });

  it("finds the cycle under way", () => {
    const dates = datesOf(3);
    expect(currentCycle(dates, T0 - 1)).toBeNull();
    expect(currentCycle(dates, T0)!.cycle).toBe(1);
    expect(currentCycle(dates, T0 + 4 * WEEK)!.cycle).toBe(2);
    expect(currentCycle(dates, T0 + 12 * WEEK)).toBeNull();
    expect(startedCycles(dates, T0 + 5 * WEEK).map((c) => c.cycle)).toEqual([1, 2]);
  });
});
