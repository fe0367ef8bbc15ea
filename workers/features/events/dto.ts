/** @module features/events/dto — an event as its hosts see it, with its link, hosts and registrations. */
import { publicOrigin, type Config } from "../../platform/config";
import type { DB } from "../../platform/db";
import type { Round } from "../../domain/events/planner";
import { seatsAPair } from "./live";
import { countsOfEvents, hostsView, peopleOfEvent, type Event, type EventPeople } from "./repo/events";

/** The part of a request's context (guarded or not) that links and the hosts' view need. */
type Ctx = { var: { db: DB; config: Config }; req: { url: string } };

/** The event's shared link: registering needs its key. */
export const joinUrl = (c: Ctx, e: Event) => `${publicOrigin(c.var.config, c.req.url)}/events/${e.id}?key=${e.joinKey}`;

/** What hosts see of an event; its key only inside the link, its plan on its own route. */
function summary(c: Ctx, e: Event, hosts: EventPeople["hosts"]) {
  const { joinKey: _key, plan: _plan, createdBy: _by, createdAt: _c, updatedAt: _u, ...rest } = e;
  const planned = seatsAPair((e.plan as Round[] | null) ?? []);
  return { ...rest, joinUrl: joinUrl(c, e), planned, hosts: hosts.map(hostsView) };
}

/** An event with everyone registered, for its hosts' page. */
export async function eventDto(c: Ctx, e: Event) {
  const { hosts, registrations } = await peopleOfEvent(c.var.db, e.id);
  return { ...summary(c, e, hosts), registrations: registrations.map(hostsView) };
}

/** Events with how many registered and came, for a list: the people are read in one round trip for all. */
export async function eventSummaries(c: Ctx, events: Event[]) {
  const counts = await countsOfEvents(
    c.var.db,
    events.map((e) => e.id),
  );
  return events.map((e) => {
    const { hosts, registered, present } = counts.get(e.id)!;
    return { ...summary(c, e, hosts), registered, present };
  });
}
