import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planQuality, planRounds, replan, type Round } from "../../workers/domain/events/planner";

const event = fc.record({
  tables: fc.integer({ min: 1, max: 8 }),
  mentees: fc.integer({ min: 0, max: 24 }),
  perTable: fc.integer({ min: 1, max: 3 }),
  rounds: fc.integer({ min: 1, max: 8 }),
  salt: fc.integer({ min: 0, max: 99 }),
});
const tablesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ table: i + 1, mentorId: `mentor${i}` }));
const menteesOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `mentee${from + i}`);
const fitOf = (salt: number) => (a: string, b: string) => (a.length * 31 + b.charCodeAt(b.length - 1) * 7 + salt) % 101;

/** Each round seats each mentee at most once and fills no table past its seats. */
function checkRounds(plan: Round[], perTable: number) {
  for (const round of plan) {
    const seen = round.tables.flatMap((t) => t.menteeIds).concat(round.sittingOut);
    expect(new Set(seen).size).toBe(seen.length);
    for (const t of round.tables) expect(t.menteeIds.length).toBeLessThanOrEqual(perTable);
  }
}

describe("the rotation planner", () => {
  it("never repeats a meeting, and nobody sits out twice before everyone has sat out once", () => {
    fc.assert(
      fc.property(event, ({ tables, mentees, perTable, rounds, salt }) => {
        const plan = planRounds({
          tables: tablesOf(tables),
          mentees: menteesOf(mentees),
          menteesPerTable: perTable,
          rounds: Math.min(rounds, tables),
          score: fitOf(salt),
        });
        checkRounds(plan, perTable);
        const q = planQuality(plan, perTable);
        expect(q.repeats).toBe(0);
        expect(q.sitOutSpread).toBeLessThanOrEqual(1);
        // The first round always fills every seat it can.
        const seated = plan[0]!.tables.reduce((n, t) => n + t.menteeIds.length, 0);
        expect(seated).toBe(Math.min(mentees, tables * perTable));
      }),
      { numRuns: 300 },
    );
  });

  it("seats whoever sat out last round first", () => {
    // Three mentees, two seats: the one left out of round 1 sits in round 2.
    const plan = planRounds({ tables: tablesOf(2), mentees: menteesOf(3), menteesPerTable: 1, rounds: 2 });
    const [first, second] = plan;
    expect(first!.sittingOut).toHaveLength(1);
    expect(second!.sittingOut).not.toContain(first!.sittingOut[0]);
  });

  it("puts people with shared interests together when it can", () => {
    // mentee0 fits mentor1, mentee1 fits mentor0: one round, one seat each.
    const plan = planRounds({
      tables: tablesOf(2),
      mentees: menteesOf(2),
      menteesPerTable: 1,
      rounds: 1,
      score: (mentor, mentee) => (mentor.at(-1) !== mentee.at(-1) ? 90 : 10),
    });
    expect(plan[0]!.tables.map((t) => t.menteeIds)).toEqual([["mentee1"], ["mentee0"]]);
  });

  it("re-plans only the rounds not started: leavers vanish from them, late arrivals join, still no repeats", () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 0, max: 8 }), ({ tables, mentees, perTable, rounds, salt }, at) => {
        const n = Math.min(rounds, tables);
        const current = Math.min(at, n);
        const all = menteesOf(mentees);
        const plan = planRounds({ tables: tablesOf(tables), mentees: all, menteesPerTable: perTable, rounds: n });
        const left = all.filter((_, i) => i % 3 === 0);
        const present = [...all.filter((m) => !left.includes(m)), ...menteesOf(2, 100)];
        const next = replan(plan, current, {
          tables: tablesOf(tables),
          mentees: present,
          menteesPerTable: perTable,
          score: fitOf(salt),
        });
        expect(next.map((r) => r.round)).toEqual(plan.map((r) => r.round));
        expect(next.slice(0, current)).toEqual(plan.slice(0, current));
        for (const round of next.slice(current)) {
          const people = round.tables.flatMap((t) => t.menteeIds).concat(round.sittingOut);
          for (const m of left) expect(people).not.toContain(m);
          for (const m of menteesOf(2, 100)) expect(people).toContain(m);
        }
        checkRounds(next, perTable);
        expect(planQuality(next, perTable).repeats).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
