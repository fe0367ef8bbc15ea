/**
 * @module db/statements
 * One atomic D1 batch of raw SQL and query builders together. drizzle's `batch` takes only builders,
 * and `INSERT … SELECT … FROM json_each(?)` (thousands of rows in one statement) needs raw SQL.
 */
import type { SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import type { DB } from "./client";

const dialect = new SQLiteSyncDialect();
export type Query = SQL | { toSQL(): { sql: string; params: unknown[] } };

const built = (q: Query) => ("toSQL" in q ? q.toSQL() : dialect.sqlToQuery(q));

/** Runs the statements in one transaction; returns each one's D1 result. */
export function batchStatements(db: DB, queries: Query[]) {
  return db.$client.batch(
    queries.map((q) => {
      const { sql, params } = built(q);
      return db.$client.prepare(sql).bind(...params);
    }),
  );
}
