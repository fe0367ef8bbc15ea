/**
 * The company-wide matching run inside workerd: a generated company in the local D1, a run created as
 * the Matching page creates it, and every message of its stepped solve delivered to the real queue
 * consumer (`worker.queue`), one invocation at a time, until the run is done. Per invocation:
 * - CPU time of the workerd process (probe.ts), and of it the local D1's, which runs in the same
 *   process (d1-share.ts); the Worker's is the rest, less what the readings cost.
 * - The isolate's peak JS heap: the most that survived any collection during the invocation, and how
 *   much that is above the heap it started with (the test runner's own ~50 MB, which a deployed
 *   Worker does not carry). The typed arrays' live memory comes on top (probe.ts).
 * - Peak resident memory of the whole workerd process (runtime, test runner and SQLite included).
 * - D1 statements, counted by the metered binding; wall time from Date.now() around the call (local
 *   workerd's clocks follow the real time).
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import worker from "../../workers/index";
import { createDb } from "../../workers/platform/db";
import { createRun } from "../../workers/features/matching/repo/runs";
import type { MatchMessage } from "../../workers/features/matching/messages";
import { freshDatabase } from "../../test/fresh-database";
import { meteredEnv } from "../../test/metered-env";
import { seedCompany } from "./seed";
import { d1Share } from "./d1-share";

type Sample = {
  cpuMs: number;
  rssMb: number;
  peakRssMb: number;
  buffersMb: number;
  baseMb: number;
  peakHeapMb: number;
};
const bench = env as unknown as Env & { PROBE: Fetcher; BENCH_SIZES: string };
async function probe(method: "GET" | "POST", path: "/sample" | "/live" | "/start" | "/end") {
  const res = await bench.PROBE.fetch(`http://probe${path}`, { method });
  if (!res.ok) throw new Error(`probe: ${await res.text()}`);
  return (await res.json()) as Sample;
}

// Cloudflare's limits for one queue invocation, printed beside each figure.
const LIMITS = { cpuMs: 30_000, cpuMsRaised: 300_000, memoryMb: 128, heapMb: 96, queries: 1_000 };

const sizes = bench.BENCH_SIZES.split(",").map(Number);
const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits });

/**
 * Each size runs twice. The CPU pass leaves garbage collection to V8, so its CPU figures are the run's
 * own, and its peak heap is read at the collections V8 chose. The memory pass also collects at every
 * D1 call, to read the typed arrays that are alive and to sample the heap at every step's end; those
 * collections change the run's CPU and its invocations, so that pass's CPU figures are not the run's.
 */
const PASSES = ["CPU", "memory"] as const;

