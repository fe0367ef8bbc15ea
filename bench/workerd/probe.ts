/**
 * The host side of the workerd bench: a service binding whose handler runs in Node, beside the workerd
 * process it reads. Inside the isolate there is no CPU figure to read: under `nodejs_compat`,
 * `process.cpuUsage()` is not implemented, and `process.memoryUsage()`, `process.resourceUsage()` and
 * `v8.getHeapStatistics()` return zeros; `performance.memory` does not exist; the clocks give wall time at
 * best (on Cloudflare they move only across I/O); and a tail worker's events carry `cpuTime: 0, wallTime:
 * 0` in local workerd, whatever the invocation did. So the figures come from Linux's accounting of the
 * workerd process: CPU time from /proc/<pid>/stat (user + system, all threads) and peak resident memory
 * from VmHWM in /proc/<pid>/status, a mark that writing 5 to /proc/<pid>/clear_refs resets. Written by
 * hand: no npm library reads another process's /proc counters.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux the bench runs on

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
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of stat(5); the slice starts at field 3.
  const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { pid, cpuMs, rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
}

/** Answers with the workerd process's figures; a POST first starts a new peak. */
export function probe(request: Request) {
  const pids = workerdPids();
  if (pids.length !== 1)
    return Response.json({ error: `expected one workerd child, found ${pids.length}` }, { status: 500 });
  const pid = pids[0]!;
  if (request.method === "POST") writeFileSync(`/proc/${pid}/clear_refs`, "5");
  return Response.json(sample(pid));
}
