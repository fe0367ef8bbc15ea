/**
 * @module features/events/repo/events
 * Speed-mentoring events in D1: the event, its hosts, who registered, came, or did not, and its plan.
 */
import { and, asc, count, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { eventHosts, eventRegistrations, events, people } from "../../../db/schema";
import type { Round } from "../../../domain/events/planner";
import type { MatchPerson } from "../../../domain/matching/score";
import type { EventRole } from "../../../domain/roles";
import type { DB } from "../../../platform/db";
import { columnsOf, inJson, insertChunks } from "../../../platform/statements";
import { SQL_UUID } from "../../mentorships";

export type Event = typeof events.$inferSelect;
export type Registration = typeof eventRegistrations.$inferSelect;
export type AttendanceStatus = "present" | "no-show" | "left";
type NewEvent = Omit<typeof events.$inferInsert, "id">;

/** Inserts the event and its hosts in one batch; returns the event. */
export async function insertEvent(db: DB, values: NewEvent, hostIds: string[]) {
  const id = crypto.randomUUID();
  const hosts = hostIds.map((personId) => ({ eventId: id, personId }));
  const [[event]] = await db.batch([
    db
      .insert(events)
      .values({ ...values, id })
      .returning(),
    ...insertChunks(eventHosts, hosts).map((rows) => db.insert(eventHosts).values(rows)),
  ]);
  return event!;
}

/** The people with these emails, created (named after the address) where there are none yet. */
export async function ensureHostPeople(db: DB, emails: string[]) {
  if (emails.length === 0) return [];
  // One statement whatever the count: drizzle would bind every column of each row (D1 allows 100 parameters).
  await db.run(sql`
    INSERT INTO people (id, email, name)
    SELECT ${SQL_UUID}, value, substr(value, 1, instr(value, '@') - 1) FROM json_each(${JSON.stringify(emails)}) WHERE true
    ON CONFLICT(email) DO NOTHING`);
  return db
    .select({ id: people.id, email: people.email, uiLanguage: people.uiLanguage })
    .from(people)
    .where(inArray(people.email, emails));
}

export async function getEvent(db: DB, id: string) {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

const hostsOf = (db: DB, eventIds: string[]) =>
  db
    .select({ eventId: eventHosts.eventId, id: people.id, email: people.email, name: people.name })
    .from(eventHosts)
    .innerJoin(people, eq(people.id, eventHosts.personId))
    .where(inJson(eventHosts.eventId, eventIds));

/** The event and whether this person hosts it, in one read; null if there is no such event. */
export async function eventHostedBy(db: DB, eventId: string, personId: string) {
  const [row] = await db
    .select({
      ...getTableColumns(events),
      hosting: sql<number>`EXISTS (SELECT 1 FROM event_hosts h WHERE h.event_id = ${events.id} AND h.person_id = ${personId})`,
    })
    .from(events)
    .where(eq(events.id, eventId));
  if (!row) return null;
  const { hosting, ...event } = row;
  return { event, hosting: hosting === 1 };
}

export const isHost = async (db: DB, eventId: string, personId: string) =>
  (await db.$count(eventHosts, and(eq(eventHosts.eventId, eventId), eq(eventHosts.personId, personId)))) > 0;

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
export async function register(...args: Parameters<typeof registration>) {
  const [row] = await registration(...args);
  return row!;
}

function registration(
  db: DB,
  eventId: string,
  personId: string,
  role: EventRole,
  interests: string[],
  present: { walkIn: boolean; at: number } | null,
) {
  return db
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
}

/**
 * Adds someone who came without registering as present, and reads their registration back as hosts
 * see it, in one round trip.
 */
export async function addWalkIn(db: DB, eventId: string, personId: string, role: EventRole, interests: string[]) {
  const present = { walkIn: true, at: Date.now() };
  const [, [row]] = await db.batch([
    registration(db, eventId, personId, role, interests, present),
    registrationsWhere(db, and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.personId, personId))),
  ]);
  return hostsView(row!);
}

/**
 * Marks a registered person present, a no-show, or gone, and reads their registration back as hosts
 * see it, in one round trip; null if they are not registered.
 */
