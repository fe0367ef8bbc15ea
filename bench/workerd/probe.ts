/**
 * The host side of the workerd bench: a service binding whose handler runs in Node, beside the workerd
 * process it reads. Inside the isolate there is no CPU or heap figure to read: under `nodejs_compat`,
 * `process.cpuUsage()` is not implemented, and `process.memoryUsage()`, `process.resourceUsage()` and
 * `v8.getHeapStatistics()` return zeros; `performance.memory` does not exist; the clocks give wall time at
 * best (on Cloudflare they move only across I/O); and a tail worker's events carry `cpuTime: 0, wallTime:
 * 0` in local workerd, whatever the invocation did. So the figures come from outside:
 * - CPU time from Linux's accounting of the workerd process: the nanoseconds each of its threads has run
 *   (`/proc/<pid>/task/<tid>/schedstat`), summed.
 * - The isolate's heap from V8 itself. workerd runs with `--trace-gc` (vitest.config.ts), so V8 prints
 *   every collection of every isolate: "[pid:isolate] … Scavenge 54.5 (57.4) -> 50.9 (57.7) MB". The
 *   figure after the arrow is what survived, i.e. what the isolate really held then; the largest one
 *   during an invocation is its peak heap, measured as the Node bench measures it. Which isolate runs
 *   the Worker's code is learnt from a collection the probe asks for through workerd's inspector
 *   (`HeapProfiler.collectGarbage`): only that isolate prints a "low memory notification" for it.
 * - The array buffers' backing stores (typed arrays), which V8's heap figures leave out but which count
 *   against the isolate's 128 MB on Cloudflare, from the inspector's `Runtime.getHeapUsage` after a
 *   collection, whenever the isolate waits on D1 (d1-share.ts). Those collections add samples to the
 *   trace too, so the peak heap is read at every D1 call as well as at every collection V8 chose.
 * - Peak resident memory of the whole process: VmHWM in /proc/<pid>/status, a mark that writing 5 to
 *   /proc/<pid>/clear_refs resets.
 * Written by hand: no npm library reads another process's /proc counters or V8's GC trace, and the
 * inspector protocol is two messages over a WebSocket, which Node has built in.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

/** The inspector address the bench opens (`inspect` in vitest.config.ts). */
export const INSPECTOR = "127.0.0.1:9239";

/** The workerd processes this Node process started (the vitest pool starts one; others' have other parents). */
function workerdPids() {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command sits in parentheses and may hold spaces; the fields after it are plain.
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (comm === "workerd" && ppid === process.pid) pids.push(Number(name));
    } catch {
      // A process that ended while we looked.
    }
  }
  return pids;
}

function sample(pid: number) {
  let cpuNs = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      cpuNs += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // A thread that ended while we looked.
    }
  }
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { cpuMs: cpuNs / 1e6, rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
}

/**
 * Every collection workerd's V8 has printed: which isolate, what survived, and why it ran. Vitest loads
 * this module twice (for the root and for the project), so the record and the hook on standard output
 * are kept once for the process, not once for each copy of the module.
 */
type Trace = { collections: { isolate: string; liveMb: number; reason: string }[]; arrived: (() => void)[] };
const shared = globalThis as { tandemGcTrace?: Trace };
const hooked = shared.tandemGcTrace !== undefined;
const { collections, arrived } = (shared.tandemGcTrace ??= { collections: [], arrived: [] });
// Another thread's log line may cut a trace line after its "[pid:0x"; the isolate's digits go on after.
const TRACE = /([0-9a-f]{6,})\]\s+[\d.]+ ms: .*? -> ([\d.]+) \([\d.]+\) MB.*?\) ([^;]*)/;
if (!hooked) {
  const write = process.stdout.write.bind(process.stdout);
  // The pool forwards each line of workerd's output as one write: a trace line is kept, not printed.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const line = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const trace = TRACE.exec(line);
    if (!trace) return write(chunk, ...rest);
    collections.push({ isolate: trace[1]!, liveMb: Number(trace[2]), reason: trace[3]! });
    for (const wake of arrived.splice(0)) wake();
    return true;
  }) as typeof process.stdout.write;
}

