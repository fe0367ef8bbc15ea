/**
 * The company-wide matching run inside workerd: a generated company in the local D1, a run created as
 * the Matching page creates it, and every message of its stepped solve delivered to the real queue
 * consumer (`worker.queue`), one invocation at a time, until the run is done. Per invocation:
 * - CPU time of the workerd process (bench/workerd/probe.ts). It includes the local D1's SQLite, which
 *   runs in the same process, whereas on Cloudflare D1's work is not the Worker's: an upper bound.
 * - Peak resident memory of the workerd process (runtime, test runner and SQLite included), and its
 *   rise above the memory before the invocation: the isolate's own heap is not readable (probe.ts).
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
async function probe(method: "GET" | "POST", path: "/sample" | "/buffers" | "/start" | "/end") {
  const res = await bench.PROBE.fetch(`http://probe${path}`, { method });
  if (!res.ok) throw new Error(`probe: ${await res.text()}`);
  return (await res.json()) as Sample;
}

// Cloudflare's limits for one queue invocation, printed beside each figure.
const LIMITS = { cpuMs: 30_000, cpuMsRaised: 300_000, memoryMb: 128, heapMb: 96, queries: 1_000 };

const sizes = bench.BENCH_SIZES.split(",").map(Number);
const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits });

for (const participants of sizes) {
  it(`solves a run of ${fmt(participants)} people through the queue consumer`, async () => {
    await freshDatabase(env.DB, env.TEST_MIGRATIONS);
    const programId = "bench";
    const seeded = await seedCompany(env.DB, participants, programId);
    const db = createDb(env.DB);
    const run = await createRun(db, programId, "p0");

    const held: MatchMessage[] = [{ kind: "run", runId: run.id }];
    const metered = meteredEnv(env);
    const d1 = d1Share(metered.env.DB, (path) => probe("GET", path));
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
    const table = [
      [
        "step",
        "CPU ms",
        "Worker ms",
        "D1 ms",
        "heap MB",
        "above start",
        "buffers MB",
        "peak RSS MB",
        "statements",
        "wall ms",
      ],
      ...rows.map((r) => [
        String(r.step),
        fmt(r.cpuMs),
        fmt(r.workerMs) + over(r.workerMs, LIMITS.cpuMs),
        fmt(r.d1Ms),
        fmt(r.heapMb, 1) + over(r.heapMb, LIMITS.heapMb),
        fmt(r.heapMb - r.baseMb, 1),
        fmt(r.buffersMb, 1),
        fmt(r.peakRssMb),
        fmt(r.statements) + over(r.statements, LIMITS.queries),
        fmt(r.wallMs),
      ]),
      [
        "all",
        fmt(total("cpuMs")),
        fmt(total("workerMs")),
        fmt(total("d1Ms")),
        fmt(most("heapMb"), 1),
        fmt(Math.max(...rows.map((r) => r.heapMb - r.baseMb)), 1),
        fmt(most("buffersMb"), 1),
        fmt(most("peakRssMb")),
        fmt(total("statements")),
        fmt(total("wallMs")),
      ],
    ];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
    const lines = [
      `${fmt(participants)} people (${fmt(seeded.mentors)} mentors, ${fmt(seeded.mentees)} mentees): ` +
        `${fmt(done!.matched)} pairs in ${rows.length} invocation(s)`,
      ...table.map((row) => "  " + row.map((cell, c) => cell.padStart(widths[c]!)).join("  ")),
      `  limits an invocation: CPU ${fmt(LIMITS.cpuMs)} ms (up to ${fmt(LIMITS.cpuMsRaised)} with [limits] cpu_ms), ` +
        `${LIMITS.memoryMb} MB of isolate memory, ${fmt(LIMITS.queries)} D1 queries`,
    ];
    console.log(lines.join("\n"));
  });
}
