/**
 * @module features/reminders/repo
 * Reminders in D1: noting what is worth one (each under a key that says what and for whom, so a doubled
 * or late tick notes nothing twice), and claiming a person's due reminders under one digest key.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { batchStatements } from "../../platform/statements";

const DAY = 86_400_000;

/** The day after `now` as `YYYY-MM-DD` (UTC), for due dates kept as days. */
const tomorrow = (now: number) => new Date(now + DAY).toISOString().slice(0, 10);

/**
 * Each source is one INSERT … SELECT (each SELECT ends in a WHERE, which lets SQLite read the upsert
 * after it): meetings in the next 24 hours, mentor requests waiting for two days, milestones due
 * tomorrow, events tomorrow, rotation cycles starting within two days.
 */
function sources(origin: string, now: number): SQL[] {
  const insert = (select: SQL) => sql`
    INSERT INTO reminders (key, person_id, text, link, due_at) ${select} ON CONFLICT (key) DO NOTHING`;
  return [
    insert(sql`
      SELECT 'meeting:' || g.id || ':' || g.sequence || ':' || p.id, p.id,
        json_object('kind', 'meeting', 'other', o.name, 'at', g.starts_at),
        ${origin} || '/mentorships/' || m.id || '#meeting-' || g.id, ${now}
      FROM meetings g JOIN mentorships m ON m.id = g.mentorship_id
      JOIN people p ON p.id IN (m.mentor_id, m.mentee_id)
      JOIN people o ON o.id IN (m.mentor_id, m.mentee_id) AND o.id != p.id
      WHERE g.cancelled_at IS NULL AND g.starts_at > ${now} AND g.starts_at <= ${now + DAY} AND m.status = 'active'`),
    insert(sql`
      SELECT 'request:' || r.id, r.mentor_id, json_object('kind', 'request', 'mentee', mentee.name),
        ${origin} || '/requests#request-' || r.id, ${now}
      FROM mentor_requests r JOIN people mentee ON mentee.id = r.mentee_id
      WHERE r.status = 'pending' AND r.sent_at <= ${now - 2 * DAY}`),
    insert(sql`
      SELECT 'milestone:' || s.id, m.mentee_id, json_object('kind', 'milestone', 'title', s.title),
        ${origin} || '/mentorships/' || m.id, ${now}
      FROM milestones s JOIN goals g ON g.id = s.goal_id JOIN mentorships m ON m.id = g.mentorship_id
      WHERE s.done_at IS NULL AND s.due_on = ${tomorrow(now)} AND m.status = 'active'`),
    insert(sql`
      SELECT 'event:' || e.id || ':' || r.person_id, r.person_id,
        json_object('kind', 'event', 'title', e.title, 'at', e.starts_at, 'tz', e.timezone),
        ${origin} || '/events/' || e.id || '?key=' || e.join_key, ${now}
      FROM events e JOIN event_registrations r ON r.event_id = e.id
      WHERE e.starts_at > ${now} AND e.starts_at <= ${now + DAY} AND r.status IN ('registered', 'present')`),
    insert(sql`
      SELECT 'rotation:' || c.program_id || ':' || c.cycle || ':' || e.person_id, e.person_id,
        json_object('kind', 'rotation', 'program', p.name, 'at', c.starts_at),
        ${origin} || '/rotations/' || c.program_id, ${now}
      FROM rotation_cycles c JOIN programs p ON p.id = c.program_id
      JOIN enrollments e ON e.program_id = c.program_id AND e.status = 'active' AND e.role IN ('junior', 'senior')
      WHERE c.started_at IS NULL AND p.rotation_paused = 0 AND c.starts_at > ${now} AND c.starts_at <= ${now + 2 * DAY}`),
    insert(journeySteps(origin, now)),
  ];
}

/**
 * Journey steps due (their week or month over) and not ticked off, for both people of an active pair:
 * due within the last JOURNEY_CATCH_UP, so a journey set up late does not bring every past step at once.
 */
