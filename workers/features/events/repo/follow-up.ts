/**
 * @module features/events/repo/follow-up
 * What the cron's event step reads in D1: events whose clock may have run out, and who is still owed
 * the follow-up mail (the outbox's keys say who has had it).
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";

const WEEK = 7 * 86_400_000;

/** Events around now (planned, not yet seen finished) whose clock may have run out by its alarms. */
export const runningEvents = (db: DB, now: number) =>
  db.all<{ id: string }>(sql`
    SELECT id FROM events WHERE finished_at IS NULL AND plan IS NOT NULL
      AND starts_at BETWEEN ${now - WEEK} AND ${now + 86_400_000}
    ORDER BY starts_at, id LIMIT 1000`);

type FollowUp = {
  event_id: string;
  person_id: string;
  join_key: string;
  title: string;
  name: string;
  email: string;
  ui_language: string | null;
  proposes: number;
};

/** Everyone who was at an event finished this past week and has not had the follow-up yet, `limit` at most. */
export const followUpsDue = (db: DB, now: number, limit: number) =>
  db.all<FollowUp>(sql`
    SELECT e.id AS event_id, r.person_id, e.join_key, e.title, p.name, p.email, p.ui_language,
      (e.mode = 'mentoring' AND e.program_id IS NOT NULL) AS proposes
    FROM events e JOIN event_registrations r ON r.event_id = e.id JOIN people p ON p.id = r.person_id
    WHERE e.finished_at > ${now - WEEK} AND r.status IN ('present', 'left')
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'event-follow-up:' || e.id || ':' || r.person_id)
    LIMIT ${limit}`);
