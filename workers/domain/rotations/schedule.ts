/**
 * @module domain/rotations/schedule
 * Reverse-mentoring rotations: juniors mentor seniors, and a term is split into cycles of a few weeks
 * with a new partner each cycle. Like the speed-mentoring planner, every cycle is one exact assignment
 * (the matching solver): the most seniors paired, then fairness (whoever had more byes is paired first;
 * a second senior goes to the juniors who have had the fewest), then fit (topics a senior asked for that
 * the junior offers; another department when `departmentMix` is on). No junior meets a senior twice in
 * a term: when no new partner is left, the person gets a bye rather than a repeat.
 */
import { assignFairFirst, type WeightedEdge } from "./assign";
import { FIT, fitOf, type Fit, type RotationPerson } from "./fit";

export type { RotationPerson } from "./fit";
export { rotationQuality } from "./quality";

export type CycleDates = { cycle: number; startsAt: number; endsAt: number };
export type CyclePair = { juniorId: string; seniorIds: string[] };
export type Cycle = CycleDates & { pairs: CyclePair[]; byes: string[] };

export type RotationInput = {
  juniors: RotationPerson[];
  seniors: RotationPerson[];
  /** The term's cycles; those already in `history` are kept as they are. */
  cycles: CycleDates[];
  /** Cycles already started: their pairs are not repeated and their byes (and absences) count. */
  history?: Cycle[];
  /** How well a junior fits a senior, 0 to 100; by default the share of the senior's wants the junior offers. */
  score?: (juniorId: string, seniorId: string) => number;
  /** Avoid pairing a junior and a senior of the same department when another partner is possible. */
  departmentMix?: boolean;
};

const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * Splits a term into cycles of `cycleWeeks` weeks, numbered from 1. The last cycle may be shorter; when
 * it would be shorter than a week it is merged into the one before (a pairing needs time to meet), and a
 * term shorter than a week is one short cycle.
 */
export function cycleDates(startsAt: number, endsAt: number, cycleWeeks: number): CycleDates[] {
  if (!Number.isInteger(cycleWeeks) || cycleWeeks < 1) throw new RangeError("cycleWeeks must be a whole number ≥ 1");
  const length = cycleWeeks * WEEK;
  const cycles: CycleDates[] = [];
  for (let at = startsAt; at < endsAt; at += length) {
    cycles.push({ cycle: cycles.length + 1, startsAt: at, endsAt: Math.min(endsAt, at + length) });
  }
  const last = cycles.at(-1);
  if (cycles.length > 1 && last!.endsAt - last!.startsAt < WEEK) {
    cycles.pop();
    cycles.at(-1)!.endsAt = last!.endsAt;
  }
  return cycles;
}

/**
 * Weight parts in the solver's 0–100 range, each worth more than the parts below it can change on a
 * direct swap of partners, so fit never outweighs fairness: a person behind on byes (BEHIND > FIT), then
 * a junior's first seat (FIRST_SEAT > TRIO_TURN + FIT), then trio duty for those who had the fewest
 * (TRIO_TURN > FIT), then fit. The largest sum, BEHIND·2 + FIRST_SEAT + FIT, is 100.
 */
const BEHIND = 30;
const FIRST_SEAT = 100 - 2 * BEHIND - FIT;
const TRIO_TURN = FIT + 1;

/** Who has met whom, and how often each person went unpaired or hosted a trio. */
type State = { met: Set<string>; missed: Map<string, number>; trios: Map<string, number> };
const key = (juniorId: string, seniorId: string) => `${juniorId}|${seniorId}`;
const fewest = (ids: string[], counts: Map<string, number>) =>
  ids.length ? Math.min(...ids.map((id) => counts.get(id) ?? 0)) : 0;
const bump = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);

/**
 * One cycle. Each junior is two seats when seniors outnumber juniors (a first seat worth more, so every
 * junior is paired before anyone takes a trio), else one; seniors are the solver's mentees, so the most
 * seniors are paired first. Pairs met before are left out of the problem.
 */
