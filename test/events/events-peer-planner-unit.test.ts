import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  circleSchedule,
  peerRoundsForEveryone,
  planPeerRounds,
  replanPeers,
} from "../../workers/domain/events/peer-planner";
import { planQuality, type Round } from "../../workers/domain/events/planner";

const peopleOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `p${String(from + i).padStart(3, "0")}`);
const fitOf = (salt: number) => (a: string, b: string) => ((a.charCodeAt(3) ^ b.charCodeAt(3)) * 13 + salt) % 101;
const pairs = (plan: Round[]) =>
  plan.flatMap((r) => r.tables.map((t) => [t.mentorId, ...t.menteeIds].sort().join("|")));

/** Each round seats each person at most once, two to a table, within the tables there are. */
function checkRounds(plan: Round[], tables: number) {
  for (const round of plan) {
    const seen = round.tables.flatMap((t) => [t.mentorId, ...t.menteeIds]).concat(round.sittingOut);
    expect(new Set(seen).size).toBe(seen.length);
    expect(round.tables.length).toBeLessThanOrEqual(tables);
    for (const t of round.tables) expect(t.menteeIds).toHaveLength(1);
  }
}

describe("the peer planner", () => {
  it("the circle method pairs everyone with everyone exactly once", () => {
    for (let n = 2; n <= 13; n++) {
      const schedule = circleSchedule(peopleOf(n));
      expect(schedule).toHaveLength(peerRoundsForEveryone(n));
      const all = schedule.flat().map((p) => [...p].sort().join("|"));
      expect(new Set(all).size).toBe(all.length);
      expect(all).toHaveLength((n * (n - 1)) / 2);
    }
  });

  it("everyone meets everyone once when there are tables and rounds for it, sitting out at most once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 21 }), fc.integer({ min: 0, max: 99 }), (n, salt) => {
        const people = peopleOf(n);
        const rounds = peerRoundsForEveryone(n);
        const plan = planPeerRounds({ people, tables: Math.floor(n / 2), rounds, score: fitOf(salt) });
        checkRounds(plan, Math.floor(n / 2));
        const q = planQuality(plan, 1, undefined, true);
        expect(q.repeats).toBe(0);
        expect(q.distinctMeetings).toBe(n < 2 ? 0 : (n * (n - 1)) / 2);
        for (const p of people) expect(plan.filter((r) => r.sittingOut.includes(p)).length).toBe(n >= 2 ? n % 2 : 0);
      }),
      { numRuns: 100 },
    );
  });

  it("never repeats a meeting and keeps sit-outs even, whatever the tables and rounds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        (n, tables, rounds, salt) => {
          const plan = planPeerRounds({ people: peopleOf(n), tables, rounds, score: fitOf(salt) });
          checkRounds(plan, tables);
          const q = planQuality(plan, 1, undefined, true);
          expect(q.repeats).toBe(0);
          if (tables * 2 >= n && rounds <= peerRoundsForEveryone(n)) expect(q.sitOutSpread).toBeLessThanOrEqual(1);
          // Every round that can fill its tables with new pairs does, as long as the full schedule lasts.
          const fill = Math.min(tables, Math.floor(n / 2));
          for (const round of plan.slice(0, Math.min(rounds, peerRoundsForEveryone(n)))) {
            if (tables * 2 >= n) expect(round.tables).toHaveLength(fill);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("with more people than seats, nobody sits out twice before everyone has sat out once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 20 }), fc.integer({ min: 1, max: 9 }), (n, tables) => {
        fc.pre(tables * 2 < n);
        const rounds = Math.min(6, peerRoundsForEveryone(n));
        const plan = planPeerRounds({ people: peopleOf(n), tables, rounds });
        const counts = peopleOf(n).map((p) => plan.filter((r) => r.sittingOut.includes(p)).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("with rounds for at most half the schedule, pairs by fit", () => {
    // Twelve people, three rounds: each round pairs the best fits not met yet, so fit beats the schedule's.
    const people = peopleOf(12);
    const score = fitOf(7);
    const byFit = planQuality(planPeerRounds({ people, tables: 6, rounds: 3, score }), 1, score, true);
    const scheduled = planQuality(planPeerRounds({ people, tables: 6, rounds: 11, score }).slice(0, 3), 1, score, true);
    expect(byFit.distinctMeetings).toBe(18);
    expect(byFit.averageFit).toBeGreaterThan(scheduled.averageFit);
  });

  it("plays the best-fitting rounds first", () => {
    // p000 and p001 fit best: when only one round is played, they meet in it.
    const score = (a: string, b: string) => ([a, b].sort().join() === "p000,p001" ? 100 : 0);
    const [round] = planPeerRounds({ people: peopleOf(6), tables: 3, rounds: 1, score });
    expect(round!.tables.some((t) => t.mentorId === "p000" && t.menteeIds[0] === "p001")).toBe(true);
  });

  it("re-plans for late arrivals and early leavers without touching past rounds or repeating a meeting", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 16 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        (n, played, arrive, leave) => {
          const people = peopleOf(n);
          const rounds = peerRoundsForEveryone(n);
          fc.pre(played < rounds);
          const plan = planPeerRounds({ people, tables: n, rounds });
          const present = [...people.slice(leave), ...peopleOf(arrive, 100)];
          const next = replanPeers(plan, played, { people: present, tables: n + arrive });
          expect(next.slice(0, played)).toEqual(plan.slice(0, played));
          expect(next).toHaveLength(plan.length);
          const later = next.slice(played);
          const seated = later.flatMap((r) => r.tables.flatMap((t) => [t.mentorId, ...t.menteeIds]));
          for (const p of people.slice(0, leave)) expect(seated).not.toContain(p);
          const all = pairs(next);
          expect(new Set(all).size).toBe(all.length);
          // A late arrival meets someone in the next round when anyone is left to meet.
          if (arrive >= 1 && present.length >= 2) expect(later[0]!.tables.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
