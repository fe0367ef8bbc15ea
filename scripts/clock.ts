// The local clock for `npm start`: runs the clock's jobs through the development tick (POST /api/dev/tick,
// which runs what the scheduled handler runs) at the start of every minute, as the cron trigger does in
// production, so reminders, surveys and follow-ups arrive in the development mailbox by themselves.
// Not wrangler's /__scheduled: the app's single-page fallback answers that path before the Worker does.

const MINUTE = 60_000;

/**
 * Starts ticking `base`/api/dev/tick with the time of the tick; returns `stop`, which ends the ticks. A tick still running when the
 * next is due is not doubled (the clock's jobs are idempotent anyway; this only spares the machine).
 */
export function startClock({
  base,
  fetch = globalThis.fetch,
  log = console.error,
  now = Date.now,
  every = MINUTE,
}: {
  base: string;
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  log?: (message: string) => void;
  now?: () => number;
  every?: number;
}) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let stopped = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const res = await fetch(`${base}/api/dev/tick`, {
        method: "POST",
        headers: { origin: base, "content-type": "application/json" },
        body: JSON.stringify({ now: new Date(now()).toISOString() }),
      });
      if (!res.ok) log(`The local clock's tick answered ${res.status}.`);
    } catch (err) {
      if (!stopped) log(`The local clock's tick failed: ${err}`);
    } finally {
      busy = false;
    }
  };
  const schedule = () => {
    if (stopped) return;
    // At the next whole minute, as a cron does, rather than drifting from when the server started.
    timer = setTimeout(
      () => {
        void tick();
        schedule();
      },
      every - (now() % every),
    );
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
