/**
 * @module features/events/repo
 * Speed-mentoring events in D1: the event, its hosts, and who registered, came, or did not.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { eventHosts, eventRegistrations, events, people } from "../../db/schema";
import type { EventRole } from "../../domain/roles";

export type Event = typeof events.$inferSelect;

export async function getEvent(db: DB, id: string) {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

export async function hostsOf(db: DB, eventId: string) {
  return db
    .select({ id: people.id, email: people.email, name: people.name })
    .from(eventHosts)
    .innerJoin(people, eq(people.id, eventHosts.personId))
    .where(eq(eventHosts.eventId, eventId));
}

export async function isHost(db: DB, eventId: string, personId: string) {
  const [row] = await db
    .select({ id: eventHosts.personId })
    .from(eventHosts)
    .where(and(eq(eventHosts.eventId, eventId), eq(eventHosts.personId, personId)));
  return !!row;
}

/** Events someone hosts (every event, for an admin), soonest first. */
export function eventsFor(db: DB, personId: string, all: boolean) {
  return db
    .select()
    .from(events)
    .where(all ? undefined : sql`${events.id} IN (SELECT event_id FROM event_hosts WHERE person_id = ${personId})`)
    .orderBy(asc(events.startsAt))
    .limit(100);
}

/** Registers someone, or updates their role and interests if they already are. */
export async function register(
  db: DB,
  eventId: string,
  personId: string,
  role: EventRole,
  interests: string[],
  present: { walkIn: boolean; at: number } | null,
) {
  const [row] = await db
    .insert(eventRegistrations)
    .values({
      id: crypto.randomUUID(),
      eventId,
      personId,
      role,
      interests,
      walkIn: present?.walkIn ?? false,
      status: present ? "present" : "registered",
      checkedInAt: present?.at ?? null,
    })
    .onConflictDoUpdate({
      target: [eventRegistrations.eventId, eventRegistrations.personId],
      set: {
        role,
        interests,
        ...(present ? { status: "present" as const, checkedInAt: present.at } : {}),
      },
    })
    .returning();
  return row!;
}

/** Marks a registered person present, a no-show, or gone; null if they are not registered. */
export async function setAttendance(
  db: DB,
  eventId: string,
  personId: string,
  status: "present" | "no-show" | "left",
  at: number,
) {
  const [row] = await db
    .update(eventRegistrations)
    .set({ status, checkedInAt: status === "present" ? at : undefined })
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.personId, personId)))
    .returning();
  return row ?? null;
}

/** Everyone registered, with their names, in the order they registered. */
export function registrationsOf(db: DB, eventId: string) {
  return db
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      department: people.department,
      title: people.title,
      role: eventRegistrations.role,
      interests: eventRegistrations.interests,
      status: eventRegistrations.status,
      walkIn: eventRegistrations.walkIn,
      checkedInAt: eventRegistrations.checkedInAt,
    })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.createdAt), asc(people.id));
}

export async function registrationOf(db: DB, eventId: string, personId: string) {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.personId, personId)));
  return row ?? null;
}
