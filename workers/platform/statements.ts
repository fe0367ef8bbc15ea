/**
 * @module platform/statements
 * One atomic D1 batch of raw SQL and query builders together, and the helpers that keep every
 * statement under D1's 100 bound parameters however long the input. drizzle's `batch` takes only
 * builders, and `INSERT … SELECT … FROM json_each(?)` (thousands of rows in one statement) needs raw SQL.
 */
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DB } from "./db";

const dialect = new SQLiteSyncDialect();
export type Query = SQL | { toSQL(): { sql: string; params: unknown[] } };

const built = (q: Query) => ("toSQL" in q ? q.toSQL() : dialect.sqlToQuery(q));

/** D1's limit of bound parameters in one statement (local workerd enforces it too). */
export const MAX_PARAMS = 100;

/** Runs the statements in one transaction; returns each one's D1 result. */
export function batchStatements(db: DB, queries: Query[]) {
  return db.$client.batch(
    queries.map((q) => {
      const { sql, params } = built(q);
      return db.$client.prepare(sql).bind(...params);
    }),
  );
}

/**
 * Splits rows for a multi-row insert into `table` so each statement stays under MAX_PARAMS: drizzle
 * binds a parameter for every column of every row (defaults included), so a row costs at most as many
 * parameters as the table has columns. `reserved` leaves room for parameters outside the rows.
 */
export function insertChunks<T>(table: SQLiteTable, rows: T[], reserved = 0): T[][] {
  const perRow = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor((MAX_PARAMS - reserved) / perRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** `column IN (…)` over any number of values in one parameter (a JSON array read by `json_each`). */
export const inJson = (column: SQLiteColumn | SQL, values: readonly (string | number)[]) =>
  sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

/**
 * Some of a table's columns under their own names, for a select that joins it to another table.
 * Written here because drizzle picks only whole tables, and a library for one `Object.fromEntries` is not worth it.
 */
export function columnsOf<T extends SQLiteTable, K extends keyof T["_"]["columns"] & string>(table: T, ...names: K[]) {
  const all = getTableColumns(table);
  return Object.fromEntries(names.map((name) => [name, all[name]])) as Pick<T["_"]["columns"], K>;
}