let inspector: Promise<(method: string) => Promise<unknown>> | undefined;

/** One inspector session to the test runner's isolate (where the Worker's code runs), opened once. */
function connect() {
  inspector ??= (async () => {
    const targets = (await (await fetch(`http://${INSPECTOR}/json/list`)).json()) as {
      id: string;
      webSocketDebuggerUrl: string;
    }[];
    const target = targets.find((t) => t.id.includes("vitest-plugin-runner"));
    if (!target) throw new Error(`no test runner among the inspector's targets: ${targets.map((t) => t.id)}`);
    const socket = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = reject;
    });
    const waiting = new Map<number, (result: unknown) => void>();
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === undefined) return;
      waiting.get(message.id)?.(message.result ?? message.error);
      waiting.delete(message.id);
    };
    let next = 1;
    return (method: string) => {
      const id = next++;
      const answered = new Promise<unknown>((resolve) => waiting.set(id, resolve));
      socket.send(JSON.stringify({ id, method }));
      return answered;
    };
  })();
  return inspector;
}

let runner: string | undefined;
let since = 0;

/**
 * Forces a full collection of the runner's isolate and waits for its trace line, so that every line
 * printed before it has arrived too. Returns what survived it.
 */
async function collect() {
  const from = collections.length;
  await (
    await connect()
  )("HeapProfiler.collectGarbage");
  const deadline = Date.now() + 30_000;
  for (;;) {
    const left = deadline - Date.now();
    const forced = collections
      .slice(from)
      .find((c) => c.reason.startsWith("low memory notification") && (!runner || c.isolate === runner));
    if (forced) {
      runner = forced.isolate;
      return forced.liveMb;
    }
    if (left <= 0) throw new Error("no collection was traced: is workerd running with --trace-gc?");
    await new Promise<void>((wake) => {
      arrived.push(wake);
      setTimeout(wake, left);
    });
  }
}

/** The typed arrays' memory the isolate holds (after a collection: dead arrays are not counted). */
async function buffersMb() {
  const usage = (await (await connect())("Runtime.getHeapUsage")) as { backingStorageSize?: number };
  return (usage.backingStorageSize ?? 0) / 2 ** 20;
}

/**
 * - `POST /start`: an invocation begins: collects, notes the heap it starts from, starts new peaks.
 * - `GET /end`: it ended: collects, answers with the largest heap that survived a collection since.
 * - `GET /live`: collects, answers with the typed arrays' memory that survived, and the CPU the
 *   collection and the readings took (`collectMs`), which is the bench's, not the run's.
 * Each answers with the process's CPU time and memory too, read after any collection it forced.
 */
export async function probe(request: Request) {
  const pids = workerdPids();
  if (pids.length !== 1)
    return Response.json({ error: `expected one workerd child, found ${pids.length}` }, { status: 500 });
  const pid = pids[0]!;
  const path = new URL(request.url).pathname;
  if (path === "/start") {
    const baseMb = await collect();
    since = collections.length;
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return Response.json({ ...sample(pid), baseMb });
  }
  if (path === "/end") {
    const figures = sample(pid); // before the collection this forces
    await collect();
    const during = collections.slice(since).filter((c) => c.isolate === runner);
    return Response.json({ ...figures, peakHeapMb: Math.max(...during.map((c) => c.liveMb)) });
  }
  if (path === "/live") {
    const before = sample(pid).cpuMs;
    await collect();
    const buffers = await buffersMb();
    const figures = sample(pid);
    return Response.json({ ...figures, buffersMb: buffers, collectMs: figures.cpuMs - before });
  }
  return Response.json(sample(pid));
}
