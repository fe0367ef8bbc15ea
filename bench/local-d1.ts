/**
 * A D1 binding over Node's built-in SQLite, for benches: the same SQL and migrations as D1, and a count
 * of every statement run (what D1 bills and what costs a round trip from a Worker). Written here
 * because a bench runs in plain Node, outside workerd; tests use the real local D1.
 */
import { readdirSync, readFileSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";
import { cpuMs } from "./measure";

type Value = string | number | bigint | null | Uint8Array;

export function localD1() {
  const db = new DatabaseSync(":memory:");
  // sqliteMs: this thread's CPU time inside SQLite, which on Cloudflare is D1's, not the Worker's.
  const stats = { statements: 0, batches: 0, batched: 0, sqliteMs: 0 };
  const returnsRows = (sql: string) => /^\s*(select|with)\b/i.test(sql) || /\breturning\b/i.test(sql);
  const run = (sql: string, params: Value[]) => {
    const st = db.prepare(sql);
    if (returnsRows(sql)) return { results: st.all(...params) as Record<string, unknown>[], meta: { changes: 0 } };
    const r = st.run(...params);
    return { results: [], meta: { changes: Number(r.changes), last_row_id: Number(r.lastInsertRowid) } };
  };
  const exec = (sql: string, params: Value[]) => {
    stats.statements++;
    const start = cpuMs();
    try {
      return run(sql, params);
    } finally {
      stats.sqliteMs += cpuMs() - start;
    }
  };
  const statement = (sql: string, params: Value[] = []) => ({
    sql,
    params,
    bind: (...p: unknown[]) => statement(sql, p.map((v) => (typeof v === "boolean" ? Number(v) : v)) as Value[]),
    all: async () => ({ success: true, ...exec(sql, params) }),
    run: async () => ({ success: true, ...exec(sql, params) }),
    raw: async () => exec(sql, params).results.map((r) => Object.values(r)),
    first: async (col?: string) => {
      const row = exec(sql, params).results[0] ?? null;
      return row && col ? row[col] : row;
    },
  });
  const binding = {
    prepare: (sql: string) => statement(sql),
    batch: async (stmts: ReturnType<typeof statement>[]) => {
      stats.batches++;
      stats.batched += stmts.length;
      db.exec("BEGIN");
      try {
        const out = stmts.map((s) => ({ success: true, ...exec(s.sql, s.params) }));
        db.exec("COMMIT");
        return out;
      } catch (err) {
        db.exec("ROLLBACK");
        throw err;
      }
    },
    exec: async (sql: string) => db.exec(sql),
  };
  for (const file of readdirSync("migrations")
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    for (const part of readFileSync(`migrations/${file}`, "utf8").split("--> statement-breakpoint")) {
      if (part.trim()) db.exec(part);
    }
  }
  return { d1: binding as unknown as D1Database, sqlite: db, stats };
}

/** A queue that counts its calls and messages. */
export function countingQueue<T>() {
  const stats = { calls: 0, messages: 0 };
  const sent: T[] = [];
  const queue = {
    send: async (body: T) => {
      stats.calls++;
      stats.messages++;
      sent.push(body);
    },
    sendBatch: async (batch: { body: T }[]) => {
      stats.calls++;
      stats.messages += batch.length;
      sent.push(...batch.map((m) => m.body));
    },
  };
  return { queue: queue as unknown as Queue<T>, stats, sent };
}
