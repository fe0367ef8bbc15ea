/**
 * @module features/imports/repo/steps
 * The queries of the import queue's steps: preparing a chunk of staged rows (features/imports/prepare)
 * and finding a page of welcomes to put on the mail queue (features/imports/welcomes).
 */
import { sql } from "drizzle-orm";
import type { RenderedMail } from "../../mail";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";

/** Rendered mails per statement: about 2 KB each, as in the outbox's bulk insert. */
const MAILS_PER_STATEMENT = 100;

export type PreparationHead = {
  status: string;
  total: number;
  processed: number;
  prepared_through: number;
  welcome: number;
  origin: string;
  program_name: string;
};

/** Where an import's preparation stands, with its program's name for the welcomes. */
export const preparationHead = (db: DB, importId: string) =>
  db.get<PreparationHead | undefined>(sql`
    SELECT i.status, i.total, i.processed, i.prepared_through, i.welcome, i.origin, p.name AS program_name
    FROM imports i JOIN programs p ON p.id = i.program_id WHERE i.id = ${importId}`);

/** The next `limit` staged rows after row `cursor`, with each one's name. */
export const stagedRowsAfter = (db: DB, importId: string, cursor: number, limit: number) =>
  db.all<{ row: number; name: string; ui_language: string | null }>(sql`
    SELECT row, json_extract(data, '$.name') AS name,
      (SELECT p.ui_language FROM people p WHERE p.email = import_rows.email) AS ui_language
    FROM import_rows
    WHERE import_id = ${importId} AND row > ${cursor} ORDER BY row LIMIT ${limit}`);

export type PreparedRow = { r: number; m: RenderedMail & { id: string } };

/**
 * Stores the chunk's welcome mails (none without welcomes) and moves the cursor from `cursor` past
 * the chunk's `count` rows through row `last`, in one batch whose every write holds only while the
 * cursor is still at `cursor`; false when another delivery moved it first.
 */
export async function savePreparedChunk(
  db: DB,
  importId: string,
  chunk: { cursor: number; last: number; count: number; mails: PreparedRow[] },
) {
  const { cursor, last, count, mails } = chunk;
  const still = sql`(SELECT prepared_through FROM imports WHERE id = ${importId}) = ${cursor}`;
  const statements = [];
  for (let i = 0; i < mails.length; i += MAILS_PER_STATEMENT) {
    const part = mails.slice(i, i + MAILS_PER_STATEMENT);
    // Materialized, so the JSON is read once, and the rows are found by their key (a join over
    // json_each re-reads the JSON for every staged row of the import).
    statements.push(sql`
      WITH m AS MATERIALIZED (
        SELECT json_extract(value, '$.r') AS r, json_extract(value, '$.m') AS mail FROM json_each(${JSON.stringify(part)}))
      UPDATE import_rows SET mail = (SELECT mail FROM m WHERE m.r = import_rows.row)
      WHERE import_id = ${importId} AND row IN (SELECT r FROM m) AND ${still}`);
  }
  statements.push(sql`
    UPDATE imports SET prepared_through = ${last}, processed = processed + ${count}
    WHERE id = ${importId} AND status = 'running' AND prepared_through = ${cursor}`);
  const results = await batchStatements(db, statements);
  return results[results.length - 1]!.meta.changes > 0;
}

/**
 * A page of a live import's rows after row `after`, each with its welcome in the outbox (keyed per
 * person and program) and that mail's status, if the import sends welcomes.
 */
export const welcomeRowsAfter = (db: DB, importId: string, after: number, limit: number) =>
  db.all<{ row: number; id: string | null; status: string | null }>(sql`
    SELECT r.row, o.id, o.status FROM import_rows r JOIN imports i ON i.id = r.import_id
    LEFT JOIN outgoing_mail o ON o.idempotency_key = 'welcome:' || i.program_id || ':' || r.email
    WHERE r.import_id = ${importId} AND i.status = 'done' AND i.welcome = 1 AND r.row > ${after}
    ORDER BY r.row LIMIT ${limit}`);
