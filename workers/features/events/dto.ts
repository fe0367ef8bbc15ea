/** @module features/events/dto — an event as its hosts see it, with its link, hosts and registrations. */
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { publicOrigin } from "../../platform/config";
import { hostsOf, registrationsOf, type Event } from "./repo";

/** The event's shared link: registering needs its key. */
export const joinUrl = (c: Context<AppEnv>, e: Event) =>
  `${publicOrigin(c.var.config, c.req.url)}/events/${e.id}?key=${e.joinKey}`;

/** What hosts see of an event; its key only inside the link, its plan on its own route. */
export async function eventDto(c: Context<AppEnv>, e: Event) {
  const [hosts, registrations] = await Promise.all([hostsOf(c.var.db, e.id), registrationsOf(c.var.db, e.id)]);
  const { joinKey: _key, plan: _plan, createdBy: _by, createdAt: _c, updatedAt: _u, ...rest } = e;
  return { ...rest, joinUrl: joinUrl(c, e), hosts, registrations };
}
