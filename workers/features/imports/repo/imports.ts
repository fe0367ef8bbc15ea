/**
 * @module features/imports/repo/imports
 * A people import's rows are first staged in D1 (`import_rows`), a few hundred rows per statement from
 * one JSON parameter (`json_each`), so no statement comes near D1's 100 bound parameters
 * (https://developers.cloudflare.com/d1/platform/limits/). The import queue then prepares them and
 * switches them live in one batch (repo/go-live). Nothing here is visible to participants.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { importRows, imports } from "../../../db/schema";
import type { ImportOutcome } from "../../../domain/statuses";
import { batchStatements, type Query } from "../../../platform/statements";
import type { CsvColumn, PersonRow } from "../../../domain/people-csv";

/** About 500 bytes a row, so a statement's JSON stays near 200 KB, like the outbox's bulk insert. */
const ROWS_PER_STATEMENT = 400;
const STATEMENTS_PER_BATCH = 10;

export type StageOptions = {
  columns: readonly CsvColumn[];
  /** Row numbers as the file shows them, one per row; by default 2, 3, … */
  rowNumbers?: number[];
  createdBy: string | null;
  asAdmin: boolean;
  welcome: boolean;
  origin: string;
};

/**
 * Stages validated rows as a new import and returns its id. Each staged row carries the ids its person
 * and enrollment get if they are new. The import is `running` once every row is in, never before, so a
 * request that dies half-way leaves nothing that the queue would take up.
 */
export async function stageImport(db: DB, programId: string, rows: PersonRow[], o: StageOptions) {
  const id = crypto.randomUUID();
  let statements: Query[] = [
    db.insert(imports).values({
      id,
      programId,
      createdBy: o.createdBy,
      asAdmin: o.asAdmin,
      welcome: o.welcome,
      columns: [...o.columns],
      origin: o.origin,
      total: rows.length,
    }),
  ];
  // Sent a batch at a time, so only one batch's JSON is in memory beside the parsed file.
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT).map((r, j) => ({
      r: o.rowNumbers?.[i + j] ?? i + j + 2,
      e: r.email,
      d: { ...r, id: crypto.randomUUID(), enrollmentId: crypto.randomUUID() },
    }));
    statements.push(sql`
      INSERT INTO import_rows (import_id, row, email, data)
      SELECT ${id}, json_extract(value, '$.r'), json_extract(value, '$.e'), json_extract(value, '$.d')
      FROM json_each(${JSON.stringify(part)})`);
    if (statements.length === STATEMENTS_PER_BATCH) {
      await batchStatements(db, statements);
      statements = [];
    }
  }
  statements.push(db.update(imports).set({ status: "running" }).where(eq(imports.id, id)));
  await batchStatements(db, statements);
  return id;
}

/** Marks an import that cannot go on as failed; nothing of it is live before it is done. */
export async function failImport(db: DB, importId: string, error: string) {
  await db
    .update(imports)
    .set({ status: "failed", error, finishedAt: Date.now() })
    .where(and(eq(imports.id, importId), inArray(imports.status, ["staging", "running"])));
}

/** An import of a program as its page shows it, or undefined. */
export async function getImport(db: DB, programId: string, importId: string) {
  const [row] = await db
    .select({
      id: imports.id,
      status: imports.status,
      total: imports.total,
      processed: imports.processed,
      created: imports.created,
      updated: imports.updated,
      enrolled: imports.enrolled,
      error: imports.error,
      createdAt: imports.createdAt,
      finishedAt: imports.finishedAt,
    })
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.programId, programId)));
  return row;
}

/** Each row's result, in file order: what happened to it, or nothing if the import did not go live. */
export function importResults(db: DB, importId: string) {
  return db
    .select({ row: importRows.row, email: importRows.email, outcome: importRows.outcome })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .orderBy(importRows.row) as Promise<{ row: number; email: string; outcome: ImportOutcome | null }[]>;
}

/**
 * Fails an import the queue gave up on, unless it went live; its staged data is dropped, so nothing of
 * it is kept but its rows' emails.
 */
export async function failDeadImport(db: DB, importId: string, now: number) {
  await batchStatements(db, [
    sql`UPDATE imports SET status = 'failed', finished_at = ${now},
      error = 'The import could not be completed; nothing was imported. Try again.'
      WHERE id = ${importId} AND status IN ('staging', 'running')`,
    sql`UPDATE import_rows SET data = NULL, mail = NULL
      WHERE import_id = ${importId} AND (SELECT status FROM imports WHERE id = ${importId}) = 'failed'`,
  ]);
}

/**
 * Deletes up to `limit` imports finished before `finishedBefore`, or left staging since before
 * `stagedBefore` (their rows go with them, by the foreign key's cascade); returns how many went.
 */
export async function deleteOldImports(db: DB, finishedBefore: number, stagedBefore: number, limit: number) {
  const gone = await db.all<{ id: string }>(sql`
    DELETE FROM imports WHERE id IN (
      SELECT id FROM imports
      WHERE (status IN ('done', 'failed') AND finished_at < ${finishedBefore})
        OR (status = 'staging' AND created_at < ${stagedBefore})
      LIMIT ${limit})
    RETURNING id`);
  return gone.length;
}
