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
 * 10,000 more people in the program: 3,500 mentors and 6,500 mentees, 3,000 pairs, 600 requests
 * waiting for `mentorId`, 100 more events of 200 registrations (`menteeId` at each), and 200 more
 * registrations at `eventId`.
 */
export function companyStatements(ids: PageIds & { mentorId: string }): string[] {
  const { programId: p, mentorId, menteeId, eventId } = ids;
  return [
    `${numbers(10_000)} INSERT INTO people (id, email, name, department) SELECT '${p}-' || i, '${p}-' || i || '@scale.test', 'Person ' || i, 'Dept ' || (i % 12) FROM n`,
    `${numbers(10_000)} INSERT INTO enrollments (id, program_id, person_id, role, status, capacity, skills_offered, skills_sought, goals)
      SELECT '${p}-e' || i, '${p}', '${p}-' || i, CASE WHEN i < 3500 THEN 'mentor' ELSE 'mentee' END, 'active', 2,
        '[{"name":"negotiation","level":3}]', '[{"name":"negotiation","level":1}]', 'Goal ' || i FROM n`,
    `${numbers(3_000)} INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at)
      SELECT '${p}-m' || i, '${p}', '${p}-' || i, '${p}-' || (3500 + i), 'active', 'match', 1 FROM n`,
    `${numbers(600)} INSERT INTO mentor_requests (id, program_id, mentee_id, mentor_id, rank, status, sent_at, deadline_at)
      SELECT '${p}-r' || i, '${p}', '${p}-' || (4000 + i), '${mentorId}', 1, 'pending', 1, 9999999999999 FROM n`,
    `${numbers(100)} INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables, mentees_per_table, program_id, join_key)
      SELECT '${p}-ev' || i, 'Event ' || i, 1900000000000 + i, 'UTC', 5, 0, 10, 1, '${p}', 'k' FROM n`,
    `${numbers(100)} INSERT INTO event_registrations (id, event_id, person_id, role)
      SELECT '${p}-evr' || i, '${p}-ev' || i, '${menteeId}', 'mentee' FROM n`,
    `${numbers(20_000)} INSERT INTO event_registrations (id, event_id, person_id, role)
      SELECT '${p}-er' || i, '${p}-ev' || (i % 100), '${p}-' || (i / 2), CASE WHEN i % 2 THEN 'mentee' ELSE 'mentor' END FROM n`,
    `${numbers(200)} INSERT INTO event_registrations (id, event_id, person_id, role)
      SELECT '${p}-ck' || i, '${eventId}', '${p}-' || i, CASE WHEN i % 2 THEN 'mentee' ELSE 'mentor' END FROM n`,
  ];
}
