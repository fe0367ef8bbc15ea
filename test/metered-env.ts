/**
 * A test's view of what one invocation asks of its bindings, to hold it to Cloudflare's per-invocation
 * limits: every D1 statement is counted (each statement of a batch on its own) and its bound parameters
 * checked against D1's 100, and every subrequest to a binding (queue send and sendBatch, Durable Object
 * fetch) is counted. Queues may be dropped instead of forwarded, so a test of thousands of mails does not
 * set the mail consumer working in the background.
 */
import { MAX_PARAMS } from "../workers/platform/statements";

/** `roundTrips`: what waits on D1 once each — a statement run on its own, or a whole batch. */
export type Usage = { statements: number; roundTrips: number; subrequests: number; maxParams: number };

export function meteredEnv(base: Env, options: { forwardQueues?: boolean } = {}) {
  const usage: Usage = { statements: 0, roundTrips: 0, subrequests: 0, maxParams: 0 };
  const reset = () => Object.assign(usage, { statements: 0, roundTrips: 0, subrequests: 0, maxParams: 0 });
  const real = new WeakMap<object, D1PreparedStatement>();

  const statement = (stmt: D1PreparedStatement, query: string): D1PreparedStatement => {
    const counted =
      <T>(run: () => T) =>
      () => {
        usage.statements++;
        usage.roundTrips++;
        return run();
      };
    const wrapped = {
      bind: (...params: unknown[]) => {
        usage.maxParams = Math.max(usage.maxParams, params.length);
        if (params.length > MAX_PARAMS) throw new Error(`${params.length} parameters in: ${query.slice(0, 200)}`);
        return statement(stmt.bind(...params), query);
      },
      first: (column?: string) => counted(() => (column ? stmt.first(column) : stmt.first()))(),
      run: counted(() => stmt.run()),
      all: counted(() => stmt.all()),
      raw: (opts?: { columnNames?: boolean }) => counted(() => stmt.raw(opts as never))(),
    };
    real.set(wrapped, stmt);
    return wrapped as unknown as D1PreparedStatement;
  };

  const DB = {
    prepare: (query: string) => statement(base.DB.prepare(query), query),
    batch: (stmts: D1PreparedStatement[]) => {
      usage.statements += stmts.length;
      usage.roundTrips++;
      return base.DB.batch(stmts.map((s) => real.get(s) ?? s));
    },
    exec: (query: string) => {
      usage.statements++;
      usage.roundTrips++;
      return base.DB.exec(query);
    },
  } as unknown as D1Database;

  const queue = (q: Queue) =>
    ({
      send: (body: unknown, opts?: QueueSendOptions) => {
        usage.subrequests++;
        return options.forwardQueues ? q.send(body, opts) : Promise.resolve();
      },
      sendBatch: (messages: MessageSendRequest[], opts?: QueueSendBatchOptions) => {
        usage.subrequests++;
        if (messages.length > 100) throw new Error(`sendBatch of ${messages.length} messages`);
        return options.forwardQueues ? q.sendBatch(messages, opts) : Promise.resolve();
      },
    }) as unknown as Queue;

  const EVENT_LIVE = {
    idFromName: (name: string) => base.EVENT_LIVE.idFromName(name),
    get: (id: DurableObjectId) => {
      const stub = base.EVENT_LIVE.get(id);
      return {
        fetch: (input: RequestInfo, init?: RequestInit) => {
          usage.subrequests++;
          return stub.fetch(input, init);
        },
      };
    },
  } as unknown as Env["EVENT_LIVE"];

  const env: Env = {
    ...base,
    DB,
    MAIL_QUEUE: queue(base.MAIL_QUEUE),
    MATCH_QUEUE: queue(base.MATCH_QUEUE),
    EVENT_LIVE,
  };
  return { env, usage, reset };
}
