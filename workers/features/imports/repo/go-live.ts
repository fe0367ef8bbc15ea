/**
 * @module features/imports/repo/go-live
 * Switches a prepared import live in one D1 batch, which D1 runs as one transaction
 * (https://developers.cloudflare.com/d1/worker-api/d1-database/#batch): people, enrollments, the
 * program's skills, the welcome mails (one bulk send) and the import's status land together or not at all. Every
 * statement reads the staged rows inside D1, so the batch is a handful of statements whatever the
 * file's size, and each one holds only while the import is still `running`: a second delivery after
 * the first committed changes nothing.
 */
import { sql } from "drizzle-orm";
import { ENROLLMENT_CSV_COLUMNS, PROFILE_CSV_COLUMNS } from "../../../domain/people-csv";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
const field = (column: string) =>
  sql.raw(`json_extract(r.data, '$.${column.replace(/_(\w)/g, (_, c) => c.toUpperCase())}')`);
// What an upsert updates: those of `columns` (the profile's, or the enrollment's) that the file has.
const updates = (columns: readonly string[], from: string[]) =>
  columns.filter((c) => from.includes(c)).map((c) => sql.raw(`, ${c} = excluded.${c}`));

type Head = { program_id: string; as_admin: number; columns: string };

/** Makes a fully prepared import live; true if this call did it. */
export async function goLive(db: DB, importId: string, now = Date.now()): Promise<boolean> {
  const head = await db.get<Head>(sql`SELECT program_id, as_admin, columns FROM imports WHERE id = ${importId}`);
  if (!head) return false;
  const program = head.program_id;
  const columns = JSON.parse(head.columns) as string[];
  const live = sql`EXISTS (SELECT 1 FROM imports WHERE id = ${importId} AND status = 'running' AND processed >= total)`;
  const staged = sql`FROM import_rows r WHERE r.import_id = ${importId} AND ${live}`;
  // Only an admin's import changes the profile of someone who already exists; anyone else's enrolls them as they are.
  const onPerson = head.as_admin
    ? sql`DO UPDATE SET name = excluded.name${sql.join(updates(PROFILE_CSV_COLUMNS, columns))}, updated_at = excluded.updated_at`
    : sql`DO NOTHING`;
  const skills = (list: string) => sql`
    SELECT json_extract(s.value, '$.name') FROM import_rows r, json_each(r.data, ${`$.${list}`}) s
    WHERE r.import_id = ${importId}`;

  const results = await batchStatements(db, [
    sql`UPDATE import_rows AS r SET outcome = CASE
        WHEN NOT EXISTS (SELECT 1 FROM people p WHERE p.email = r.email) THEN 'created'
        WHEN ${head.as_admin} THEN 'updated' ELSE 'enrolled' END
      WHERE r.import_id = ${importId} AND ${live}`,
    sql`INSERT INTO people (id, email, name, department, title, location, timezone, years_experience, manager_email,
        languages, created_at, updated_at)
      SELECT ${field("id")}, r.email, ${field("name")}, ${field("department")}, ${field("title")}, ${field("location")},
        ${field("timezone")}, ${field("years_experience")}, ${field("manager_email")}, ${field("languages")}, ${now}, ${now}
      ${staged}
      ON CONFLICT (email) ${onPerson}`,
    sql`INSERT INTO enrollments (id, program_id, person_id, role, status, capacity, goals, skills_offered, skills_sought,
        confirmed_at, created_at, updated_at)
      SELECT ${field("enrollment_id")}, ${program}, p.id, ${field("role")}, 'active', ${field("capacity")}, ${field("goals")},
        ${field("skills_offered")}, ${field("skills_sought")}, ${now}, ${now}, ${now}
      FROM import_rows r JOIN people p ON p.email = r.email WHERE r.import_id = ${importId} AND ${live}
      ON CONFLICT (program_id, person_id) DO UPDATE SET role = excluded.role, status = 'active'
        ${sql.join(updates(ENROLLMENT_CSV_COLUMNS, columns))},
        confirmed_at = coalesce(enrollments.confirmed_at, excluded.confirmed_at), withdrawn_at = NULL,
        updated_at = excluded.updated_at`,
    // The skills people brought join the program's vocabulary, kept sorted.
    sql`WITH vocabulary(name) AS (
        SELECT value FROM programs, json_each(programs.skills) WHERE programs.id = ${program}
        UNION ${skills("skillsOffered")} UNION ${skills("skillsSought")})
      UPDATE programs SET updated_at = ${now},
        skills = (SELECT json_group_array(name) FROM (SELECT name FROM vocabulary ORDER BY name))
      WHERE id = ${program} AND ${live} AND (SELECT count(*) FROM vocabulary) <> json_array_length(skills)`,
    // The welcomes are one bulk send (features/mail/batches), under the import's id, whose progress the admin sees.
    sql`INSERT INTO mail_batches (id, kind, label, program_id, created_by)
      SELECT i.id, 'welcome', 'Welcome mails for ' || p.name, p.id, i.created_by
      FROM imports i JOIN programs p ON p.id = i.program_id WHERE i.id = ${importId} AND i.welcome = 1 AND ${live}
      ON CONFLICT (id) DO NOTHING`,
    sql`INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html, category, batch_id, language)
      SELECT json_extract(r.mail, '$.id'), 'welcome:' || ${program} || ':' || r.email, r.email,
        json_extract(r.mail, '$.subject'), json_extract(r.mail, '$.text'), json_extract(r.mail, '$.html'),
        json_extract(r.mail, '$.category'), ${importId}, json_extract(r.mail, '$.language')
      ${staged} AND r.mail IS NOT NULL
      ON CONFLICT (idempotency_key) DO NOTHING`,
    sql`UPDATE imports SET status = 'done', finished_at = ${now},
        created = (SELECT count(*) FROM import_rows WHERE import_id = ${importId} AND outcome = 'created'),
        updated = (SELECT count(*) FROM import_rows WHERE import_id = ${importId} AND outcome = 'updated'),
        enrolled = (SELECT count(*) FROM import_rows WHERE import_id = ${importId} AND outcome = 'enrolled')
      WHERE id = ${importId} AND status = 'running' AND processed >= total`,
    // What the file said is not kept once it is live: only each row's email and outcome, for the result.
    sql`UPDATE import_rows SET data = NULL, mail = NULL
      WHERE import_id = ${importId} AND (SELECT status FROM imports WHERE id = ${importId}) = 'done'`,
  ]);
  return results[results.length - 2]!.meta.changes > 0;
}
