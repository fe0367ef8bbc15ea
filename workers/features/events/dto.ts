/** @module features/events/dto — an event as its hosts see it, with its link, hosts and registrations. */
import { publicOrigin, type Config } from "../../platform/config";
import type { DB } from "../../platform/db";
import type { Round } from "../../domain/events/planner";
import { seatsAPair } from "./live";
import { hostsView, peopleOfEvents, type Event, type EventPeople } from "./repo/events";

/** The part of a request's context (guarded or not) that links and the hosts' view need. */
type Ctx = { var: { db: DB; config: Config }; req: { url: string } };

/** The event's shared link: registering needs its key. */
export const joinUrl = (c: Ctx, e: Event) => `${publicOrigin(c.var.config, c.req.url)}/events/${e.id}?key=${e.joinKey}`;

/** What hosts see of an event; its key only inside the link, its plan on its own route. */
function dto(c: Ctx, e: Event, people: EventPeople | undefined) {
  const { joinKey: _key, plan: _plan, createdBy: _by, createdAt: _c, updatedAt: _u, ...rest } = e;
  const planned = seatsAPair((e.plan as Round[] | null) ?? []);
  const hosts = (people?.hosts ?? []).map(hostsView);
  const registrations = (people?.registrations ?? []).map(hostsView);
  return { ...rest, joinUrl: joinUrl(c, e), planned, hosts, registrations };
}

/** Events as their hosts see them, their people read in one round trip for all of them. */
export async function eventDtos(c: Ctx, events: Event[]) {
  const people = await peopleOfEvents(
    c.var.db,
    events.map((e) => e.id),
  );
  return events.map((e) => dto(c, e, people.get(e.id)));
}

export const eventDto = async (c: Ctx, e: Event) => (await eventDtos(c, [e]))[0]!;