const JOURNEY_CATCH_UP = 14 * DAY;
const journeySteps = (origin: string, now: number) => sql`
  SELECT 'journey:' || m.id || ':' || (s.value ->> 'id') || ':' || p.id, p.id,
    json_object('kind', 'journey', 'unit', s.value ->> 'unit', 'n', s.value ->> 'n', 'title', s.value ->> 'title'),
    ${origin} || '/mentorships/' || m.id || '#journey', ${now}
  FROM mentorships m JOIN programs pr ON pr.id = m.program_id JOIN json_each(pr.journey) s
  JOIN people p ON p.id IN (m.mentor_id, m.mentee_id)
  WHERE m.status = 'active' AND m.started_at IS NOT NULL
    AND m.started_at + (s.value ->> 'n') * (CASE s.value ->> 'unit' WHEN 'week' THEN 7 ELSE 30 END) * ${DAY}
      BETWEEN ${now - JOURNEY_CATCH_UP} AND ${now}
    AND NOT EXISTS (SELECT 1 FROM journey_ticks t WHERE t.mentorship_id = m.id AND t.step_id = s.value ->> 'id')`;

export type QuietPair = {
  key: string;
  person_id: string;
  timezone: string;
  other: string;
  id: string;
  since: number;
  met: number;
};

/**
 * People of active pairs quiet for their program's quiet threshold (set by its meeting rhythm) since
 * their last meeting (or since they were paired), not yet nudged for this whole period of quiet: keyed
 * by the pair, the time the quiet began and the period.
 */
export const quietPairs = (db: DB, now: number) =>
  db.all<QuietPair>(sql`
    WITH quiet AS (
      SELECT m.id, p.id AS person_id, p.timezone, o.name AS other, m.started_at, pr.quiet_days * ${DAY} AS period,
        (SELECT MAX(g.starts_at) FROM meetings g WHERE g.mentorship_id = m.id AND g.cancelled_at IS NULL) AS met
      FROM mentorships m JOIN programs pr ON pr.id = m.program_id
      JOIN people p ON p.id IN (m.mentor_id, m.mentee_id)
      JOIN people o ON o.id IN (m.mentor_id, m.mentee_id) AND o.id != p.id
      WHERE m.status = 'active' AND m.source != 'rotation' AND m.started_at <= ${now} - pr.quiet_days * ${DAY}
    ), anchored AS (
      SELECT *, MAX(started_at, COALESCE(met, 0)) AS since FROM quiet
    ), keyed AS (
      SELECT *, 'nudge:' || id || ':' || person_id || ':' || since || ':' || CAST((${now} - since) / period AS INTEGER) AS key
      FROM anchored WHERE since <= ${now} - period
    )
    SELECT key, person_id, timezone, other, id, since, met IS NOT NULL AND met >= started_at AS met
    FROM keyed WHERE NOT EXISTS (SELECT 1 FROM reminders r WHERE r.key = keyed.key)
    LIMIT 1000`);

/**
 * Notes every source's reminders and the given nudges in one batch, each key once; returns how many
 * were new.
 */
export async function noteReminders(
  db: DB,
  origin: string,
  now: number,
  nudges: { key: string; personId: string; text: string; link: string }[],
) {
  const statements = sources(origin, now);
  if (nudges.length) {
    statements.push(sql`INSERT INTO reminders (key, person_id, text, link, due_at)
      SELECT value ->> 'key', value ->> 'personId', value ->> 'text', value ->> 'link', ${now}
      FROM json_each(${JSON.stringify(nudges)}) WHERE true ON CONFLICT (key) DO NOTHING`);
  }
  const results = await batchStatements(db, statements);
  return results.reduce((n, r) => n + (r.meta?.changes ?? 0), 0);
}

/** People with due reminders not yet in a digest, with their time zones (at most 2,000 a tick). */
export const waitingPeople = (db: DB, now: number) =>
  db.all<{ person_id: string; timezone: string }>(sql`
    SELECT DISTINCT r.person_id, p.timezone FROM reminders r JOIN people p ON p.id = r.person_id
    WHERE r.digest_key IS NULL AND r.due_at <= ${now} LIMIT 2000`);

/** Claims these people's due reminders under one digest key each, in one UPDATE so two ticks cannot both take them. */
export const claimDigests = (db: DB, personIds: string[], now: number) =>
  db.run(sql`
    UPDATE reminders SET digest_key = 'digest:' || person_id || ':' || ${now}
    WHERE digest_key IS NULL AND due_at <= ${now}
      AND person_id IN (SELECT value FROM json_each(${JSON.stringify(personIds)}))`);

