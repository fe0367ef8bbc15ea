/**
 * @module features/events/access
 * Who may use an event's pages: its registered people (picks only while still in its program), its
 * hosts and admins; anyone else gets 404, so an event's id tells a stranger nothing. Creating an event
 * is for admins and program managers.
 */
import { createMiddleware } from "hono/factory";
import { timingSafeEqual } from "../../platform/crypto";
import type { DB } from "../../platform/db";
import { forbidden, notFound } from "../../platform/errors";
import type { Guarded } from "../auth";
import { requireUser } from "../auth";
import { socketOriginAllowed } from "./live";
import { eventHostedBy, getEvent, isHost, registrationOf, type Event, type Registration } from "./repo/events";
import { mayPick } from "./repo/picks";

/** Route guard: an admin or someone who manages a program; 403 for anyone else. */
export const organiser = createMiddleware<Guarded>(async (c, next) => {
  const me = requireUser(c.var.user);
  if (!me.isAdmin && me.managedProgramIds.length === 0) throw forbidden();
  c.set("me", me);
  await next();
});

/** Route guard: the event named by the path's `{id}` as `event`, for its hosts and admins. */
export const hostGuard = createMiddleware<Guarded<{ event: Event }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const found = await eventHostedBy(c.var.db, c.req.param("id") ?? "", me.id);
  if (!found || !(me.isAdmin || found.hosting)) throw notFound("Event");
  c.set("me", me);
  c.set("event", found.event);
  await next();
});

/**
 * Route guard: the event named by the path's `{id}` and the signed-in person's `registration` at it;
 * `picking` also refuses someone who withdrew from the event's program.
 */
export const registeredGuard = (opts: { picking?: boolean } = {}) =>
  createMiddleware<Guarded<{ event: Event; registration: Registration }>>(async (c, next) => {
    const me = requireUser(c.var.user);
    const event = await getEvent(c.var.db, c.req.param("id") ?? "");
    const registration = event ? await registrationOf(c.var.db, event.id, me.id) : null;
    if (!event || !registration) throw notFound("Registration");
    if (opts.picking && !(await mayPick(c.var.db, event, me.id))) throw notFound("Registration");
    c.set("me", me);
    c.set("event", event);
    c.set("registration", registration);
    await next();
  });

/**
 * Route guard for the live clock: the event for its hosts, admins and registered people. A WebSocket
 * upgrade must come from the app's own pages first (features/events/live says why).
 */
export const attendeeGuard = createMiddleware<Guarded<{ event: Event }>>(async (c, next) => {
  const upgrade = c.req.header("upgrade")?.toLowerCase() === "websocket";
  if (upgrade && !socketOriginAllowed(c.req.header("origin"), c.req.url, c.var.config.appUrl)) {
    throw forbidden("The live clock opens only from Tandem's own pages.");
  }
  const me = requireUser(c.var.user);
  const event = await getEvent(c.var.db, c.req.param("id") ?? "");
  const allowed =
    event &&
    (me.isAdmin || (await isHost(c.var.db, event.id, me.id)) || (await registrationOf(c.var.db, event.id, me.id)));
  if (!event || !allowed) throw notFound("Event");
  c.set("me", me);
  c.set("event", event);
  await next();
});

/** The event behind a shared link: its id and its key, or a 404 that says nothing of which was wrong. */
export async function linkedEvent(c: { var: { db: DB } }, id: string, key: string) {
  const event = await getEvent(c.var.db, id);
  if (!event || !timingSafeEqual(event.joinKey, key)) throw notFound("Event");
  return event;
}
