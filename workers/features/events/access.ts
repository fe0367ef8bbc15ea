/**
 * @module features/events/access
 * Who may use an event's pages: its registered people (picks only while still in its program), its
 * hosts and admins; anyone else gets 404, so an event's id tells a stranger nothing.
 */
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { getEvent, isHost, registrationOf } from "./repo";
import { mayPick } from "./picks";
import { notFound } from "../../platform/errors";
import { requireUser } from "../auth";

/** The event, if the signed-in person registered for it; 404 otherwise. */
export async function registeredEvent(c: Context<AppEnv>, id: string) {
  const user = requireUser(c.var.user);
  const event = await getEvent(c.var.db, id);
  if (!event || !(await registrationOf(c.var.db, id, user.id))) throw notFound("Registration");
  return { user, event };
}

/** The event, for someone registered who has not withdrawn from its program; 404 otherwise. */
export async function pickingEvent(c: Context<AppEnv>, id: string) {
  const found = await registeredEvent(c, id);
  if (!(await mayPick(c.var.db, found.event, found.user.id))) throw notFound("Registration");
  return found;
}

/** The event, if the signed-in person hosts it or is an admin; 404 otherwise. */
export async function hostedEvent(c: Context<AppEnv>, id: string) {
  const user = requireUser(c.var.user);
  const event = await getEvent(c.var.db, id);
  if (!event || !(user.isAdmin || (await isHost(c.var.db, id, user.id)))) throw notFound("Event");
  return { user, event };
}
