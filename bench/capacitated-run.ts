/**
 * Runs one solver on one capacitated instance and prints a JSON line with its figures. The section 2
 * driver starts this file in a fresh process per solver, so each peak memory figure is its own.
 *
 * Usage: capacitated-run.ts <mentors> <mentees> <seed> <solveMatrix | solveAssignment | munkres>
 */
import { munkres } from "munkres";
import { solveMatrix } from "../workers/domain/matching/matrix";
import { FORBIDDEN, solveAssignment } from "../workers/domain/matching/solver";
import { capacitated, edgesOf } from "./instances";
import { checkPairs, collectGarbage, cpuMs } from "./measure";

export type RunReport = {
  solver: string;
  /** Converting the shared score matrix into the solver's own input. */
  inputMs: number;
  solveMs: number;
  /** Peak resident memory above the resident memory once the score matrix was built. */
  peakMb: number;
  matched: number;
  totalScore: number;
  rounds?: number;
  added?: number;
};

const [mentors, mentees, seed] = process.argv.slice(2, 5).map(Number) as [number, number, number];
const solver = process.argv[5]!;
const { capacities, scores } = capacitated(mentors, mentees, 0.05, seed);
collectGarbage();
const baseline = process.memoryUsage().rss;

let inputMs = 0;
let start = cpuMs();
let pairs: Iterable<readonly [number, number]>;
let extra: Pick<RunReport, "rounds" | "added"> = {};
if (solver === "solveMatrix") {
  const result = solveMatrix({ capacities, menteeCount: mentees, scores });
  pairs = result.pairs.map((p) => [p.mentee, p.mentor] as const);
  extra = { rounds: result.rounds, added: result.added };
} else if (solver === "solveAssignment") {
  const edges = edgesOf(scores, mentors, mentees);
  inputMs = cpuMs() - start;
  start = cpuMs();
  pairs = solveAssignment({ capacities, menteeCount: mentees, edges }).pairs.map((p) => [p.mentee, p.mentor] as const);
} else if (solver === "munkres") {
  // munkres knows no capacities: each mentor seat becomes a row of its own. (Seats as rows and
  // mentees as columns, not the other way round: munkres is several times faster with no more rows
  // than columns.) A forbidden pair gets a cost above any sum of real costs, so it is used only where
  // no allowed pair can fill a seat, and is then dropped: the same objective, most pairs first, then
  // the best total.
  const seatMentor = capacities.flatMap((seats, j) => new Array<number>(seats).fill(j));
  const banned = 100 * (mentees + 1);
  const costs = seatMentor.map((j) =>
    Float64Array.from({ length: mentees }, (_, i) => {
      const score = scores[i * mentors + j]!;
      return score === FORBIDDEN ? banned : 100 - score;
    }),
  );
  inputMs = cpuMs() - start;
  start = cpuMs();
  pairs = munkres(costs)
    .map(([seat, mentee]) => [mentee, seatMentor[seat]!] as const)
    .filter(([mentee, mentor]) => scores[mentee * mentors + mentor] !== FORBIDDEN);
} else {
  throw new Error(`unknown solver ${solver}`);
}
const solveMs = cpuMs() - start;
// resourceUsage().maxRSS is in kilobytes.
const peakMb = (process.resourceUsage().maxRSS * 1024 - baseline) / 2 ** 20;
const report: RunReport = {
  solver,
  inputMs,
  solveMs,
  peakMb,
  ...checkPairs(pairs, scores, capacities, mentees),
  ...extra,
};
console.log(JSON.stringify(report));
