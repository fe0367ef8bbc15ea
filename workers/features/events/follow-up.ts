/**
 * @module features/events/follow-up
 * The clock's part for events: notice events whose live clock has finished (the host ending it is
 * recorded at once; alarms running it out are noticed here), then mail everyone who was there once (keyed
 * `event-follow-up:<event>:<person>`). Both steps re-derive their work from rows, so a doubled, late
 * or interrupted tick neither repeats nor drops a mail. Each tick asks at most EVENTS_PER_TICK live clocks
 * (a subrequest each) and writes at most MAILS_PER_TICK mails in a few bulk statements; the rest waits
 * for the next tick.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { sendMails } from "../mail";
import { windowOfTick } from "../../platform/chunks";
import { eventFollowUpMail } from "./mail";
import type { MailMessage } from "../mail";
import { liveObject } from "./live";

const WEEK = 7 * 86_400_000;
export const EVENTS_PER_TICK = 20;
export const MAILS_PER_TICK = 500;

/** Records that an event's clock finished (once). */
export const markFinished = (db: DB, eventId: string, now: number) =>
  db.run(sql`UPDATE events SET finished_at = ${now} WHERE id = ${eventId} AND finished_at IS NULL`);

export async function followUpEvents(env: Env, db: DB, queue: Queue<MailMessage>, origin: string, now: number) {
  // Events around now (planned, not yet seen finished) whose clock may have run out by its alarms.
  const running = await db.all<{ id: string }>(sql`
    SELECT id FROM events WHERE finished_at IS NULL AND plan IS NOT NULL
      AND starts_at BETWEEN ${now - WEEK} AND ${now + 86_400_000}
    ORDER BY starts_at, id LIMIT 1000`);
  for (const { id } of windowOfTick(running, EVENTS_PER_TICK, now)) {
    const res = await liveObject(env, id).fetch(new Request("https://event-live/live"));
    if (!res.ok) continue; // never configured: nobody ran it
    const state = (await res.json()) as { phase: string };
    if (state.phase === "finished") await markFinished(db, id, now);
  }
  // Everyone who was at a finished event and has not had the follow-up yet.
  const due = await db.all<{
    event_id: string;
    person_id: string;
    join_key: string;
    title: string;
    name: string;
    email: string;
    proposes: number;
  }>(sql`
    SELECT e.id AS event_id, r.person_id, e.join_key, e.title, p.name, p.email,
      (e.mode = 'mentoring' AND e.program_id IS NOT NULL) AS proposes
    FROM events e JOIN event_registrations r ON r.event_id = e.id JOIN people p ON p.id = r.person_id
    WHERE e.finished_at > ${now - WEEK} AND r.status IN ('present', 'left')
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'event-follow-up:' || e.id || ':' || r.person_id)
    LIMIT ${MAILS_PER_TICK}`);
  await sendMails(
    db,
    queue,
    due.map((r) => ({
      key: `event-follow-up:${r.event_id}:${r.person_id}`,
      to: r.email,
      mail: eventFollowUpMail(r.name, r.title, `${origin}/events/${r.event_id}?key=${r.join_key}`, !!r.proposes),
    })),
  );
  return due.length;
}
