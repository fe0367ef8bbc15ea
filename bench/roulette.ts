/**
 * Section: roulette rounds at 1,000 and 5,000 people, each one exact matching over the whole round, beside
 * the planner it replaced (shards of 300, each solved exactly) and random pairing (a shuffle, paired off,
 * a trio when odd) for the same people over the same six weekly rounds: the mean total weight of a round
 * (what the planner maximises), repeats within the run, the share of pairs across departments (the
 * program mixes by department) and the share with at least two working hours in common, and the CPU time
 * of the slowest round.
 */
import { pairWeights, planRound, type RoulettePerson } from "../workers/domain/roulette/plan";
import { mulberry32 } from "./instances";
import { planShardedRound } from "./roulette-shards";
import { cpuMs, ms, table } from "./measure";

const SIZES = [1_000, 5_000];
const ROUNDS = 6;
const AT = Date.parse("2027-03-01T10:00:00Z");
const ZONES = [
  "Europe/Berlin",
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Asia/Tokyo",
];
const TOPICS = ["hiking", "chess", "design", "ai", "cooking", "running", "music", "books", "climbing", "film"];

function people(count: number): RoulettePerson[] {
  const random = mulberry32(2027);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    // Departments of very different sizes, as in a company: a few large ones and a long tail.
    department: `Dept ${Math.floor(20 * random() ** 2)}`,
    location: "",
    yearsExperience: null,
    timezone: pick(ZONES),
    interests: [pick(TOPICS), pick(TOPICS)],
    trios: 0,
  }));
}

function randomRound(ids: string[], random: () => number): string[][] {
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const groups: string[][] = [];
  for (let i = 0; i + 1 < order.length; i += 2) groups.push([order[i]!, order[i + 1]!]);
  if (order.length % 2) groups.at(-1)!.push(order.at(-1)!);
  return groups;
}

function season(all: RoulettePerson[], plan: (met: [string, string][], round: number) => string[][]) {
  const index = new Map(all.map((p, i) => [p.id, i]));
  const { hours } = pairWeights(all, [], AT);
  const { weight } = pairWeights(all, ["department"], AT);
  const seen = new Set<string>();
  const met: [string, string][] = [];
  let repeats = 0;
  let pairs = 0;
  let cross = 0;
  let shared = 0;
  let total = 0;
  let slowest = 0;
  for (let r = 1; r <= ROUNDS; r++) {
    // Timed once: a planner that draws at random would draw differently each time it was run again.
    const start = cpuMs();
    const groups = plan(met, r);
    const took = cpuMs() - start;
    slowest = Math.max(slowest, took);
    for (const g of groups) {
      for (let a = 0; a < g.length; a++) {
        for (let b = a + 1; b < g.length; b++) {
          const [x, y] = [index.get(g[a]!)!, index.get(g[b]!)!];
          const key = x < y ? `${x}|${y}` : `${y}|${x}`;
          if (seen.has(key)) repeats++;
          seen.add(key);
          met.push([g[a]!, g[b]!]);
          pairs++;
          total += weight(x, y);
          if (all[x]!.department !== all[y]!.department) cross++;
          if (hours(x, y) >= 2) shared++;
        }
      }
    }
  }
  const pct = (n: number) => `${((100 * n) / pairs).toFixed(1)} %`;
  return {
    weight: Math.round(total / ROUNDS).toLocaleString("en"),
    repeats: String(repeats),
    cross: pct(cross),
    shared: pct(shared),
    slowest,
  };
}

export function runRoulette() {
  for (const size of SIZES) runSize(size);
}

function runSize(size: number) {
  console.log(`\n== Roulette: ${size.toLocaleString("en")} people, ${ROUNDS} weekly rounds, mixing departments ==`);
  const all = people(size);
  const random = mulberry32(7);
  const input = (met: [string, string][], r: number) => ({
    people: all,
    met,
    mixBy: ["department" as const],
    seed: `r${r}`,
    at: AT,
  });
  const tandem = season(all, (met, r) => planRound(input(met, r)));
  const sharded = season(all, (met, r) => planShardedRound(input(met, r)));
  const baseline = season(all, () =>
    randomRound(
      all.map((p) => p.id),
      random,
    ),
  );
  const row = (name: string, s: ReturnType<typeof season>) => [
    name,
    ms(s.slowest),
    s.weight,
    s.repeats,
    s.cross,
    s.shared,
  ];
  table(
    ["pairing", "slowest round", "weight a round", "repeats", "across departments", "≥ 2 shared hours"],
    [
      row("Tandem roulette (one exact matching)", tandem),
      row("shards of 300 (before)", sharded),
      row("random pairing", baseline),
    ],
  );
}
