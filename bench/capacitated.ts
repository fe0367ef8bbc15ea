/**
 * Section 2: mentors with several seats, forbidden pairs and more mentees than seats, the shape
 * Tandem really solves. Each solver runs in its own process (see capacitated-run.ts) so that its peak
 * memory is measured alone. The peers are Tandem's own unpruned solver, given every allowed pair as an
 * edge, and munkres, given one row per mentor seat.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RunReport } from "./capacitated-run";
import { agree, ms, ratio, table } from "./measure";

const RUNNER = fileURLToPath(new URL("./capacitated-run.ts", import.meta.url));

/** Runs one solver in a child process with the same node flags as this one. */
function run(mentors: number, mentees: number, seed: number, solver: string): RunReport {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, RUNNER, String(mentors), String(mentees), String(seed), solver],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 },
  );
  const last = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !last.startsWith("{")) throw new Error(`${solver} run failed (status ${child.status})`);
  return JSON.parse(last) as RunReport;
}

type Instance = { mentors: number; mentees: number; seed: number; solvers: string[]; skipped?: string };

export function runCapacitated(full: boolean) {
  console.log("\n== 2. Capacitated instances: solveMatrix vs the full edge list and munkres ==");
  console.log("Mentors have 1-3 seats, 5% of pairs are forbidden, mentees outnumber seats.");
  console.log("total = CPU time converting the score matrix to the solver's input + solving; peak = resident memory");
  console.log("above the process's once the score matrix exists. Ratios = peer / Tandem solveMatrix.\n");

  const instances: Instance[] = [
    { mentors: 500, mentees: 1_000, seed: 11, solvers: ["solveMatrix", "solveAssignment", "munkres"] },
    {
      mentors: 3_300,
      mentees: 6_700,
      seed: 7,
      solvers: full ? ["solveMatrix", "munkres", "solveAssignment"] : ["solveMatrix", "munkres"],
      skipped: full
        ? undefined
        : "solveAssignment on all ~21 M allowed pairs needs several minutes here; run `npm run bench -- --full` to include it",
    },
  ];
  const rows: string[][] = [];
  for (const { mentors, mentees, seed, solvers, skipped } of instances) {
    const people = (mentors + mentees).toLocaleString("en-US");
    console.log(`${people} participants (${mentors} mentors, ${mentees} mentees):`);
    let tandem: RunReport | undefined;
    for (const solver of solvers) {
      const r = run(mentors, mentees, seed, solver);
      const total = r.inputMs + r.solveMs;
      tandem ??= r;
      const base = tandem.inputMs + tandem.solveMs;
      agree(`${r.solver} in ${ms(total)}`, r, tandem);
      rows.push([
        people,
        r.solver === "munkres" ? "munkres (seat rows)" : `Tandem ${r.solver}`,
        ms(total),
        r === tandem ? "" : ratio(total, base),
        `${Math.round(r.peakMb)} MB`,
        r === tandem ? "" : ratio(Math.max(r.peakMb, 1), Math.max(tandem.peakMb, 1)),
        r.rounds === undefined ? "" : `${r.rounds} rounds, ${r.added!.toLocaleString("en-US")} added`,
      ]);
    }
    if (skipped) {
      console.log(`  SKIPPED   ${skipped}`);
      rows.push([people, "Tandem solveAssignment", "skipped", "", "", "", ""]);
    }
  }
  console.log();
  table(["participants", "solver", "total", "time ratio", "peak", "memory ratio", "pruning"], rows);
}
