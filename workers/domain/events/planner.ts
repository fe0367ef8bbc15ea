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

/** Who has met whom: a mentor and a mentee. */
type Met = { has(a: string, b: string): boolean; add(a: string, b: string): void };
const directed = (): Met => {
  const set = new Set<string>();
  return { has: (a, b) => set.has(key(a, b)), add: (a, b) => void set.add(key(a, b)) };
};

/**
 * One round: the exact assignment of `guests` to `tables` with no repeated meeting, the most seats
 * filled, those who sat out more seated first, then the best fit.
 */
function planRound(
  round: number,
  tables: Table[],
  guests: string[],
  menteesPerTable: number,
  met: Met,
  sitOuts: Map<string, number>,
  fit: (host: string, guest: string) => number,
): Round {
  const fewest = Math.min(...guests.map((g) => sitOuts.get(g) ?? 0));
  const edges: Edge[] = [];
  tables.forEach((t, j) =>
    guests.forEach((g, i) => {
      if (!met.has(t.mentorId, g)) {
        edges.push({ mentor: j, mentee: i, score: weight(fit(t.mentorId, g), (sitOuts.get(g) ?? 0) > fewest) });
      }
    }),
  );
  const solved = solveAssignment({ capacities: tables.map(() => menteesPerTable), menteeCount: guests.length, edges });
  const seated = new Set<number>();
  const planned = tables.map((t) => ({ table: t.table, mentorId: t.mentorId, menteeIds: [] as string[] }));
  for (const p of solved.pairs) {
    planned[p.mentor]!.menteeIds.push(guests[p.mentee]!);
    met.add(tables[p.mentor]!.mentorId, guests[p.mentee]!);
    seated.add(p.mentee);
  }
  const sittingOut = guests.filter((_, i) => !seated.has(i));
  for (const g of sittingOut) sitOuts.set(g, (sitOuts.get(g) ?? 0) + 1);
  for (const t of planned) t.menteeIds.sort();
  return { round, tables: planned, sittingOut };
}

/** Meetings and sit-outs of rounds already played. */
function replay(history: Round[], met: Met, sitOuts: Map<string, number>) {
  for (const round of history) {
    for (const t of round.tables) for (const m of t.menteeIds) met.add(t.mentorId, m);
    for (const m of round.sittingOut) sitOuts.set(m, (sitOuts.get(m) ?? 0) + 1);
  }
}

/** Plans `rounds` rounds, continuing from `history` when given. */
export function planRounds(input: PlanInput): Round[] {
  const { tables, mentees, menteesPerTable, rounds } = input;
  const score = input.score ?? (() => 0);
  const met = directed();
  const sitOuts = new Map(mentees.map((m) => [m, 0]));
  replay(input.history ?? [], met, sitOuts);
  const fit = new Map<string, number>();
  for (const t of tables) for (const m of mentees) fit.set(key(t.mentorId, m), score(t.mentorId, m));
  const first = input.firstRound ?? 1;
  return Array.from({ length: rounds }, (_, r) =>
    planRound(first + r, tables, mentees, menteesPerTable, met, sitOuts, (a, b) => fit.get(key(a, b))!),
  );
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

/**
 * How good a plan is: distinct meetings, repeated meetings (either way round), sit-outs per rotating
 * person (spread: everyone at a table counts in a peer event), empty seats.
 */
export function planQuality(
  plan: Round[],
  menteesPerTable: number,
  score?: (mentorId: string, menteeId: string) => number,
  peers = false,
) {
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const meetings = new Map<string, number>();
  const sitOuts = new Map<string, number>();
  let emptySeats = 0;
  let fit = 0;
  for (const round of plan) {
    for (const t of round.tables) {
      emptySeats += menteesPerTable - t.menteeIds.length;
      if (peers) sitOuts.set(t.mentorId, sitOuts.get(t.mentorId) ?? 0);
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
