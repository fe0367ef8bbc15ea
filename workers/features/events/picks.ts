/**
 * @module features/events/picks
 * After an event, each participant ticks whom they would like to keep meeting, among the people they
 * met. A pick both ways is mutual, and when the host chose a program, a mutual mentor–mentee pick
 * becomes a proposed mentorship there (once: the pair is unique per program), and both join the
 * program if they are not in it yet. At either kind of event, people who picked each other see each
 * other's email; someone who withdrew from the event's program picks no more and is shown to nobody.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { eventPicks } from "../../db/schema";
import { SQL_UUID } from "../mentorships";
import { withdrewFrom } from "../programs/repo/participation";
import type { Event } from "./repo";
import type { Round } from "../../domain/events/planner";
import type { StateMessage } from "../../domain/events/live-clock";
import { liveObject } from "./live";

/** The people `personId` met in the event's plan, in its first `rounds` rounds (all by default). */
export function metBy(event: Event, personId: string, rounds = Infinity) {
  const met = new Set<string>();
  for (const round of ((event.plan as Round[] | null) ?? []).slice(0, rounds)) {
    for (const t of round.tables) {
      if (t.mentorId === personId) t.menteeIds.forEach((m) => met.add(m));
      else if (t.menteeIds.includes(personId)) met.add(t.mentorId);
    }
  }
  return met;
}

/**
 * How many of the event's rounds have ended, by its live clock: a pick is about a conversation that
 * happened, so nobody picks a partner before their round together is over.
 */
export async function roundsEnded(env: Env, event: Event): Promise<number> {
  const planned = ((event.plan as Round[] | null) ?? []).length;
  if (event.finishedAt !== null) return planned;
  if (!event.plan) return 0;
  const res = await liveObject(env, event.id).fetch("https://event-live/live");
  if (!res.ok) return 0; // no clock yet: the event has not started
  const { phase, round } = (await res.json()) as StateMessage;
  if (phase === "finished") return planned;
  return phase === "break" ? round : phase === "round" ? round - 1 : 0;
}

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
