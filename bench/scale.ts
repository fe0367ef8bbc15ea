/**
 * Section 3: whole matching runs over generated companies of 10,000 to 50,000 participants, beside
 * the limits of a Worker (128 MB, of which the plan allows 96 MB of JS heap, and 5 minutes of CPU).
 * Each run is a process of its own; its peak heap is the largest heap V8 reports after any garbage
 * collection (`--trace-gc`), i.e. what the run held live, participants included.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ScaleReport } from "./scale-run";
import { agree, ms, ratio, table } from "./measure";

const RUNNER = fileURLToPath(new URL("./scale-run.ts", import.meta.url));
const HEAP_LIMIT_MB = 96;

function run(participants: number, mode: "stream" | "matrix"): ScaleReport & { heapMb: number } {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--trace-gc", RUNNER, String(participants), "1", mode],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 },
  );
  const lines = child.stdout.trim().split("\n");
  // Collections may be traced after the report line, so it is the last line that is JSON.
  const report = lines.findLast((line) => line.startsWith("{"));
  if (child.status !== 0 || !report) throw new Error(`${mode} run of ${participants} failed (status ${child.status})`);
  // A trace line reads "Scavenge 28.0 (46.1) -> 16.2 (46.1) MB": the figure after the arrow is what survived.
  let heapMb = 0;
  for (const line of lines) {
    const survived = /-> ([\d.]+) \(/.exec(line);
    if (survived) heapMb = Math.max(heapMb, Number(survived[1]));
  }
  return { ...(JSON.parse(report) as ScaleReport), heapMb };
}

export function runScale(full: boolean) {
  console.log("\n== 3. Company-wide runs: scores, constraints, the exact assignment and its proof ==");
  console.log("Generated participants shaped like a real HR file (35% mentors with 1-3 seats, 73% mentees).");
  console.log(`CPU time of planMatches; peak heap = largest live heap after a collection (limit ${HEAP_LIMIT_MB} MB).`);
  console.log(
    "The peer is the same plan over a stored score matrix (one byte a pair), where it fits. munkres would need",
  );
  console.log("a matrix of 8 bytes a seat and mentee: 400 MB at 10,000 participants, so it is not run here.\n");

  const sizes = full ? [10_000, 20_000, 50_000] : [10_000, 20_000];
  const rows: string[][] = [];
  for (const participants of sizes) {
    const people = participants.toLocaleString("en-US");
    const streamed = run(participants, "stream");
    console.log(`${people} participants (${streamed.mentors} mentors, ${streamed.mentees} mentees):`);
    console.log(
      `  RAN       streamed scores in ${ms(streamed.cpuMs)}: ${streamed.matched} matched, total score ${streamed.totalScore}`,
    );
    const cells = [
      people,
      ms(streamed.cpuMs),
      `${Math.round(streamed.heapMb)} MB`,
      `${Math.round(streamed.peakMb)} MB`,
    ];
    if (participants <= 10_000) {
      const matrix = run(participants, "matrix");
      agree(`stored score matrix in ${ms(matrix.cpuMs)}`, matrix, streamed);
      cells.push(
        `${ms(matrix.cpuMs)} (${ratio(matrix.cpuMs, streamed.cpuMs)})`,
        `${Math.round(matrix.heapMb)} MB (${ratio(matrix.heapMb, streamed.heapMb)})`,
      );
    } else cells.push("not run", "");
    rows.push(cells);
  }
  if (!full)
    console.log("  SKIPPED   50,000 participants: several minutes of CPU here; `npm run bench -- --full` adds it");
  console.log();
  table(["participants", "CPU", "peak heap", "peak resident", "matrix CPU", "matrix heap"], rows);
}
