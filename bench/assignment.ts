/**
 * Section 1: square one-to-one instances, the only shape the npm assignment packages solve. Every
 * solver gets the same score matrix in its own input format (built before the clock starts) and must
 * reach the same total score.
 */
import { linearSumAssignment } from "linear-sum-assignment";
import { munkres } from "munkres";
import { solveMatrix } from "../workers/domain/matching/matrix";
import { solveAssignment } from "../workers/domain/matching/solver";
import { denseSquare, edgesOf } from "./instances";
import { agree, bestCpuOf, checkPairs, collectGarbage, ms, ratio, table } from "./measure";

const SIZES = [500, 1_000, 2_000];
/** A peer whose estimated time for the next size exceeds this is skipped rather than waited for. */
const PEER_BUDGET_MS = 60_000;

type Solver = {
  name: string;
  /** Solves the n × n instance and returns its (mentee, mentor) pairs, timed as a whole. */
  prepare: (scores: Uint8Array, n: number) => () => Iterable<readonly [number, number]>;
  peer: boolean;
};

const solvers: Solver[] = [
  {
    name: "Tandem solveMatrix",
    peer: false,
    prepare: (scores, n) => {
      const capacities = new Array<number>(n).fill(1);
      return () => solveMatrix({ capacities, menteeCount: n, scores }).pairs.map((p) => [p.mentee, p.mentor] as const);
    },
  },
  {
    name: "Tandem solveAssignment",
    peer: false,
    prepare: (scores, n) => {
      const capacities = new Array<number>(n).fill(1);
      const edges = edgesOf(scores, n, n);
      return () =>
        solveAssignment({ capacities, menteeCount: n, edges }).pairs.map((p) => [p.mentee, p.mentor] as const);
    },
  },
  {
    // munkres minimises cost, so each score s becomes the cost 100 − s.
    name: "munkres",
    peer: true,
    prepare: (scores, n) => {
      const costs = Array.from({ length: n }, (_, i) =>
        Float64Array.from(scores.subarray(i * n, (i + 1) * n), (s) => 100 - s),
      );
      return () => munkres(costs);
    },
  },
  {
    // linear-sum-assignment maximises by default (its option is spelled `maximaze`).
    name: "linear-sum-assignment",
    peer: true,
    prepare: (scores, n) => {
      const rows = Array.from({ length: n }, (_, i) => Float64Array.from(scores.subarray(i * n, (i + 1) * n)));
      return () => {
        const { rowAssignments } = linearSumAssignment(rows, { maximaze: true });
        return Array.from(rowAssignments, (mentor, mentee) => [mentee, mentor] as const);
      };
    },
  },
];

export function runAssignment() {
  console.log("\n== 1. Square one-to-one instances: Tandem vs the npm assignment packages ==");
  console.log("Scores 0-100 (half the mentees' rounded to tens, so many ties), every pair allowed, one seat each.");
  console.log(
    "Times are CPU time, the best of a few runs, input conversion excluded; ratio = peer time / Tandem solveMatrix.\n",
  );

  // Every solver first runs once untimed on a small instance, so no timed run pays for compiling it.
  const warmUp = denseSquare(100, 1);
  for (const solver of solvers) solver.prepare(warmUp, 100)();
  const times = new Map<string, number[]>(solvers.map((s) => [s.name, []]));
  const rows: string[][] = [];
  for (const n of SIZES) {
    // More runs where one takes milliseconds: on a shared machine a single one is mostly noise.
    const reps = n <= 500 ? 7 : n <= 1_000 ? 3 : 1;
    const scores = denseSquare(n, n);
    const capacities = new Array<number>(n).fill(1);
    let reference: { matched: number; totalScore: number } | undefined;
    const cells: string[] = [];
    console.log(`n = ${n} (best of ${reps}):`);
    for (const solver of solvers) {
      const history = times.get(solver.name)!;
      // Sizes double, so the next time is estimated by repeating the last growth factor.
      const [before, last] = history.slice(-2);
      const estimate = before && last ? (last * last) / before : 0;
      if (solver.peer && estimate > PEER_BUDGET_MS) {
        console.log(`  SKIPPED   ${solver.name}: estimated ${ms(estimate)} from its growth, over the budget`);
        cells.push(`skipped (est. ${ms(estimate)})`);
        continue;
      }
      const run = solver.prepare(scores, n);
      const { ms: elapsed, result } = bestCpuOf(reps, run);
      history.push(elapsed);
      const got = checkPairs(result, scores, capacities, n);
      reference ??= got;
      agree(`${solver.name} in ${ms(elapsed)}`, got, reference);
      const tandem = times.get(solvers[0]!.name)!.at(-1)!;
      cells.push(solver.peer ? `${ms(elapsed)} (${ratio(elapsed, tandem)})` : ms(elapsed));
      collectGarbage();
    }
    rows.push([n.toLocaleString("en-US"), ...cells]);
  }
  console.log();
  table(["n", ...solvers.map((s) => s.name)], rows);
}
