/**
 * Tells the local D1's CPU apart from the Worker's. Local D1 runs its SQLite inside the same workerd
 * process as the Worker (on Cloudflare it runs elsewhere and costs the Worker nothing), so the bench
 * brackets every D1 call the run makes with two readings of the process's CPU: what passes between them
 * is D1's. Each bracket also costs the readings themselves; `calibrate` measures that on empty brackets,
 * and `d1Ms` takes it off. With `collect`, the reading before each call also collects the isolate's garbage and asks V8
 * for the typed arrays' memory that survived, which the inspector can do only while the isolate waits:
 * a D1 call is such a moment, and a stepped run makes one at the end of every step. What those
 * collections cost (`collectMs`) is measured on its own and is neither D1's nor the run's; it takes over
 * some work the run's own collections would have done, so the run's CPU reads a little low.
 */
type Reading = { cpuMs: number; buffersMb?: number; collectMs?: number };
export type Probe = (path: "/sample" | "/live") => Promise<Reading>;

export function d1Share(db: D1Database, probe: Probe, collect: boolean) {
  const first = collect ? "/live" : "/sample";
  const totals = { calls: 0, bracketedMs: 0, bracketCostMs: 0, collectMs: 0, buffersMb: 0 };
  const bracket = async <T>(call: () => Promise<T>): Promise<T> => {
    const before = await probe(first);
    totals.buffersMb = Math.max(totals.buffersMb, before.buffersMb ?? 0);
    totals.collectMs += before.collectMs ?? 0;
    try {
      return await call();
    } finally {
      const after = await probe("/sample");
      totals.calls++;
      totals.bracketedMs += after.cpuMs - before.cpuMs;
    }
  };
  const statement = (stmt: D1PreparedStatement): D1PreparedStatement =>
    ({
      bind: (...params: unknown[]) => statement(stmt.bind(...params)),
      first: (column?: string) => bracket(() => (column ? stmt.first(column) : stmt.first())),
      run: () => bracket(() => stmt.run()),
      all: () => bracket(() => stmt.all()),
      raw: (options?: { columnNames?: boolean }) => bracket(() => stmt.raw(options as never)),
      unwrapped: stmt,
    }) as unknown as D1PreparedStatement;
  const unwrap = (s: D1PreparedStatement) => (s as unknown as { unwrapped?: D1PreparedStatement }).unwrapped ?? s;
  const wrapped = {
    prepare: (query: string) => statement(db.prepare(query)),
    batch: (stmts: D1PreparedStatement[]) => bracket(() => db.batch(stmts.map(unwrap))),
    exec: (query: string) => bracket(() => db.exec(query)),
  } as unknown as D1Database;

  return {
    db: wrapped,
    /** Measures what an empty bracket costs, from `times` of them. */
    async calibrate(times = 20) {
      let spent = 0;
      for (let i = 0; i < times; i++) {
        const before = await probe(first);
        const after = await probe("/sample");
        spent += after.cpuMs - before.cpuMs;
      }
      totals.bracketCostMs = spent / times;
    },
    reset() {
      Object.assign(totals, { calls: 0, bracketedMs: 0, collectMs: 0, buffersMb: 0 });
    },
    /**
     * `d1Ms`: D1's CPU. `probesMs`: what the readings cost, in the brackets and around them (the
     * reading before a call starts and the one after it ends cost about one bracket more a call), and
     * the collections they forced.
     */
    get totals() {
      const bracketsMs = totals.calls * totals.bracketCostMs;
      return {
        ...totals,
        d1Ms: Math.max(0, totals.bracketedMs - bracketsMs),
        probesMs: 2 * bracketsMs + totals.collectMs,
      };
    },
  };
}
