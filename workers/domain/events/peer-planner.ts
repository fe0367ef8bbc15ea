/**
 * @module domain/events/peer-planner
 * The rotation plan of a peer event: no roles, two people at a table, everyone meets everyone.
 *
 * Pairing round after round by a per-round matching can strand pairs near the end (with six people,
 * three good rounds can leave a leftover graph with no perfect matching), so the whole schedule is made
 * first by the circle method, the round-robin tournament schedule: with n people it pairs everyone with
 * everyone exactly once in n − 1 rounds (n even) or n rounds (n odd, each person sitting out once).
 * The rounds are then played best first: the one with the most new meetings, then the one that seats
 * those who sat out more, then the best fit of interests. When the event has rounds for at most half of
 * that schedule, nobody could meet everyone anyway, and interests matter more: each round then pairs
 * the best-fitting people who have not met (those who sat out more first). With so few rounds played,
 * everyone still has more than half the room left to meet, so a round that seats everyone exists (Dirac).
 *
 * Re-planning for late arrivals and early leavers makes a new schedule of who is present; a pair in it
 * that already met is broken up and its two people are paired again with others, so nobody meets twice.
 * With fewer tables than pairs, the pairs whose people sat out more take the tables.
 *
 * The plan uses the speed-mentoring shape: at each table `mentorId` is the first of the pair and
 * `menteeIds` holds the other, so that seats, projector and picks read both kinds of event alike.
 */
import type { Round } from "./planner";

export type PeerPlanInput = {
  people: string[];
  tables: number;
  rounds: number;
  firstRound?: number;
  /** How well two people fit, 0 to 100 (shared interests); 0 for all when unknown. */
  score?: (a: string, b: string) => number;
  /** Rounds already played or under way: their meetings are not repeated and their sit-outs count. */
  history?: Round[];
};

type Pair = [string, string];
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Rounds after which every one of `n` people has met every other once. */
export const peerRoundsForEveryone = (n: number) => (n < 2 ? 0 : n % 2 ? n : n - 1);

/** The circle method: one person stays put, the rest turn one seat a round; `null` is the bye. */
export function circleSchedule(people: string[]): Pair[][] {
  const seats: (string | null)[] = people.length % 2 ? [...people, null] : [...people];
  const n = seats.length;
  const rounds: Pair[][] = [];
  for (let r = 0; r < n - 1; r++) {
    const rest = seats.slice(1);
    const turned = [seats[0]!, ...rest.slice(r), ...rest.slice(0, r)];
    const pairs: Pair[] = [];
    for (let i = 0; i < n / 2; i++) {
      const a = turned[i];
      const b = turned[n - 1 - i];
      if (a != null && b != null) pairs.push([a, b]);
    }
    rounds.push(pairs);
  }
  return rounds;
}

type State = { met: Set<string>; sitOuts: Map<string, number>; fit: (a: string, b: string) => number };

/**
 * A schedule round made playable: pairs that already met are broken up and their people paired again
 * among those left without a partner (greedily, then by swapping with a seated pair: a path of length
 * three, which is what a greedy pass most often misses).
 */
function repair(pairs: Pair[], people: string[], s: State): Pair[] {
  const kept = pairs.filter(([a, b]) => !s.met.has(pairKey(a, b)));
  const seated = new Set(kept.flat());
  const free = people.filter((p) => !seated.has(p)).sort((a, b) => (s.sitOuts.get(b) ?? 0) - (s.sitOuts.get(a) ?? 0));
  const fresh = (a: string, b: string) => a !== b && !s.met.has(pairKey(a, b));
  while (free.length > 1) {
    const u = free.shift()!;
    let best = -1;
    free.forEach((v, i) => {
      if (fresh(u, v) && (best < 0 || s.fit(u, v) > s.fit(u, free[best]!))) best = i;
    });
    if (best >= 0) {
      kept.push([u, free.splice(best, 1)[0]!]);
      continue;
    }
    const v = free.find((w) => kept.some(([a, b]) => (fresh(u, a) && fresh(w, b)) || (fresh(u, b) && fresh(w, a))));
    if (!v) continue;
    const i = kept.findIndex(([a, b]) => (fresh(u, a) && fresh(v, b)) || (fresh(u, b) && fresh(v, a)));
    const [a, b] = kept[i]!;
    kept.splice(i, 1, fresh(u, a) && fresh(v, b) ? [u, a] : [u, b], fresh(u, a) && fresh(v, b) ? [v, b] : [v, a]);
    free.splice(free.indexOf(v), 1);
  }
  return kept;
}

/** A round by fit: the best-fitting pairs of people not met yet, those who sat out more first. */
function byFit(who: string[], s: State, fewest: number): Pair[] {
  const behind = (p: string) => ((s.sitOuts.get(p) ?? 0) > fewest ? 1 : 0);
  const edges: { a: string; b: string; w: number }[] = [];
  for (let i = 0; i < who.length; i++) {
    for (let j = i + 1; j < who.length; j++) {
      const [a, b] = [who[i]!, who[j]!];
      if (!s.met.has(pairKey(a, b))) edges.push({ a, b, w: (behind(a) + behind(b)) * 1000 + s.fit(a, b) });
    }
  }
  edges.sort((x, y) => y.w - x.w);
  const taken = new Set<string>();
  const pairs: Pair[] = [];
  for (const { a, b } of edges) {
    if (taken.has(a) || taken.has(b)) continue;
    taken.add(a).add(b);
    pairs.push([a, b]);
  }
  return repair(pairs, who, s);
}

