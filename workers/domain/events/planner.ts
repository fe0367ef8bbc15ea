/**
 * @module domain/events/planner
 * The rotation plan of a speed-mentoring event: in each round, present mentees sit at mentors' tables
 * (up to `menteesPerTable` each). Every round is an exact assignment (the matching solver): the most
 * seats filled, then the best fit; no mentee meets a mentor twice in an event; and when there are more
 * mentees than seats, those who have sat out more sit in first, so nobody sits out twice before everyone
 * has sat out once, wherever the tables allow it.
 */
import { solveAssignment, type Edge } from "../matching/solver";

export type Table = { table: number; mentorId: string };
export type PlannedTable = { table: number; mentorId: string; menteeIds: string[] };
export type Round = { round: number; tables: PlannedTable[]; sittingOut: string[] };

export type PlanInput = {
  tables: Table[];
  mentees: string[];
  menteesPerTable: number;
  /** How many rounds to plan. */
  rounds: number;
  /** The number of the first planned round (1 for a new plan; later when re-planning). */
  firstRound?: number;
  /** How well a mentor and mentee fit, 0 to 100 (the matching score); 0 for all when interests are unknown. */
  score?: (mentorId: string, menteeId: string) => number;
  /** Rounds already played or under way: their meetings are not repeated and their sit-outs count. */
  history?: Round[];
};

const key = (mentorId: string, menteeId: string) => `${mentorId}|${menteeId}`;

/**
 * Weights of one round in the solver's 0–100 range: 60 for a mentee who has sat out more than the
 * fewest (so they are seated first), plus the fit scaled into 0–39.
 */
const weight = (fit: number, behind: boolean) =>
  (behind ? 60 : 0) + (Number.isFinite(fit) ? Math.round((Math.max(0, Math.min(100, fit)) * 39) / 100) : 0);

/** Plans `rounds` rounds, continuing from `history` when given. */
export function planRounds(input: PlanInput): Round[] {
  const { tables, mentees, menteesPerTable, rounds } = input;
  const score = input.score ?? (() => 0);
  const met = new Set<string>();
  const sitOuts = new Map(mentees.map((m) => [m, 0]));
  for (const round of input.history ?? []) {
    for (const t of round.tables) for (const m of t.menteeIds) met.add(key(t.mentorId, m));
    for (const m of round.sittingOut) if (sitOuts.has(m)) sitOuts.set(m, sitOuts.get(m)! + 1);
  }
  const fit = new Map<string, number>();
  for (const t of tables) for (const m of mentees) fit.set(key(t.mentorId, m), score(t.mentorId, m));

  const plan: Round[] = [];
  const first = input.firstRound ?? 1;
  for (let r = 0; r < rounds; r++) {
    const fewest = Math.min(...sitOuts.values());
    const edges: Edge[] = [];
    tables.forEach((t, j) =>
      mentees.forEach((m, i) => {
        const k = key(t.mentorId, m);
        if (!met.has(k)) edges.push({ mentor: j, mentee: i, score: weight(fit.get(k)!, sitOuts.get(m)! > fewest) });
      }),
    );
    const solved = solveAssignment({
      capacities: tables.map(() => menteesPerTable),
      menteeCount: mentees.length,
      edges,
    });
    const seated = new Set<number>();
    const planned = tables.map((t) => ({ table: t.table, mentorId: t.mentorId, menteeIds: [] as string[] }));
    for (const p of solved.pairs) {
      planned[p.mentor]!.menteeIds.push(mentees[p.mentee]!);
      met.add(key(tables[p.mentor]!.mentorId, mentees[p.mentee]!));
      seated.add(p.mentee);
    }
    const sittingOut = mentees.filter((_, i) => !seated.has(i));
    for (const m of sittingOut) sitOuts.set(m, sitOuts.get(m)! + 1);
    for (const t of planned) t.menteeIds.sort();
    plan.push({ round: first + r, tables: planned, sittingOut });
  }
  return plan;
}

/** Rounds after which every mentee would have met every mentor once: one per table. */
export const roundsForEveryone = (tables: number) => tables;

/**
 * Re-plans an event whose round `current` is under way (0 before it starts): rounds up to and including
 * it stay as they are; later ones are planned again for who is present now.
 */
export function replan(plan: Round[], current: number, input: Omit<PlanInput, "history" | "firstRound" | "rounds">) {
  const kept = plan.filter((r) => r.round <= current);
  const later = plan.filter((r) => r.round > current).length;
  return [...kept, ...planRounds({ ...input, rounds: later, firstRound: current + 1, history: kept })];
}

/** How good a plan is: distinct meetings, repeated meetings, sit-outs per mentee (spread), empty seats. */
export function planQuality(
  plan: Round[],
  menteesPerTable: number,
  score?: (mentorId: string, menteeId: string) => number,
) {
  const meetings = new Map<string, number>();
  const sitOuts = new Map<string, number>();
  let emptySeats = 0;
  let fit = 0;
  for (const round of plan) {
    for (const t of round.tables) {
      emptySeats += menteesPerTable - t.menteeIds.length;
      for (const m of t.menteeIds) {
        meetings.set(key(t.mentorId, m), (meetings.get(key(t.mentorId, m)) ?? 0) + 1);
        sitOuts.set(m, sitOuts.get(m) ?? 0);
        fit += score?.(t.mentorId, m) ?? 0;
      }
    }
    for (const m of round.sittingOut) sitOuts.set(m, (sitOuts.get(m) ?? 0) + 1);
  }
  const counts = [...sitOuts.values()];
  const total = [...meetings.values()].reduce((a, b) => a + b, 0);
  return {
    meetings: total,
    distinctMeetings: meetings.size,
    repeats: total - meetings.size,
    sitOutSpread: counts.length ? Math.max(...counts) - Math.min(...counts) : 0,
    emptySeats,
    averageFit: total ? fit / total : 0,
  };
}
