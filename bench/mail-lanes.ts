/**
 * Section 6: a sign-in link asked for while an import's 10,000 welcome mails wait, against a provider
 * throttled to Resend's default rate (2 calls a second; more get 429 with Retry-After: 1). A simulation
 * in virtual time (no D1, no network): each design's consumers are processes that take batches off
 * their queues, call the provider (200 ms a call) and wait as their code does. Reported: how long the
 * person waits for the link, when the last welcome goes out, how many calls were refused and how many
 * mails ended in the dead-letter queue.
 *  - one queue (before): every mail on one queue, batches of 10, one call a mail, no pacing; a refused
 *    call is retried with the queue's backoff (60 s × 2^attempts) and dead-lettered after 5 retries.
 *  - one queue, paced: the bulk consumer of today (batches of 100 through the batch API, paced, a 429
 *    waited out), but the link still queues behind the welcomes.
 *  - two lanes (Tandem): the same bulk consumer, and the link on the urgent lane.
 */
import { DEFAULT_RATE_PER_SECOND, URGENT_PACE, bulkPace, type Pace } from "../workers/features/mail/paced";
import { ms, ratio, table } from "./measure";

const WELCOMES = 10_000;
const CALL_MS = 200;
const BATCH_TIMEOUT_MS = 1000;
const RETRY_AFTER_S = 1;

type Msg = { key: string; visibleAt: number; attempts: number };
type Consumer = { queue: Msg[]; batchSize: number; batchApi: boolean; pace: Pace; waitOut429: boolean };
type World = { now: number; calls: number[]; refused: number; dead: number; sentAt: Map<string, number> };

/** The provider: at most `rate` calls in any second. */
function call(w: World, rate: number) {
  while (w.calls.length && w.calls[0]! <= w.now - 1000) w.calls.shift();
  if (w.calls.length >= rate) {
    w.refused++;
    return false;
  }
  w.calls.push(w.now);
  return true;
}

/** One consumer, as a process yielding the virtual time it next wakes at. */
function* consume(w: World, c: Consumer, rate: number, done: () => boolean): Generator<number> {
  while (!done()) {
    const visible = c.queue.filter((m) => m.visibleAt <= w.now);
    if (!visible.length) {
      yield Math.min(...c.queue.map((m) => m.visibleAt), w.now + 1000);
      continue;
    }
    const oldest = Math.min(...visible.map((m) => m.visibleAt));
    if (visible.length < c.batchSize && w.now < oldest + BATCH_TIMEOUT_MS) {
      yield oldest + BATCH_TIMEOUT_MS;
      continue;
    }
    const batch = visible.slice(0, c.batchSize);
    c.queue = c.queue.filter((m) => !batch.includes(m));
    const calls: Msg[][] = [];
    for (let i = 0; i < batch.length; i += c.batchApi ? 100 : 1) calls.push(batch.slice(i, i + (c.batchApi ? 100 : 1)));
    let made = 0;
    for (const group of calls) {
      if (made >= c.pace.maxCalls) {
        group.forEach((m) => c.queue.push({ ...m, visibleAt: w.now + 1000 }));
        continue;
      }
      made++;
      const ok = call(w, rate);
      yield w.now + CALL_MS;
      if (ok) group.forEach((m) => w.sentAt.set(m.key, w.now));
      else if (c.waitOut429) group.forEach((m) => c.queue.push({ ...m, visibleAt: w.now + RETRY_AFTER_S * 1000 }));
      else
        for (const m of group) {
          if (m.attempts >= 6) w.dead++;
          else c.queue.push({ ...m, attempts: m.attempts + 1, visibleAt: w.now + 60_000 * 2 ** m.attempts });
        }
      if (c.pace.gapMs) yield w.now + c.pace.gapMs;
    }
  }
}

function simulate(design: { lanes: boolean; paced: boolean }, rate = DEFAULT_RATE_PER_SECOND) {
  const w: World = { now: 0, calls: [], refused: 0, dead: 0, sentAt: new Map() };
  const welcomes = Array.from({ length: WELCOMES }, (_, i) => ({ key: `welcome:${i}`, visibleAt: 0, attempts: 1 }));
  const link = { key: "signin", visibleAt: 1, attempts: 1 };
  const bulk: Consumer = design.paced
    ? { queue: welcomes, batchSize: 100, batchApi: true, pace: bulkPace(rate), waitOut429: true }
    : { queue: welcomes, batchSize: 10, batchApi: false, pace: { maxCalls: Infinity, gapMs: 0 }, waitOut429: false };
  const urgent: Consumer = { queue: [], batchSize: 10, batchApi: true, pace: URGENT_PACE, waitOut429: true };
  (design.lanes ? urgent : bulk).queue.push(link);
  const done = () => w.sentAt.size + w.dead >= WELCOMES + 1;
  const procs = [consume(w, bulk, rate, done), ...(design.lanes ? [consume(w, urgent, rate, done)] : [])];
  const wake = procs.map(() => 0);
  while (!done()) {
    const i = wake.indexOf(Math.min(...wake));
    w.now = wake[i]!;
    const next = procs[i]!.next();
    wake[i] = next.done ? Infinity : next.value;
  }
  const last = Math.max(...[...w.sentAt].filter(([k]) => k !== "signin").map(([, t]) => t));
  return { signin: w.sentAt.get("signin") ?? Infinity, last, refused: w.refused, dead: w.dead };
}

export function runMailLanes() {
  console.log(
    `\n6. A sign-in link behind ${WELCOMES.toLocaleString("en")} welcome mails, provider at ${DEFAULT_RATE_PER_SECOND} calls/s (simulated)`,
  );
  const before = simulate({ lanes: false, paced: false });
  const paced = simulate({ lanes: false, paced: true });
  const lanes = simulate({ lanes: true, paced: true });
  const row = (name: string, r: ReturnType<typeof simulate>) => [
    name,
    Number.isFinite(r.signin) ? ms(r.signin) : "never (dead-lettered)",
    ms(r.last),
    String(r.refused),
    String(r.dead),
  ];
  table(
    ["design", "sign-in link after", "last welcome after", "429s", "dead-lettered"],
    [row("one queue (before)", before), row("one queue, paced", paced), row("two lanes (Tandem)", lanes)],
  );
  console.log(
    `  sign-in latency: one queue (before) ${ratio(before.signin, lanes.signin)}, one queue paced ${ratio(paced.signin, lanes.signin)} the two lanes'`,
  );
  return { before, paced, lanes };
}
