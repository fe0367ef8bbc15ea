/**
 * @module features/imports/prepare
 * Prepares a staged import a chunk of rows at a time: renders each row's welcome mail into its staged
 * row, then moves the import's cursor. The chunk's writes and the cursor go in one batch, and each
 * write holds only while the cursor is where this delivery read it, so a redelivered or doubled
 * message prepares each chunk once and only one delivery goes on.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { batchStatements } from "../../platform/statements";
import { welcomeMail } from "./mail";

/** Rows a queue invocation prepares: about ten D1 statements, well inside one invocation's limits. */
export const CHUNK_ROWS = 500;
/** Rendered mails per statement: about 2 KB each, as in the outbox's bulk insert. */
const MAILS_PER_STATEMENT = 100;

type Head = {
  status: string;
  total: number;
  processed: number;
  prepared_through: number;
  welcome: number;
  origin: string;
  program_name: string;
};

/**
 * Prepares the next chunk. "more": chunks remain; "ready": every row is prepared, switch it live;
 * "none": nothing for this delivery to do (the import is finished, or another delivery moved on).
 */
export async function prepareChunk(db: DB, importId: string): Promise<"more" | "ready" | "none"> {
  const head = await db.get<Head>(sql`
    SELECT i.status, i.total, i.processed, i.prepared_through, i.welcome, i.origin, p.name AS program_name
    FROM imports i JOIN programs p ON p.id = i.program_id WHERE i.id = ${importId}`);
  if (!head || head.status !== "running") return "none";
  if (head.processed >= head.total) return "ready";
  const cursor = head.prepared_through;
  const rows = await db.all<{ row: number; name: string }>(sql`
    SELECT row, json_extract(data, '$.name') AS name FROM import_rows
    WHERE import_id = ${importId} AND row > ${cursor} ORDER BY row LIMIT ${CHUNK_ROWS}`);
  if (!rows.length) return "none";
  const still = sql`(SELECT prepared_through FROM imports WHERE id = ${importId}) = ${cursor}`;
  const statements = [];
  if (head.welcome) {
    const url = `${head.origin}/signin`;
    for (let i = 0; i < rows.length; i += MAILS_PER_STATEMENT) {
      const mails = rows.slice(i, i + MAILS_PER_STATEMENT).map((r) => ({
        r: r.row,
        m: { id: crypto.randomUUID(), ...welcomeMail(r.name, head.program_name, url) },
      }));
      // Materialized, so the JSON is read once, and the rows are found by their key (a join over
      // json_each re-reads the JSON for every staged row of the import).
      statements.push(sql`
        WITH m AS MATERIALIZED (
          SELECT json_extract(value, '$.r') AS r, json_extract(value, '$.m') AS mail FROM json_each(${JSON.stringify(mails)}))
        UPDATE import_rows SET mail = (SELECT mail FROM m WHERE m.r = import_rows.row)
        WHERE import_id = ${importId} AND row IN (SELECT r FROM m) AND ${still}`);
    }
  }
  const last = rows[rows.length - 1]!.row;
  statements.push(sql`
    UPDATE imports SET prepared_through = ${last}, processed = processed + ${rows.length}
    WHERE id = ${importId} AND status = 'running' AND prepared_through = ${cursor}`);
  const results = await batchStatements(db, statements);
  if (!results[results.length - 1]!.meta.changes) return "none";
  return head.processed + rows.length >= head.total ? "ready" : "more";
}
