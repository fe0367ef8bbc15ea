/**
 * Tandem's Worker: the API and app (fetch), the clock (scheduled: the table of jobs in clock.ts) and
 * the queues (queue: the table of consumers in queues.ts), and the Durable Object of live events.
 */
import { app } from "./app";
import { runClock } from "./clock";
import { consumeBatch } from "./queues";

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => ctx.waitUntil(runClock(env, controller.scheduledTime)),
  queue: consumeBatch,
} satisfies ExportedHandler<Env, unknown>;

export type { AppType } from "./app";
export { EventLive } from "./features/events/live-object";
