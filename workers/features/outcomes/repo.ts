/**
 * @module features/outcomes/repo
 * A program's outcomes file in D1: stored a thousand rows a statement from one JSON parameter
 * (`json_each`), every statement in one batch, so a file goes in whole or not at all and no statement
 * comes near D1's 100 bound parameters (https://developers.cloudflare.com/d1/platform/limits/). Read
 * back in one batch of two statements, folded per email in SQL.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { batchStatements } from "../../platform/statements";
import type { FilePerson, OutcomeRows, Participant } from "../../domain/outcomes/compute";
import type { OutcomeRow } from "../../domain/outcomes/csv";

/** About 75 bytes a row, so a statement's JSON stays under 100 KB; 20 statements for the largest file. */
const ROWS_PER_STATEMENT = 1_000;

/** Stores the rows (a row already there is left as it is); returns how many were new. */
export async function storeOutcomes(db: DB, programId: string, rows: OutcomeRow[]) {
  const statements = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => ({ e: r.email, v: r.event, d: r.date }));
    // `WHERE true` tells SQLite the ON CONFLICT belongs to the INSERT, not to a join of the SELECT.
    statements.push(sql`
      INSERT INTO outcomes (program_id, email, event, date)
      SELECT ${programId}, value ->> 'e', value ->> 'v', value ->> 'd' FROM json_each(${JSON.stringify(part)}) WHERE true
      ON CONFLICT DO NOTHING`);
  }
  const results = await batchStatements(db, statements);
  return results.reduce((n, r) => n + (r.meta.changes ?? 0), 0);
}

/** What a program's outcomes are computed from: each email of its file, and its participants. */
export async function outcomeRows(db: DB, programId: string): Promise<OutcomeRows> {
  const [file, participants] = await batchStatements(db, [
    sql`SELECT email,
        max(CASE WHEN event = 'promoted' THEN date END) AS lastPromoted,
        max(CASE WHEN event = 'moved_internally' THEN date END) AS lastMoved,
        group_concat(CASE WHEN event = 'started' THEN date END) AS started,
        group_concat(CASE WHEN event = 'left_company' THEN date END) AS "left"
      FROM outcomes WHERE program_id = ${programId} GROUP BY email`,
    // A participant has confirmed; a pending sign-up never took part. Their first pair is the first
    // that began (a proposed pair has not), on either side.
    sql`SELECT p.email, e.created_at AS signedUpAt,
        (SELECT min(m.started_at) FROM mentorships m
          WHERE m.program_id = e.program_id AND (m.mentee_id = e.person_id OR m.mentor_id = e.person_id)) AS firstPairAt
      FROM enrollments e JOIN people p ON p.id = e.person_id
      WHERE e.program_id = ${programId} AND e.status <> 'pending'`,
  ]);
  return {
    file: (file!.results ?? []) as FilePerson[],
    participants: (participants!.results ?? []) as Participant[],
  };
}
