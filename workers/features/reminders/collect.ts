/**
 * @module features/reminders/collect
 * Notes what is worth a reminder, each under a key that says what and for whom, so a doubled or late
 * tick notes nothing twice: meetings in the next 24 hours, pairs with no meeting for NUDGE_WEEKS (once
 * per such period, counted from their last meeting), mentor requests waiting for two days, milestones
 * due tomorrow, events tomorrow, rotation cycles starting within two days. Each source is one INSERT …
 * SELECT (each SELECT ends in a WHERE, which lets SQLite read the upsert after it).
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { batchStatements } from "../../platform/statements";

const DAY = 86_400_000;
export const NUDGE_WEEKS = 3;

/** The day after `now` as `YYYY-MM-DD` (UTC), for due dates kept as days. */
const tomorrow = (now: number) => new Date(now + DAY).toISOString().slice(0, 10);

function sources(origin: string, now: number): SQL[] {
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
      WHERE g.cancelled_at IS NULL AND g.starts_at > ${now} AND g.starts_at <= ${now + DAY} AND m.status = 'active'`),
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
  const nudges = await quietPairs(db, origin, now);
  const results = await batchStatements(db, [...sources(origin, now), ...nudges]);
  return results.reduce((n, r) => n + (r.meta?.changes ?? 0), 0);
}

/** "2 October" in the reader's time zone, with the year when it is not this year's. */
function dayOf(at: number, now: number, timeZone: string) {
  const year = (t: number) => new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone }).format(t);
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", timeZone };
  if (year(at) !== year(now)) options.year = "numeric";
  return new Intl.DateTimeFormat("en-GB", options).format(at);
}

/**
 * Active pairs quiet for NUDGE_WEEKS since their last meeting (or since they were paired): one nudge
 * per person per whole period of quiet, keyed by the pair, the time the quiet began and the period, so
 * ticks at any hour, doubled or late, nudge once a period and a new meeting starts the count again.
 * The text names the day, which needs the reader's time zone: hence a read, then one insert.
 */
async function quietPairs(db: DB, origin: string, now: number): Promise<SQL[]> {
  const period = NUDGE_WEEKS * 7 * DAY;
  const due = await db.all<{
    key: string;
    person_id: string;
    timezone: string;
    other: string;
    id: string;
    since: number;
    met: number;
  }>(sql`
    WITH quiet AS (
      SELECT m.id, p.id AS person_id, p.timezone, o.name AS other, m.started_at,
        (SELECT MAX(g.starts_at) FROM meetings g WHERE g.mentorship_id = m.id AND g.cancelled_at IS NULL) AS met
      FROM mentorships m JOIN people p ON p.id IN (m.mentor_id, m.mentee_id)
      JOIN people o ON o.id IN (m.mentor_id, m.mentee_id) AND o.id != p.id
      WHERE m.status = 'active' AND m.source != 'rotation' AND m.started_at <= ${now - period}
    ), anchored AS (
      SELECT *, MAX(started_at, COALESCE(met, 0)) AS since FROM quiet
    )
    SELECT 'nudge:' || id || ':' || person_id || ':' || since || ':' || CAST((${now} - since) / ${period} AS INTEGER) AS key,
      person_id, timezone, other, id, since, met IS NOT NULL AND met >= started_at AS met
    FROM anchored
    WHERE since <= ${now - period}
      AND NOT EXISTS (SELECT 1 FROM reminders r
        WHERE r.key = 'nudge:' || id || ':' || person_id || ':' || since || ':' || CAST((${now} - since) / ${period} AS INTEGER))
    LIMIT 1000`);
  if (!due.length) return [];
  const rows = due.map((r) => ({
    key: r.key,
    personId: r.person_id,
    text: `You and ${r.other} have not met since ${r.met ? "" : "you were paired on "}${dayOf(r.since, now, r.timezone)}: plan your next meeting`,
    link: `${origin}/mentorships/${r.id}`,
  }));
  return [
    sql`INSERT INTO reminders (key, person_id, text, link, due_at)
      SELECT value ->> 'key', value ->> 'personId', value ->> 'text', value ->> 'link', ${now}
      FROM json_each(${JSON.stringify(rows)}) WHERE true ON CONFLICT (key) DO NOTHING`,
  ];
}
