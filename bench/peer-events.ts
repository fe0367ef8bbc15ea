/**
 * Section 4: planning a peer event (no roles, everyone meets everyone) beside a per-round greedy pairing
 * (each person in turn takes the best-fitting partner not met yet) planned for the same people in the
 * same run: 300 people over 12 rounds, and 30 people over the 29 rounds in which everyone could meet
 * everyone, where greedy rounds strand pairs and the circle schedule does not.
 */
import { planPeerRounds, peerRoundsForEveryone } from "../workers/domain/events/peer-planner";
import { planQuality, type Round } from "../workers/domain/events/planner";
import { mulberry32 } from "./instances";
import { bestOf, ms, ratio, table } from "./measure";

const time = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : ms(value));
const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function greedy(people: string[], rounds: number, score: (a: string, b: string) => number): Round[] {
  const met = new Set<string>();
  return Array.from({ length: rounds }, (_, r) => {
    const free = new Set(people);
    const tables: Round["tables"] = [];
    for (const a of people) {
      if (!free.has(a)) continue;
      free.delete(a);
      let best: string | null = null;
      for (const b of free) if (!met.has(key(a, b)) && (best === null || score(a, b) > score(a, best))) best = b;
      if (best === null) continue;
      free.delete(best);
      met.add(key(a, best));
      tables.push({ table: tables.length + 1, mentorId: a, menteeIds: [best] });
    }
    const seated = new Set(tables.flatMap((t) => [t.mentorId, ...t.menteeIds]));
    return { round: r + 1, tables, sittingOut: people.filter((p) => !seated.has(p)) };
  });
}

function compare(people: number, rounds: number) {
  console.log(`\n== Peer event: ${people} people, ${rounds} rounds ==`);
  const random = mulberry32(people);
  const ids = Array.from({ length: people }, (_, i) => `peer${i}`);
  const fit = new Map<string, number>();
  for (const a of ids) for (const b of ids) if (a < b) fit.set(key(a, b), Math.floor(random() * 101));
  const score = (a: string, b: string) => fit.get(key(a, b)) ?? 0;
  const planner = bestOf(3, () => planPeerRounds({ people: ids, tables: people, rounds, score }));
  const baseline = bestOf(3, () => greedy(ids, rounds, score));
  table(
    ["plan", "time", "distinct meetings", "repeats", "sit-out spread", "average fit"],
    (
      [
        ["Tandem peer planner", planner.ms, planQuality(planner.result, 1, score, true)],
        ["greedy rounds", baseline.ms, planQuality(baseline.result, 1, score, true)],
      ] as const
    ).map(([name, took, q]) => [
      name,
      name === "greedy rounds" ? `${time(took)} (${ratio(took, planner.ms)})` : time(took),
      String(q.distinctMeetings),
      String(q.repeats),
      String(q.sitOutSpread),
      q.averageFit.toFixed(1),
    ]),
  );
}

export function runPeerEvents() {
  compare(300, 12);
  compare(30, peerRoundsForEveryone(30));
}
