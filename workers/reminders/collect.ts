/**
 * @module reminders/collect
 * Notes what is worth a reminder, each under a key that says what and for whom, so a doubled or late
 * tick notes nothing twice: meetings in the next 24 hours, pairs with no meeting for NUDGE_WEEKS, mentor
 * requests waiting for two days, milestones due tomorrow, events tomorrow, rotation cycles starting
 * within two days. Each source is one INSERT … SELECT (each SELECT ends in a WHERE, which lets SQLite
 * read the upsert after it).
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../db/client";
import { batchStatements } from "../db/statements";

const DAY = 86_400_000;
export const NUDGE_WEEKS = 3;

/** The day after `now` as `YYYY-MM-DD` (UTC), for due dates kept as days. */
const tomorrow = (now: number) => new Date(now + DAY).toISOString().slice(0, 10);

function sources(origin: string, now: number): SQL[] {
  const nudgePeriod = NUDGE_WEEKS * 7 * DAY;
  const insert = (select: SQL) => sql`
    INSERT INTO reminders (key, person_id, text, link, due_at) ${select} ON CONFLICT (key) DO NOTHING`;
  return [
    insert(sql`
      SELECT 'meeting:' || g.id || ':' || g.sequence || ':' || p.id, p.id,
        'Meeting with ' || o.name || ' on ' || strftime('%Y-%m-%d %H:%M UTC', g.starts_at / 1000, 'unixepoch'),
        ${origin} || '/mentorships/' || m.id, ${now}
      FROM meetings g JOIN mentorships m ON m.id = g.mentorship_id
      JOIN people p ON p.id IN (m.mentor_id, m.mentee_id)
      JOIN people o ON o.id IN (m.mentor_id, m.mentee_id) AND o.id != p.id
      WHERE g.cancelled_at IS NULL AND g.starts_at > ${now} AND g.starts_at <= ${now + DAY}`),
    insert(sql`
      SELECT 'nudge:' || m.id || ':' || p.id || ':' || ${Math.floor(now / nudgePeriod)}, p.id,
        'You and ' || o.name || ' have not met for ${sql.raw(String(NUDGE_WEEKS))} weeks: plan your next meeting',
        ${origin} || '/mentorships/' || m.id, ${now}
      FROM mentorships m JOIN people p ON p.id IN (m.mentor_id, m.mentee_id)
      JOIN people o ON o.id IN (m.mentor_id, m.mentee_id) AND o.id != p.id
      WHERE m.status = 'active' AND m.source != 'rotation' AND m.started_at <= ${now - nudgePeriod}
        AND NOT EXISTS (SELECT 1 FROM meetings g WHERE g.mentorship_id = m.id AND g.cancelled_at IS NULL
          AND g.starts_at > ${now - nudgePeriod})`),
    insert(sql`
      SELECT 'request:' || r.id, r.mentor_id, mentee.name || ' is waiting for your answer to their mentor request',
        ${origin} || '/requests', ${now}
      FROM mentor_requests r JOIN people mentee ON mentee.id = r.mentee_id
      WHERE r.status = 'pending' AND r.sent_at <= ${now - 2 * DAY}`),
    insert(sql`
      SELECT 'milestone:' || s.id, m.mentee_id, 'Milestone due tomorrow: ' || s.title,
        ${origin} || '/mentorships/' || m.id, ${now}
      FROM milestones s JOIN goals g ON g.id = s.goal_id JOIN mentorships m ON m.id = g.mentorship_id
      WHERE s.done_at IS NULL AND s.due_on = ${tomorrow(now)} AND m.status = 'active'`),
    insert(sql`
      SELECT 'event:' || e.id || ':' || r.person_id, r.person_id,
        e.title || ' starts ' || strftime('%Y-%m-%d %H:%M UTC', e.starts_at / 1000, 'unixepoch'),
        ${origin} || '/events/' || e.id || '?key=' || e.join_key, ${now}
      FROM events e JOIN event_registrations r ON r.event_id = e.id
      WHERE e.starts_at > ${now} AND e.starts_at <= ${now + DAY} AND r.status IN ('registered', 'present')`),
    insert(sql`
      SELECT 'rotation:' || c.program_id || ':' || c.cycle || ':' || e.person_id, e.person_id,
        'A new reverse-mentoring cycle of ' || p.name || ' starts ' || strftime('%Y-%m-%d', c.starts_at / 1000, 'unixepoch'),
        ${origin} || '/dashboard', ${now}
      FROM rotation_cycles c JOIN programs p ON p.id = c.program_id
      JOIN enrollments e ON e.program_id = c.program_id AND e.status = 'active' AND e.role IN ('junior', 'senior')
      WHERE c.started_at IS NULL AND p.rotation_paused = 0 AND c.starts_at > ${now} AND c.starts_at <= ${now + 2 * DAY}`),
  ];
}

export async function collectReminders(db: DB, origin: string, now: number) {
  const results = await batchStatements(db, sources(origin, now));
  return results.reduce((n, r) => n + (r.meta?.changes ?? 0), 0);
}