/** The reminders of every claimed digest whose mail (keyed by the digest key) is not written yet. */
export const unmailedDigests = (db: DB) =>
  db.all<{
    digest_key: string;
    name: string;
    email: string;
    ui_language: string | null;
    timezone: string;
    text: string;
    link: string;
  }>(sql`
    SELECT r.digest_key, p.name, p.email, p.ui_language, p.timezone, r.text, r.link FROM reminders r JOIN people p ON p.id = r.person_id
    WHERE r.digest_key IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = r.digest_key)
    ORDER BY r.digest_key, r.due_at, r.key LIMIT 5000`);

/** The reminders gathered in these digests, with their person's name, to write a digest again. */
export const remindersOfDigests = (db: DB, digestKeys: string[]) =>
  db.all<{
    digest_key: string;
    key: string;
    person_id: string;
    name: string;
    timezone: string;
    text: string;
    link: string;
  }>(sql`
    SELECT r.digest_key, r.key, r.person_id, p.name, p.timezone, r.text, r.link FROM reminders r JOIN people p ON p.id = r.person_id
    WHERE r.digest_key IN (SELECT value FROM json_each(${JSON.stringify(digestKeys)}))
    ORDER BY r.digest_key, r.due_at, r.key`);

/** A reminder, read from its key: what it is about (`id`, and `n` a meeting's version or a cycle) and for whom. */
export type Reminded = { key: string; kind: string; id: string; n: number; person: string; step?: string };

/**
 * The keys of those reminders still worth sending at `now`, one statement over all of them, each kind
 * joined to its row by primary key: a meeting not cancelled, moved or past; a request still waiting for
 * this mentor; an event not started that the person is still registered for; a milestone not done; a
 * cycle not started; a quiet pair still active; a journey step not ticked off; a survey invitation unanswered and open.
 */
export const stillDue = (db: DB, items: Reminded[], now: number) =>
  db.all<{ key: string }>(sql`
    WITH i AS (
      SELECT value ->> 'key' AS key, value ->> 'kind' AS kind, value ->> 'id' AS id, value ->> 'n' AS n,
        value ->> 'person' AS person, value ->> 'step' AS step FROM json_each(${JSON.stringify(items)})
    )
    SELECT i.key FROM i
      LEFT JOIN meetings g ON i.kind = 'meeting' AND g.id = i.id
      LEFT JOIN mentorships gm ON gm.id = g.mentorship_id
      LEFT JOIN mentor_requests q ON i.kind = 'request' AND q.id = i.id
      LEFT JOIN events e ON i.kind = 'event' AND e.id = i.id
      LEFT JOIN event_registrations er ON er.event_id = e.id AND er.person_id = i.person
      LEFT JOIN milestones s ON i.kind = 'milestone' AND s.id = i.id
      LEFT JOIN goals sg ON sg.id = s.goal_id
      LEFT JOIN mentorships sm ON sm.id = sg.mentorship_id
      LEFT JOIN rotation_cycles c ON i.kind = 'rotation' AND c.program_id = i.id AND c.cycle = i.n
      LEFT JOIN mentorships nm ON i.kind = 'nudge' AND nm.id = i.id
      LEFT JOIN mentorships jm ON i.kind = 'journey' AND jm.id = i.id
      LEFT JOIN survey_invitations v ON i.kind = 'survey' AND v.id = i.id
      LEFT JOIN surveys sv ON sv.id = v.survey_id
    WHERE (g.sequence = i.n AND g.cancelled_at IS NULL AND g.starts_at > ${now} AND gm.status = 'active')
      OR (q.status = 'pending' AND q.mentor_id = i.person)
      OR (e.starts_at > ${now} AND er.status IN ('registered', 'present'))
      OR (s.done_at IS NULL AND sm.status = 'active')
      OR (c.started_at IS NULL AND c.program_id IS NOT NULL)
      OR nm.status = 'active'
      OR (jm.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM journey_ticks t WHERE t.mentorship_id = jm.id AND t.step_id = i.step))
      OR (v.responded_at IS NULL AND v.closes_at > ${now} AND sv.active = 1)`);
