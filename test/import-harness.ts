/**
 * The Worker for import tests, with queues the test delivers by hand and a D1 binding that counts the
 * statements each invocation prepares (D1 allows about 1,000 queries per invocation and 100 bound
 * parameters per statement).
 */
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { expect } from "vitest";
import type { ImportMessage } from "../workers/features/imports/messages";
import worker from "../workers/index";
import { Client, ORIGIN, env, type BodyAt, type Refusal } from "./helpers";

type Log = { statements: number; maxParams: number };

type Imported = BodyAt<Awaited<ReturnType<Client["api"]["programs"][":id"]["people"]["import"]["$post"]>>, 200 | 202>;
/** An import's answer: its state, or the refusal with its bad rows; the test tells which by the status. */
type ImportAnswer = Partial<Imported> & Partial<Refusal>;

/** The D1 binding, counting the statements prepared through it and the most parameters one was bound to. */
function countingD1(d1: D1Database, log: Log): D1Database {
  const own = <T extends object>(target: T, key: PropertyKey) => {
    const value = Reflect.get(target, key, target);
    return typeof value === "function" ? value.bind(target) : value;
  };
  return new Proxy(d1, {
    get(target, key) {
      if (key !== "prepare") return own(target, key);
      return (query: string) => {
        log.statements++;
        const statement = target.prepare(query);
        return new Proxy(statement, {
          get(s, k) {
            if (k !== "bind") return own(s, k);
            return (...params: unknown[]) => {
              log.maxParams = Math.max(log.maxParams, params.length);
              return s.bind(...params);
            };
          },
        });
      };
    },
  });
}

/** The Worker with a counting D1 and queues that keep what is sent, for the test to deliver. */
/** `down`: the import queue refuses every message. */
export function harness({ down = false } = {}) {
  const log: Log = { statements: 0, maxParams: 0 };
  const queued: ImportMessage[] = [];
  const mailIds: string[] = [];
  const urgentMailIds: string[] = [];
  const queue = <T>(sink: (body: T) => void) => ({
    send: async (body: T) => sink(body),
    sendBatch: async (messages: { body: T }[]) => messages.forEach((m) => sink(m.body)),
  });
  const testEnv = {
    ...env,
    DB: countingD1(env.DB, log),
    IMPORT_QUEUE: queue<ImportMessage>((b) => {
      if (down) throw new Error("queue unavailable");
      queued.push(b);
    }),
    MAIL_QUEUE: queue<{ mailId: string }>((b) => mailIds.push(b.mailId)),
    MAIL_URGENT_QUEUE: queue<{ mailId: string }>((b) => urgentMailIds.push(b.mailId)),
  } as unknown as Env;
  const reset = () => Object.assign(log, { statements: 0, maxParams: 0 });
  let n = 0;

  return {
    queued,
    mailIds,
    urgentMailIds,
    env: testEnv,
    /** A request to the Worker with the harness's bindings. */
    async fetch(path: string, init: RequestInit = {}) {
      const ctx = createExecutionContext();
      const headers = { origin: ORIGIN, "content-type": "application/json", ...init.headers };
      const res = await worker.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }), testEnv, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    },
    async post(client: Client, programId: string, csv: string) {
      reset();
      const ctx = createExecutionContext();
      const res = await worker.fetch(
        new Request(`${ORIGIN}/api/programs/${programId}/people/import`, {
          method: "POST",
          headers: { origin: ORIGIN, cookie: client.cookie, "content-type": "text/csv" },
          body: csv,
        }),
        testEnv,
        ctx,
      );
      await waitOnExecutionContext(ctx);
      return { status: res.status, body: (await res.json()) as ImportAnswer, ...log };
    },
    /** Delivers one message as the queue would, in its own invocation; returns that invocation's count. */
    async deliver(body: ImportMessage, queueName = "tandem-import") {
      reset();
      const id = `m${n++}`;
      const ctx = createExecutionContext();
      const batch = createMessageBatch(queueName, [{ id, timestamp: new Date(), attempts: 1, body }]);
      await worker.queue(batch as MessageBatch<never>, testEnv);
      expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual([id]);
      return { ...log };
    },
  };
}
