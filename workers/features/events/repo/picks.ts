/**
 * @module features/events/repo/picks
 * Whom each participant would like to keep meeting, in D1. A pick both ways is mutual; at a mentoring
 * event of a program, a mutual mentor–mentee pick becomes a proposed mentorship there (once: the pair
 * is unique per program), and both join the program if they are not in it yet. Someone who withdrew
 * from the event's program picks no more and is shown to nobody.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { eventPicks } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { SQL_UUID } from "../../mentorships";
import { withdrewFrom } from "../../programs";
import type { Event } from "./events";

/** SQL: whether `person` withdrew from the event's program (an event without one has nobody withdrawn). */
const left = (event: Event, person: SQL) => (event.programId ? withdrewFrom(sql`${event.programId}`, person) : sql`0`);

/** Whether someone may pick at this event: not if they withdrew from its program. */
export async function mayPick(db: DB, event: Event, personId: string) {
  const [row] = await db.all<{ n: number }>(sql`SELECT ${left(event, sql`${personId}`)} AS n`);
  return !row?.n;
}

/**
 * Someone's picks, which of them picked them back, and how to reach those; people who withdrew from
 * the event's program are left out, so their email is not shared.
 */
export async function picksOf(db: DB, event: Event, personId: string) {
  const rows = await db.all<{ to_id: string; mutual: number; name: string; email: string }>(sql`
    SELECT p.to_id, EXISTS (SELECT 1 FROM event_picks q WHERE q.event_id = p.event_id AND q.from_id = p.to_id
      AND q.to_id = p.from_id) AS mutual, pe.name, pe.email
    FROM event_picks p JOIN people pe ON pe.id = p.to_id
    WHERE p.event_id = ${event.id} AND p.from_id = ${personId} AND NOT ${left(event, sql`p.to_id`)}
    ORDER BY p.to_id`);
  const mutual = rows.filter((r) => r.mutual);
  return {
    picks: rows.map((r) => r.to_id),
    mutual: mutual.map((r) => r.to_id),
    contacts: mutual.map((r) => ({ id: r.to_id, name: r.name, email: r.email })),
  };
}

/** Replaces someone's picks; mutual mentor–mentee picks become proposed mentorships in the event's program. */
export async function savePicks(db: DB, event: Event, personId: string, picked: string[]) {
  await db.batch([
    db.delete(eventPicks).where(and(eq(eventPicks.eventId, event.id), eq(eventPicks.fromId, personId))),
    ...picked.map((toId) => db.insert(eventPicks).values({ eventId: event.id, fromId: personId, toId })),
  ]);
  const result = await picksOf(db, event, personId);
  if (event.programId && event.mode === "mentoring" && result.mutual.length) {
    // Both join the program, if they are not in it yet, in their event roles.
    await db.run(sql`
      INSERT INTO enrollments (id, program_id, person_id, role, status, confirmed_at)
      SELECT ${SQL_UUID}, ${event.programId}, r.person_id, r.role, 'active', ${Date.now()}
      FROM event_registrations r
      WHERE r.event_id = ${event.id}
        AND r.person_id IN (SELECT value FROM json_each(${JSON.stringify([personId, ...result.mutual])}))
      ON CONFLICT DO NOTHING`);
    await db.run(sql`
      INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, created_at)
      SELECT ${SQL_UUID}, ${event.programId}, a.person_id, b.person_id, 'proposed', 'event', ${Date.now()}
      FROM event_registrations a JOIN event_registrations b ON b.event_id = a.event_id
      WHERE a.event_id = ${event.id} AND a.role = 'mentor' AND b.role = 'mentee'
        AND NOT ${left(event, sql`a.person_id`)} AND NOT ${left(event, sql`b.person_id`)}
        AND ((a.person_id = ${personId} AND b.person_id IN (SELECT value FROM json_each(${JSON.stringify(result.mutual)})))
          OR (b.person_id = ${personId} AND a.person_id IN (SELECT value FROM json_each(${JSON.stringify(result.mutual)}))))
      ON CONFLICT DO NOTHING`);
  }
  return result;
}