function planCycle(dates: CycleDates, juniors: string[], seniors: string[], state: State, fit: Fit): Cycle {
  const seats = seniors.length > juniors.length ? 2 : 1;
  const fewestJ = fewest(juniors, state.missed);
  const fewestS = fewest(seniors, state.missed);
  const fewestTrios = fewest(juniors, state.trios);
  const edges: WeightedEdge[] = [];
  juniors.forEach((j, i) => {
    const behindJ = (state.missed.get(j) ?? 0) > fewestJ ? BEHIND : 0;
    const trioTurn = (state.trios.get(j) ?? 0) === fewestTrios ? TRIO_TURN : 0;
    seniors.forEach((s, k) => {
      if (state.met.has(key(j, s))) return;
      const behindS = (state.missed.get(s) ?? 0) > fewestS ? BEHIND : 0;
      edges.push({ mentor: i * seats, mentee: k, fair: behindS + FIRST_SEAT + behindJ, fit: fit(j, s) });
      if (seats === 2) edges.push({ mentor: i * seats + 1, mentee: k, fair: behindS + trioTurn, fit: fit(j, s) });
    });
  });
  const solved = assignFairFirst(Array(juniors.length * seats).fill(1), seniors.length, edges);
  const hosted = juniors.map(() => [] as string[]);
  for (const p of solved) hosted[Math.floor(p.mentor / seats)]!.push(seniors[p.mentee]!);
  const pairs = juniors
    .map((juniorId, i) => ({ juniorId, seniorIds: hosted[i]!.sort() }))
    .filter((p) => p.seniorIds.length > 0);
  const paired = new Set(pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]));
  const byes = [...juniors, ...seniors].filter((id) => !paired.has(id));
  record(state, pairs, byes);
  return { ...dates, pairs, byes };
}

/** Counts one cycle into the state: who met whom, who hosted a trio, who went unpaired. */
function record(state: State, pairs: CyclePair[], unpaired: string[]) {
  for (const p of pairs) {
    for (const s of p.seniorIds) state.met.add(key(p.juniorId, s));
    if (p.seniorIds.length > 1) bump(state.trios, p.juniorId);
  }
  for (const id of unpaired) bump(state.missed, id);
}

/**
 * Plans every cycle of `cycles` not already in `history`; returns the history as given followed by the
 * new cycles, in cycle order. Someone absent from a past cycle (a late joiner) counts as having had a
 * bye in it, so they are paired first.
 */
export function planRotation(input: RotationInput): Cycle[] {
  const history = input.history ?? [];
  const juniors = input.juniors.map((p) => p.id);
  const seniors = input.seniors.map((p) => p.id);
  const state: State = { met: new Set(), missed: new Map(), trios: new Map() };
  for (const c of history) {
    const paired = new Set(c.pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]));
    record(
      state,
      c.pairs,
      [...juniors, ...seniors].filter((id) => !paired.has(id)),
    );
  }
  const fit = fitOf(input.juniors, input.seniors, input.score, input.departmentMix ?? false);
  const done = new Set(history.map((c) => c.cycle));
  const planned = [...input.cycles]
    .filter((c) => !done.has(c.cycle))
    .sort((a, b) => a.cycle - b.cycle)
    .map((c) => planCycle({ cycle: c.cycle, startsAt: c.startsAt, endsAt: c.endsAt }, juniors, seniors, state, fit));
  return [...history, ...planned].sort((a, b) => a.cycle - b.cycle);
}

/** The cycle under way at `now` (start inclusive, end exclusive), or null between or outside cycles. */
export const currentCycle = <C extends CycleDates>(cycles: C[], now: number): C | null =>
  cycles.find((c) => c.startsAt <= now && now < c.endsAt) ?? null;

/** The cycles that have started by `now`: the history to keep when re-planning the rest of a term. */
export const startedCycles = <C extends CycleDates>(cycles: C[], now: number): C[] =>
  cycles.filter((c) => c.startsAt <= now);
