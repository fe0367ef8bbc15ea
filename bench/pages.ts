/**
 * Section 8: what each page's API calls cost the Worker in a program of 10,000 people, beside the same
 * calls in a program of 40. The real Worker (`workers/index.ts`) answers real requests over the
 * migrations in Node's SQLite; counted per call: D1 round trips (a statement alone or a whole batch)
 * and statements, and the Worker's CPU time, which is this thread's CPU time less the time spent inside
 * SQLite (on Cloudflare that is D1's time, not the Worker's). Budget: 3 round trips, 10 ms.
 */
import { registerHooks } from "node:module";
import { signSession } from "../workers/platform/session";
import { countingQueue, localD1 } from "./local-d1";
import { cpuMs, ratio, table } from "./measure";
import { PAGE_CALLS, companyStatements, type PageCall, type PageIds, type Viewer } from "./page-world";

const ORIGIN = "https://tandem.test";
const SECRET = "bench-secret-that-is-at-least-32-characters";
const RUNS = 20;
const BUDGET = { roundTrips: 3, cpuMs: 10 };

// The Worker imports Cloudflare's runtime modules (a Durable Object's base class, the email
// binding's message); these calls use neither, so Node gets empty stand-ins.
registerHooks({
  resolve(specifier, context, next) {
    if (!specifier.startsWith("cloudflare:")) return next(specifier, context);
    const stub = "export class DurableObject {}; export class EmailMessage {}; export const env = {};";
    return { url: `data:text/javascript,${encodeURIComponent(stub)}`, shortCircuit: true };
  },
});

type Usage = { roundTrips: number; statements: number; cpuMs: number };

async function world(size: number) {
  const local = localD1();
  const ids: PageIds = { programId: "p", mentorshipId: "pair", eventId: "event", menteeId: "mia" };
  for (const q of [
    "INSERT INTO programs (id, slug, name, kind, join_key) VALUES ('p', 'p', 'Company program', 'one-to-one', 'k')",
    `INSERT INTO people (id, email, name) VALUES ('admin', 'admin@example.com', 'Ada Admin'),
      ('mo', 'mo@example.com', 'Mo Mentor'), ('mia', 'mia@example.com', 'Mia Mentee')`,
    `INSERT INTO enrollments (id, program_id, person_id, role, status) VALUES
      ('e-mo', 'p', 'mo', 'mentor', 'active'), ('e-mia', 'p', 'mia', 'mentee', 'active')`,
    "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES ('pair', 'p', 'mo', 'mia', 'active', 'match', 1)",
    `INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables, mentees_per_table, program_id, join_key)
      VALUES ('event', 'Speed mentoring', 1900000000000, 'UTC', 5, 0, 10, 1, 'p', 'k')`,
    "INSERT INTO event_hosts (event_id, person_id) VALUES ('event', 'admin')",
    "INSERT INTO event_registrations (id, event_id, person_id, role) VALUES ('r-mia', 'event', 'mia', 'mentee')",
    ...companyStatements({ ...ids, mentorId: "mo" }, size - 3),
  ]) {
    local.sqlite.exec(q);
  }
  const cookies = {} as Record<Viewer, string>;
  for (const [who, personId] of [
    ["admin", "admin"],
    ["mentee", "mia"],
    ["mentor", "mo"],
  ] as const) {
    local.sqlite.prepare("INSERT INTO sessions (id, person_id, expires_at) VALUES (?, ?, ?)").run(who, personId, 9e12);
    cookies[who] = `__Host-tandem_session=${await signSession({ sub: personId, sid: who }, SECRET)}`;
  }
  const queue = countingQueue().queue;
  const env = {
    DB: local.d1,
    JWT_SECRET: SECRET,
    ENVIRONMENT: "development",
    ADMIN_EMAILS: "admin@example.com",
    APP_URL: ORIGIN,
    MAIL_QUEUE: queue,
    MAIL_URGENT_QUEUE: queue,
    MATCH_QUEUE: queue,
    IMPORT_QUEUE: queue,
  } as unknown as Env;
  return { local, ids, cookies, env };
}

async function measure(w: Awaited<ReturnType<typeof world>>, call: PageCall): Promise<Usage> {
  const { default: worker } = await import("../workers/index");
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
  const body = call.body?.(w.ids);
  const request = () =>
    new Request(`${ORIGIN}${call.path(w.ids)}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { cookie: w.cookies[call.who], origin: ORIGIN, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const once = async () => {
    const res = await worker.fetch!(request() as never, w.env, ctx);
    await res.text();
    if (!res.ok) throw new Error(`${call.name} answered ${res.status}`);
  };
  for (let i = 0; i < 3; i++) await once(); // warm the JIT and SQLite's statement cache
  const s = w.local.stats;
  const before = { ...s, cpu: cpuMs() };
  for (let i = 0; i < RUNS; i++) await once();
  const statements = (s.statements - before.statements) / RUNS;
  const batched = (s.batched - before.batched) / RUNS;
  return {
    statements,
    roundTrips: statements - batched + (s.batches - before.batches) / RUNS,
    cpuMs: (cpuMs() - before.cpu - (s.sqliteMs - before.sqliteMs)) / RUNS,
  };
}

export async function runPages() {
  console.log("\n== 8. Pages at company scale: each page's API calls at 40 and at 10,000 people ==");
  console.log(
    `Worker CPU per call (this thread's CPU less SQLite's), mean of ${RUNS}; round trips / statements to D1.`,
  );
  console.log(`Budget: ${BUDGET.roundTrips} round trips and ${BUDGET.cpuMs} ms of Worker CPU a call.\n`);
  const [small, big] = [await world(40), await world(10_000)];
  const rows: string[][] = [];
  const over: string[] = [];
  for (const call of PAGE_CALLS) {
    const [a, b] = [await measure(small, call), await measure(big, call)];
    rows.push([
      call.name,
      `${a.roundTrips} / ${a.statements}`,
      `${a.cpuMs.toFixed(2)} ms`,
      `${b.roundTrips} / ${b.statements}`,
      `${b.cpuMs.toFixed(2)} ms`,
      ratio(b.cpuMs, a.cpuMs),
    ]);
    if (b.roundTrips > BUDGET.roundTrips || b.cpuMs > BUDGET.cpuMs) over.push(call.name);
  }
  table(["call", "40: trips / stmts", "40: CPU", "10,000: trips / stmts", "10,000: CPU", "10,000 ÷ 40"], rows);
  console.log(over.length ? `\nOVER BUDGET at 10,000: ${over.join(", ")}` : "\nEvery call is within budget at 10,000.");
}
