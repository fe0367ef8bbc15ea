// The local clock for `npm start`: calls the Worker's scheduled handler (wrangler dev --test-scheduled
// serves it at /__scheduled) at the start of every minute, as the cron trigger does in production, so
// reminders, surveys and follow-ups arrive in the development mailbox by themselves.

const MINUTE = 60_000;

/**
 * Starts ticking `base`/__scheduled; returns `stop`, which ends the ticks. A tick still running when the
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
  fetch?: (url: string) => Promise<Response>;
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
      const res = await fetch(`${base}/__scheduled?cron=${encodeURIComponent("* * * * *")}`);
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
