/**
 * @module features/requests/repo/clock
 * What the clock finds and changes in mentee's-choice matching: requests past their deadline, chains to
 * hand on or notice, and mentors to pause after lapses. Each query takes a fixed chunk, and each change
 * is guarded by the state it expects, so a doubled tick changes nothing twice.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import { DAY } from "./chains";

/** Chains with a waiting choice but nothing pending or accepted: a decline or lapse not yet handed on. */
export function stalledChains(db: DB, limit = 200) {
  return db.all<{ program_id: string; mentee_id: string }>(sql`
    SELECT DISTINCT w.program_id, w.mentee_id FROM mentor_requests w
    WHERE w.status = 'waiting' AND NOT EXISTS (
      SELECT 1 FROM mentor_requests x WHERE x.program_id = w.program_id AND x.mentee_id = w.mentee_id
        AND x.status IN ('pending', 'accepted'))
    LIMIT ${limit}`);
}

/**
 * Chains that ran out (their latest request declined or lapsed, nothing left waiting) in the last
 * 30 days whose mentee was not yet told.
 */
export function unnoticedExhaustedChains(db: DB, now: number, limit = 200) {
  return db.all<{ program_id: string; mentee_id: string }>(sql`
    SELECT r.program_id, r.mentee_id FROM mentor_requests r
    WHERE r.status IN ('declined', 'lapsed') AND coalesce(r.responded_at, r.deadline_at) > ${now - 30 * DAY}
      AND r.id = (SELECT x.id FROM mentor_requests x WHERE x.program_id = r.program_id AND x.mentee_id = r.mentee_id
        ORDER BY x.created_at DESC, x.rank DESC LIMIT 1)
      AND NOT EXISTS (SELECT 1 FROM mentor_requests x WHERE x.program_id = r.program_id AND x.mentee_id = r.mentee_id
        AND x.status IN ('waiting', 'pending', 'accepted'))
      AND NOT EXISTS (SELECT 1 FROM mentorships m WHERE m.program_id = r.program_id AND m.mentee_id = r.mentee_id
        AND m.status IN ('proposed', 'active'))
      AND NOT EXISTS (SELECT 1 FROM outgoing_mail o WHERE o.idempotency_key = 'choices-exhausted:' || r.id || ':' || r.mentee_id)
    LIMIT ${limit}`);
}

/** Lapses (since the mentor last resumed) after which a mentor is paused from new requests. */
export const LAPSES_BEFORE_PAUSE = 2;

/** Active mentors, not paused, with `LAPSES_BEFORE_PAUSE` lapses since they last resumed. */
export function mentorsToPause(db: DB, limit = 200) {
  return db.all<{
    enrollment_id: string;
    program_id: string;
    email: string;
    name: string;
    ui_language: string | null;
  }>(sql`
    SELECT e.id AS enrollment_id, e.program_id, p.email, p.name, p.ui_language
    FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.paused_at IS NULL AND e.status = 'active'
      AND (SELECT count(*) FROM mentor_requests r WHERE r.program_id = e.program_id AND r.mentor_id = e.person_id
        AND r.status = 'lapsed' AND r.deadline_at > coalesce(e.resumed_at, 0)) >= ${LAPSES_BEFORE_PAUSE}
    LIMIT ${limit}`);
}

/** Lapses up to `limit` pending requests past their deadline, soonest first; returns their ids. */
export const lapseExpired = (db: DB, now: number, limit: number) =>
  db.all<{ id: string }>(sql`
    UPDATE mentor_requests SET status = 'lapsed', responded_at = NULL
    WHERE status = 'pending' AND id IN (SELECT id FROM mentor_requests
      WHERE status = 'pending' AND deadline_at < ${now} ORDER BY deadline_at LIMIT ${limit})
    RETURNING id`);

export type PauseMail = {
  id: string;
  key: string;
  to: string;
  enrollment: string;
  subject: string;
  text: string;
  html: string;
};

/**
 * Pauses the mentors' enrollments and writes each one's mail, in one batch: a mail is written only if
 * this batch paused its mentor, so a doubled tick finds them paused and writes nothing. Returns the ids
 * of the mails written.
 */
export async function pauseForLapses(db: DB, rows: PauseMail[], now: number) {
  const json = JSON.stringify(rows);
  const [, inserted] = await batchStatements(db, [
    sql`UPDATE enrollments SET paused_at = ${now}, paused_because = 'lapsed', updated_at = ${now}
      WHERE id IN (SELECT json_extract(value, '$.enrollment') FROM json_each(${json})) AND paused_at IS NULL`,
    sql`INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html)
      SELECT json_extract(j.value, '$.id'), json_extract(j.value, '$.key'), json_extract(j.value, '$.to'),
        json_extract(j.value, '$.subject'), json_extract(j.value, '$.text'), json_extract(j.value, '$.html')
      FROM json_each(${json}) j
      WHERE EXISTS (SELECT 1 FROM enrollments e WHERE e.id = json_extract(j.value, '$.enrollment')
        AND e.paused_at = ${now} AND e.paused_because = 'lapsed')
      ON CONFLICT DO NOTHING
      RETURNING id`,
  ]);
  return (inserted!.results as { id: string }[]).map((r) => r.id);
}