for (const participants of sizes)
  for (const pass of PASSES) {
    it(`solves a run of ${fmt(participants)} people through the queue consumer (${pass} pass)`, async () => {
      await freshDatabase(env.DB, env.TEST_MIGRATIONS);
      const programId = "bench";
      const seeded = await seedCompany(env.DB, participants, programId);
      const db = createDb(env.DB);
      const run = await createRun(db, programId, "p0");

      const held: MatchMessage[] = [{ kind: "run", runId: run.id }];
      const metered = meteredEnv(env);
      const d1 = d1Share(metered.env.DB, (path) => probe("GET", path), pass === "memory");
      await d1.calibrate();
      const testEnv = {
        ...metered.env,
        DB: d1.db,
        MATCH_QUEUE: { send: async (body: MatchMessage) => void held.push(body) },
      } as unknown as Env;

      const rows: {
        step: number;
        cpuMs: number;
        d1Ms: number;
        workerMs: number;
        baseMb: number;
        heapMb: number;
        buffersMb: number;
        calls: number;
        peakRssMb: number;
        statements: number;
        wallMs: number;
      }[] = [];
      for (let n = 0; held.length > 0; n++) {
        expect(n, "more invocations than a run needs").toBeLessThan(200);
        const body = held.shift()!;
        metered.reset();
        d1.reset();
        const before = await probe("POST", "/start"); // starts new peaks for this invocation
        const began = Date.now();
        const batch = createMessageBatch("tandem-match", [{ id: `m${n}`, timestamp: new Date(), attempts: 1, body }]);
        await worker.queue(batch as MessageBatch<never>, testEnv);
        const wallMs = Date.now() - began;
        const after = await probe("GET", "/end");
        expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual([`m${n}`]);
        rows.push({
          step: body.kind === "run" ? (body.step ?? 0) : -1,
          cpuMs: after.cpuMs - before.cpuMs,
          d1Ms: d1.totals.d1Ms,
          // What the readings cost is neither the run's nor D1's.
          workerMs: after.cpuMs - before.cpuMs - d1.totals.d1Ms - d1.totals.probesMs,
          baseMb: before.baseMb,
          heapMb: after.peakHeapMb,
          buffersMb: d1.totals.buffersMb,
          calls: d1.totals.calls,
          peakRssMb: after.peakRssMb,
          statements: metered.usage.statements,
          wallMs,
        });
      }
      const done = await env.DB.prepare("SELECT status, matched, error FROM match_runs WHERE id = ?")
        .bind(run.id)
        .first<{ status: string; matched: number; error: string | null }>();
      expect(done).toMatchObject({ status: "done", error: null });

      type Key = "cpuMs" | "workerMs" | "d1Ms" | "statements" | "wallMs";
      const total = (key: Key) => rows.reduce((sum, r) => sum + r[key], 0);
      const most = (key: "heapMb" | "buffersMb" | "peakRssMb") => Math.max(...rows.map((r) => r[key]));
      const over = (n: number, limit: number) => (n > limit ? " (over)" : "");
      // Each pass prints only the figures it measures (PASSES).
      const cpu = (ms: number) => (pass === "CPU" ? fmt(ms) : "–");
      const live = (mb: number) => (pass === "memory" ? fmt(mb, 1) : "–");
      const table = [
        [
          "step",
          "CPU ms",
          "Worker ms",
          "D1 ms",
          "heap MB",
          "above start",
          "typed arrays MB",
          "peak RSS MB",
          "statements",
          "wall ms",
        ],
        ...rows.map((r) => [
          String(r.step),
          cpu(r.cpuMs),
          cpu(r.workerMs) + over(r.workerMs, LIMITS.cpuMs),
          cpu(r.d1Ms),
          fmt(r.heapMb, 1),
          fmt(r.heapMb - r.baseMb, 1) + over(r.heapMb - r.baseMb, LIMITS.heapMb),
          live(r.buffersMb) + over(r.heapMb - r.baseMb + r.buffersMb, LIMITS.memoryMb),
          fmt(r.peakRssMb),
          fmt(r.statements) + over(r.statements, LIMITS.queries),
          fmt(r.wallMs),
        ]),
        [
          "all",
          cpu(total("cpuMs")),
          cpu(total("workerMs")),
          cpu(total("d1Ms")),
          fmt(most("heapMb"), 1),
          fmt(Math.max(...rows.map((r) => r.heapMb - r.baseMb)), 1),
          live(most("buffersMb")),
          fmt(most("peakRssMb")),
          fmt(total("statements")),
          fmt(total("wallMs")),
        ],
      ];
      const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
      const lines = [
        `${fmt(participants)} people (${fmt(seeded.mentors)} mentors, ${fmt(seeded.mentees)} mentees), ${pass} pass: ` +
          `${fmt(done!.matched)} pairs in ${rows.length} invocation(s)`,
        ...table.map((row) => "  " + row.map((cell, c) => cell.padStart(widths[c]!)).join("  ")),
        `  limits an invocation: CPU ${fmt(LIMITS.cpuMs)} ms (up to ${fmt(LIMITS.cpuMsRaised)} with [limits] cpu_ms), ` +
          `${LIMITS.memoryMb} MB of isolate memory (of which a run may take ${LIMITS.heapMb} MB of JS heap), ` +
          `${fmt(LIMITS.queries)} D1 queries`,
      ];
      console.log(lines.join("\n"));
    });
  }