export async function setAttendance(db: DB, eventId: string, personId: string, status: AttendanceStatus, at: number) {
  const theirs = and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.personId, personId));
  const [, [row]] = await db.batch([
    db
      .update(eventRegistrations)
      .set({ status, checkedInAt: status === "present" ? at : undefined })
      .where(theirs),
    registrationsWhere(db, theirs),
  ]);
  return row ? hostsView(row) : null;
}

/** Registrations with the people's names, in the order they registered. */
function registrationsWhere(db: DB, where: SQL | undefined) {
  return db
    .select({
      eventId: eventRegistrations.eventId,
      personId: people.id,
      ...columnsOf(people, "name", "email", "department", "title"),
      ...columnsOf(eventRegistrations, "role", "interests", "status", "walkIn", "checkedInAt"),
    })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .where(where)
    .orderBy(asc(eventRegistrations.createdAt), asc(people.id));
}

/** Everyone registered for these events, with their names, in the order they registered. */
const registrationsOfEvents = (db: DB, eventIds: string[]) =>
  registrationsWhere(db, inJson(eventRegistrations.eventId, eventIds));

/** A registration as the event's hosts see it (the list it came from is one event's). */
export const hostsView = <R extends { eventId: string }>({ eventId: _e, ...r }: R) => r;

/** Everyone registered for one event, with their names, in the order they registered. */
export const registrationsOf = async (db: DB, eventId: string) =>
  (await registrationsOfEvents(db, [eventId])).map(hostsView);

export type EventPeople = {
  hosts: Awaited<ReturnType<typeof hostsOf>>;
  registrations: Awaited<ReturnType<typeof registrationsOfEvents>>;
};

/** One event's hosts and registrations, in one round trip. */
export async function peopleOfEvent(db: DB, eventId: string): Promise<EventPeople> {
  const [hosts, registrations] = await db.batch([hostsOf(db, [eventId]), registrationsOfEvents(db, [eventId])]);
  return { hosts, registrations };
}

export type EventCounts = { hosts: EventPeople["hosts"]; registered: number; present: number };

/**
 * Any number of events' hosts and how many registered and came, in one round trip: a list of 100
 * events of 200 people each answers with counts, not 20,000 registrations.
 */
export async function countsOfEvents(db: DB, eventIds: string[]) {
  const [hosts, counts] = await db.batch([
    hostsOf(db, eventIds),
    db
      .select({
        eventId: eventRegistrations.eventId,
        registered: count(),
        present: sql<number>`count(*) FILTER (WHERE ${eventRegistrations.status} = 'present')`,
      })
      .from(eventRegistrations)
      .where(inJson(eventRegistrations.eventId, eventIds))
      .groupBy(eventRegistrations.eventId),
  ]);
  const byEvent = new Map<string, EventCounts>(eventIds.map((id) => [id, { hosts: [], registered: 0, present: 0 }]));
  for (const h of hosts) byEvent.get(h.eventId)?.hosts.push(h);
  for (const c of counts) Object.assign(byEvent.get(c.eventId) ?? {}, { registered: c.registered, present: c.present });
  return byEvent;
}

export async function registrationOf(db: DB, eventId: string, personId: string) {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.personId, personId)));
  return row ?? null;
}

export type PresentRow = Omit<MatchPerson, "languages" | "skillsOffered" | "skillsSought"> & {
  languages: string;
  role: string;
  interests: string;
};

/** Who is present, in the order they checked in, with what the planner scores them on. */
export const presentPeople = (db: DB, eventId: string) =>
  db.all<PresentRow>(sql`
    SELECT p.id, p.email, p.name, p.department, p.title, p.location, p.timezone, p.years_experience AS yearsExperience,
      p.languages, '' AS goals, NULL AS format, r.role, r.interests
    FROM event_registrations r JOIN people p ON p.id = r.person_id
    WHERE r.event_id = ${eventId} AND r.status = 'present'
    ORDER BY r.checked_in_at, p.id`);

export const savePlan = (db: DB, eventId: string, plan: Round[]) =>
  db.update(events).set({ plan, updatedAt: Date.now() }).where(eq(events.id, eventId));

/** Records that an event's clock finished (once). */
export const markFinished = (db: DB, eventId: string, now: number) =>
  db.run(sql`UPDATE events SET finished_at = ${now} WHERE id = ${eventId} AND finished_at IS NULL`);
