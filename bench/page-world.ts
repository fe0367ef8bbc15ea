/**
 * A program at company scale, as SQL, and the API calls its pages make: shared by the page-budget test
 * (inside workerd, counting D1 round trips) and the pages bench (in Node, timing the Worker's CPU).
 */

/** The ids a page's calls name. */
export type PageIds = { programId: string; mentorshipId: string; eventId: string; menteeId: string };
export type Viewer = "admin" | "mentee" | "mentor";
export type PageCall = { name: string; who: Viewer; path: (ids: PageIds) => string; body?: (ids: PageIds) => unknown };

export const PAGE_CALLS: PageCall[] = [
  { name: "session", who: "mentee", path: () => "/api/session" },
  { name: "dashboard: my mentorships", who: "mentee", path: () => "/api/me/mentorships" },
  { name: "dashboard: my requests", who: "mentee", path: () => "/api/me/requests" },
  { name: "dashboard: next thing to do", who: "mentee", path: () => "/api/me/next" },
  { name: "dashboard: my rotations", who: "mentee", path: () => "/api/me/rotations" },
  { name: "dashboard: my groups", who: "mentee", path: () => "/api/me/groups" },
  { name: "mentorship: meetings", who: "mentee", path: (w) => `/api/mentorships/${w.mentorshipId}/meetings` },
  { name: "mentorship: goals", who: "mentee", path: (w) => `/api/mentorships/${w.mentorshipId}/goals` },
  { name: "events list", who: "mentee", path: () => "/api/events" },
  { name: "mentor's waiting requests", who: "mentor", path: () => "/api/me/requests" },
  { name: "programs", who: "admin", path: () => "/api/programs" },
  { name: "program", who: "admin", path: (w) => `/api/programs/${w.programId}` },
  { name: "participants", who: "admin", path: (w) => `/api/programs/${w.programId}/participants` },
  { name: "pairs", who: "admin", path: (w) => `/api/programs/${w.programId}/mentorships` },
  { name: "event page (host)", who: "admin", path: (w) => `/api/events/${w.eventId}` },
  { name: "events list (admin)", who: "admin", path: () => "/api/events" },
  {
    name: "check-in",
    who: "admin",
    path: (w) => `/api/events/${w.eventId}/checkin`,
    body: (w) => ({ personId: w.menteeId }),
  },
];

const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1})`;

/**
 * `size` more people in the program (10,000 unless given), shaped like a company: 35% mentors, 30% of
 * people paired, up to 600 requests waiting for `mentorId`, an event per 100 people with two
 * registrations a person (`menteeId` at each), and up to 200 more registrations at `eventId`.
 */
export function companyStatements(ids: PageIds & { mentorId: string }, size = 10_000): string[] {
  const { programId: p, mentorId, menteeId, eventId } = ids;
  const mentors = Math.round(size * 0.35);
  const events = Math.max(1, Math.round(size / 100));
  const perPerson = Math.min(2, events); // registrations a person, each at another event
  return [
    `${numbers(size)} INSERT INTO people (id, email, name, department) SELECT '${p}-' || i, '${p}-' || i || '@scale.test', 'Person ' || i, 'Dept ' || (i % 12) FROM n`,
    `${numbers(size)} INSERT INTO enrollments (id, program_id, person_id, role, status, capacity, skills_offered, skills_sought, goals)
      SELECT '${p}-e' || i, '${p}', '${p}-' || i, CASE WHEN i < ${mentors} THEN 'mentor' ELSE 'mentee' END, 'active', 2,
        '[{"name":"negotiation","level":3}]', '[{"name":"negotiation","level":1}]', 'Goal ' || i FROM n`,
    `${numbers(Math.round(size * 0.3))} INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at)
      SELECT '${p}-m' || i, '${p}', '${p}-' || (i % ${mentors}), '${p}-' || (${mentors} + i), 'active', 'match', 1 FROM n`,
    `${numbers(Math.min(600, Math.round(size * 0.06)))} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
      SELECT '${p}-r' || i, '${p}', '${p}-' || (${size - 1} - i), '${mentorId}', 1, 'pending', 1, 9999999999999 FROM n`,
    `${numbers(events)} INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables, mentees_per_table, program_id, join_key)
      SELECT '${p}-ev' || i, 'Event ' || i, 1900000000000 + i, 'UTC', 5, 0, 10, 1, '${p}', 'k' FROM n`,
    `${numbers(events)} INSERT INTO event_registrations (id, event_id, person_id, role)
      SELECT '${p}-evr' || i, '${p}-ev' || i, '${menteeId}', 'mentee' FROM n`,
    `${numbers(size * perPerson)} INSERT INTO event_registrations (id, event_id, person_id, role)
      SELECT '${p}-er' || i, '${p}-ev' || (i % ${events}), '${p}-' || (i / ${perPerson}), CASE WHEN i % 2 THEN 'mentee' ELSE 'mentor' END FROM n`,
    `${numbers(Math.min(200, size))} INSERT INTO event_registrations (id, event_id, person_id, role)
      SELECT '${p}-ck' || i, '${eventId}', '${p}-' || i, CASE WHEN i % 2 THEN 'mentee' ELSE 'mentor' END FROM n`,
  ];
}
