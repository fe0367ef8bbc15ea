/**
 * Runs one whole matching plan (hard constraints, scores, the exact assignment, reasons) over generated
 * participants and prints a JSON line with its figures. The scale section starts this file in a fresh
 * process per size, so each peak memory figure is its own.
 *
 * Usage: scale-run.ts <participants> <seed> <stream | matrix>; `matrix` forces the one-byte-a-pair score
 * matrix at any size, as every run used before scores were streamed.
 */
import { planMatches } from "../workers/domain/matching/plan";
import { DEFAULT_SETTINGS } from "../workers/domain/matching/score";
import { collectGarbage, cpuMs } from "./measure";
import { company } from "./people";

export type ScaleReport = {
  mode: string;
  participants: number;
  mentors: number;
  mentees: number;
  cpuMs: number;
  /** Peak resident memory above the process's once the participants exist, in MB. */
  peakMb: number;
  matched: number;
  totalScore: number;
};

const [participants, seed] = process.argv.slice(2, 4).map(Number) as [number, number];
const mode = process.argv[4] ?? "stream";
const { mentors, mentees } = company(participants, seed);
collectGarbage();
const baseline = process.memoryUsage().rss;
const start = cpuMs();
const input = { mentors, mentees, settings: DEFAULT_SETTINGS, at: new Date(Date.UTC(2027, 0, 11)) };
const result = planMatches(input, undefined, mode === "matrix" ? { matrixMaxCells: Infinity } : {});
const report: ScaleReport = {
  mode,
  participants,
  mentors: mentors.length,
  mentees: mentees.length,
  cpuMs: cpuMs() - start,
  // resourceUsage().maxRSS is in kilobytes.
  peakMb: (process.resourceUsage().maxRSS * 1024 - baseline) / 2 ** 20,
  ...result.stats,
};
console.log(JSON.stringify(report));