/** What a round is worth: new meetings first, then people seated who sat out more, then fit. */
function value(pairs: Pair[], tables: number, s: State, fewest: number) {
  const fresh = pairs.filter(([a, b]) => !s.met.has(pairKey(a, b)));
  const seated = seat(fresh, tables, s, fewest);
  const behind = seated.flat().filter((p) => (s.sitOuts.get(p) ?? 0) > fewest).length;
  const fit = seated.reduce((sum, [a, b]) => sum + s.fit(a, b), 0);
  return seated.length * 1e9 + behind * 1e6 + fit;
}

/** With fewer tables than pairs, the pairs whose people sat out more sit down; then the better fit. */
function seat(pairs: Pair[], tables: number, s: State, fewest: number) {
  if (pairs.length <= tables) return pairs;
  const behind = ([a, b]: Pair) => (s.sitOuts.get(a) ?? 0) + (s.sitOuts.get(b) ?? 0) - 2 * fewest;
  return [...pairs].sort((p, q) => behind(q) - behind(p) || s.fit(q[0], q[1]) - s.fit(p[0], p[1])).slice(0, tables);
}

/** The `seats` people who sat out most, taking turns among equals (round `r` starts further along). */
function nextToSit(people: string[], seats: number, s: State, r: number) {
  const turn = (i: number) => (i - r * seats + people.length * (r + 1) * seats) % people.length;
  return people
    .map((p, i) => ({ p, out: s.sitOuts.get(p)!, turn: turn(i) }))
    .sort((a, b) => b.out - a.out || a.turn - b.turn)
    .slice(0, seats)
    .map((x) => x.p);
}

/** The best round left in the schedule, made playable; used up unless the tables are too few for it. */
function fromSchedule(pool: Pair[][], capped: boolean, within: (p: Pair[]) => Pair[], who: string[], s: State) {
  const fewest = Math.min(...who.map((p) => s.sitOuts.get(p)!));
  let best = 0;
  const values = pool.map((pairs) => value(within(pairs), who.length, s, fewest));
  values.forEach((v, i) => void (v > values[best]! ? (best = i) : 0));
  const chosen = (capped ? pool[best] : pool.splice(best, 1)[0]) ?? [];
  return repair(within(chosen), who, s);
}

/** Plans `rounds` rounds of a peer event, continuing from `history` when given. */
export function planPeerRounds(input: PeerPlanInput): Round[] {
  const { people, tables } = input;
  const score = input.score ?? (() => 0);
  const fits = new Map<string, number>();
  const fit = (a: string, b: string) => {
    const k = pairKey(a, b);
    if (!fits.has(k)) fits.set(k, score(a, b));
    return fits.get(k)!;
  };
  const s: State = { met: new Set(), sitOuts: new Map(people.map((p) => [p, 0])), fit };
  for (const round of input.history ?? []) {
    for (const t of round.tables) for (const m of t.menteeIds) s.met.add(pairKey(t.mentorId, m));
    for (const p of round.sittingOut) if (s.sitOuts.has(p)) s.sitOuts.set(p, s.sitOuts.get(p)! + 1);
  }
  // Fewer tables than pairs: those who sat out more sit down first, in turn, and the schedule's pairs
  // among them are kept where they can be; a schedule round is then not used up by one round.
  const capped = tables < Math.floor(people.length / 2);
  const fitFirst = 2 * ((input.history?.length ?? 0) + input.rounds) <= peerRoundsForEveryone(people.length);
  let pool = circleSchedule(people);
  const first = input.firstRound ?? 1;
  const plan: Round[] = [];
  for (let r = 0; r < input.rounds; r++) {
    if (!pool.length) pool = circleSchedule(people);
    const fewest = Math.min(...people.map((p) => s.sitOuts.get(p)!));
    const who = capped ? nextToSit(people, 2 * tables, s, r) : people;
    const among = new Set(who);
    const within = (pairs: Pair[]) => pairs.filter(([a, b]) => among.has(a) && among.has(b));
    const pairs = seat(
      fitFirst ? byFit(who, s, fewest) : fromSchedule(pool, capped, within, who, s),
      tables,
      s,
      fewest,
    );
    for (const [a, b] of pairs) s.met.add(pairKey(a, b));
    const seated = new Set(pairs.flat());
    const sittingOut = people.filter((p) => !seated.has(p)).sort();
    for (const p of sittingOut) s.sitOuts.set(p, s.sitOuts.get(p)! + 1);
    plan.push({
      round: first + r,
      tables: pairs
        .map(([a, b]) => (a < b ? [a, b] : [b, a]))
        .sort((p, q) => (p[0]! < q[0]! ? -1 : 1))
        .map(([a, b], i) => ({ table: i + 1, mentorId: a!, menteeIds: [b!] })),
      sittingOut,
    });
  }
  return plan;
}

/** Re-plans a peer event whose round `current` is under way: later rounds are planned again for who is present. */
export function replanPeers(
  plan: Round[],
  current: number,
  input: Omit<PeerPlanInput, "history" | "firstRound" | "rounds">,
) {
  const kept = plan.filter((r) => r.round <= current);
  const later = plan.filter((r) => r.round > current).length;
  return [...kept, ...planPeerRounds({ ...input, rounds: later, firstRound: current + 1, history: kept })];
}
