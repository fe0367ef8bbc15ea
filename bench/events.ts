/**
 * Section 3: planning a speed-mentoring event of 300 people (90 mentors at tables of two, 210 mentees)
 * over 12 rounds, beside a plain round-robin rotation (everyone moves two seats on each round) planned
 * for the same people in the same run: time, and the plan's quality.
 */
import { planQuality, planRounds, type Round } from "../workers/domain/events/planner";
import { mulberry32 } from "./instances";
import { bestOf, ms, ratio, table } from "./measure";

/** Milliseconds, with decimals below 10 ms: the round-robin takes a fraction of one. */
const time = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : ms(value));

const MENTORS = 90;
const MENTEES = 210;
const PER_TABLE = 2;
const ROUNDS = 12;

/** Seat k of the round-robin: mentee k moves `PER_TABLE` seats on every round; seats past the tables sit out. */
function roundRobin(tables: { table: number; mentorId: string }[], mentees: string[]): Round[] {
  const seats = tables.length * PER_TABLE;
  return Array.from({ length: ROUNDS }, (_, r) => {
    const planned = tables.map((t) => ({ ...t, menteeIds: [] as string[] }));
    const sittingOut: string[] = [];
    mentees.forEach((m, k) => {
      const seat = (k + r * PER_TABLE) % mentees.length;
      if (seat < seats) planned[Math.floor(seat / PER_TABLE)]!.menteeIds.push(m);
      else sittingOut.push(m);
    });
    return { round: r + 1, tables: planned, sittingOut };
  });
}

export function runEvents() {
  console.log(`\n== Speed mentoring: ${MENTORS + MENTEES} people, ${ROUNDS} rounds, ${PER_TABLE} mentees a table ==`);
  const random = mulberry32(2027);
  const tables = Array.from({ length: MENTORS }, (_, i) => ({ table: i + 1, mentorId: `mentor${i}` }));
  const mentees = Array.from({ length: MENTEES }, (_, i) => `mentee${i}`);
  const fit = new Map<string, number>();
  for (const t of tables) for (const m of mentees) fit.set(`${t.mentorId}|${m}`, Math.floor(random() * 101));
  const score = (mentorId: string, menteeId: string) => fit.get(`${mentorId}|${menteeId}`)!;

  const planner = bestOf(3, () => planRounds({ tables, mentees, menteesPerTable: PER_TABLE, rounds: ROUNDS, score }));
  const baseline = bestOf(3, () => roundRobin(tables, mentees));
  const rows = [
    ["Tandem planner", planner.ms, planQuality(planner.result, PER_TABLE, score)],
    ["round-robin", baseline.ms, planQuality(baseline.result, PER_TABLE, score)],
  ] as const;
  table(
    ["plan", "time", "distinct meetings", "repeats", "sit-out spread", "empty seats", "average fit"],
    rows.map(([name, took, q]) => [
      name,
      name === "round-robin" ? `${time(took)} (${ratio(took, planner.ms)})` : time(took),
      String(q.distinctMeetings),
      String(q.repeats),
      String(q.sitOutSpread),
      String(q.emptySeats),
      q.averageFit.toFixed(1),
    ]),
  );
}
