/**
 * @module features/events/live
 * The Worker's side of an event's live clock: configuring the event's Durable Object from the event
 * and its plan, and reaching it.
 */
import type { DB } from "../../platform/db";
import type { Event } from "./repo/events";
import type { Round } from "../../domain/events/planner";
import { planEvent } from "./plan";

/**
 * Whether a WebSocket upgrade comes from a page of the app itself. Browsers send cookies with a socket
 * opened by any site, and do not apply CORS to it, so the Origin is all that tells our page from another's.
 */
export function socketOriginAllowed(origin: string | undefined, requestUrl: string, appUrl: string | null) {
  if (!origin) return false;
  // An APP_URL that is not a URL (health reports it) allows no other origin, rather than failing here.
  const app = appUrl !== null && URL.canParse(appUrl) ? new URL(appUrl).origin : null;
  return origin === new URL(requestUrl).origin || (app !== null && origin === app);
}

export const liveObject = (env: Env, eventId: string) => env.EVENT_LIVE.get(env.EVENT_LIVE.idFromName(eventId));

/**
 * Makes sure the event's clock knows its rounds and their lengths (planning the rounds first if nobody
 * has yet). Answers the object's response: 200, or 4xx when there is nobody to plan for or the clock
 * already runs with another configuration.
 */
export async function configureLive(env: Env, db: DB, event: Event, planned?: Round[]) {
  const plan = planned ?? (((event.plan as Round[] | null) ?? (await planEvent(db, event))) as Round[]);
  return liveObject(env, event.id).fetch(
    new Request("https://event-live/configure", {
      method: "POST",
      body: JSON.stringify({
        rounds: plan.length,
        roundMs: event.roundMinutes * 60_000,
        breakMs: event.breakMinutes * 60_000,
      }),
    }),
  );
}

/** Whether a plan seats anyone with a partner: a clock over rounds where nobody meets is no event. */
export const seatsAPair = (plan: Round[]) => plan.some((r) => r.tables.some((t) => t.menteeIds.length > 0));

/** Applies a host's action to the event's clock; answers the object's response (200 state, 4xx why not). */
export const controlLive = (env: Env, eventId: string, action: string) =>
  liveObject(env, eventId).fetch(
    new Request("https://event-live/control", { method: "POST", body: JSON.stringify({ action }) }),
  );
