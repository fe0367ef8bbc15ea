/** Small helpers shared by the bench sections: timing, result checks and table printing. */
import { FORBIDDEN } from "../workers/domain/matching/solver";

/** Runs a full garbage collection when node was started with --expose-gc; otherwise does nothing. */
export function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `fn` `reps` times and keeps the fastest run (the later runs see a warmed-up JIT). */
export function bestOf<T>(reps: number, fn: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    const start = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

/**
 * CPU milliseconds this thread has used: on a shared machine, unlike wall time, others' load barely
 * moves it, and the garbage collector's helper threads (busy after each forced collection) are not
 * charged to whichever solver runs next.
 */
export function cpuMs() {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/**
 * The thread's CPU clock (`process.threadCpuUsage`) moves in ticks of a few milliseconds: 4 ms on the
 * bench's Linux machines, so a solve of 10 ms reads as 8 or 12. A run shorter than `BATCH_MS` is
 * therefore timed as a batch of runs that together pass it, divided by their number, which leaves a
 * tick a small share of what is measured.
 */
const BATCH_MS = 200;

/**
 * `bestOf` in CPU time rather than wall time: the best of `reps` timings, each of one run or a batch.
 * `fn` must give the same result every time it runs.
 */
export function bestCpuOf<T>(reps: number, fn: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    const start = cpuMs();
    let runs = 0;
    let elapsed = 0;
    do {
      result = fn();
      runs++;
      elapsed = cpuMs() - start;
    } while (elapsed < BATCH_MS);
    best = Math.min(best, elapsed / runs);
  }
  return { ms: best, result };
}

/**
 * Checks an assignment against the score matrix it was solved from: every pair allowed, no mentee
 * twice, no mentor over capacity. Returns the pair count and score total recomputed from the matrix,
 * so no solver's own bookkeeping is trusted.
 */
export function checkPairs(
  pairs: Iterable<readonly [mentee: number, mentor: number]>,
  scores: Uint8Array,
  capacities: number[],
  menteeCount: number,
): { matched: number; totalScore: number } {
  const mentors = capacities.length;
  const seatsUsed = new Int32Array(mentors);
  const menteeUsed = new Uint8Array(menteeCount);
  let matched = 0;
  let totalScore = 0;
  for (const [mentee, mentor] of pairs) {
    if (!(mentee >= 0 && mentee < menteeCount && mentor >= 0 && mentor < mentors)) {
      throw new Error(`pair ${mentee}-${mentor} out of range`);
    }
    const score = scores[mentee * mentors + mentor]!;
    if (score === FORBIDDEN) throw new Error(`forbidden pair ${mentee}-${mentor} assigned`);
    if (menteeUsed[mentee]) throw new Error(`mentee ${mentee} assigned twice`);
    menteeUsed[mentee] = 1;
    if (++seatsUsed[mentor]! > capacities[mentor]!) throw new Error(`mentor ${mentor} over capacity`);
    matched++;
    totalScore += score;
  }
  return { matched, totalScore };
}

/** Milliseconds as a short readable figure. */
export function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

/** A peer's figure divided by Tandem's, e.g. "3.2×": above 1 means the peer needs more. */
export function ratio(peer: number, tandem: number): string {
  const r = peer / tandem;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(r < 1 ? 2 : 1)}×`;
}

/** Prints rows as a plain text table with a header rule. */
export function table(header: string[], rows: string[][]) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(r));
}

/** Collects agreement checks; any mismatch makes the bench exit non-zero. */
export const verdicts = { checks: 0, mismatches: [] as string[] };

/** Compares a solver's (matched, total) with the reference and prints OK or MISMATCH. */
export function agree(
  label: string,
  got: { matched: number; totalScore: number },
  want: { matched: number; totalScore: number },
) {
  verdicts.checks++;
  if (got.matched === want.matched && got.totalScore === want.totalScore) {
    console.log(`  OK        ${label}: ${got.matched} matched, total score ${got.totalScore}`);
  } else {
    const message = `${label}: ${got.matched} matched, total ${got.totalScore}; expected ${want.matched} / ${want.totalScore}`;
    verdicts.mismatches.push(message);
    console.log(`  MISMATCH  ${message}  <<<<<<<<<<`);
  }
}
