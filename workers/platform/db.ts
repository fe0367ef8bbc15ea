/**
 * @module platform/db — the drizzle handle over D1. Without the schema: Tandem writes its queries with
 * the query builder and SQL, never drizzle's relational `db.query`, whose table map drizzle would
 * otherwise rebuild on every request.
 */
import { drizzle } from "drizzle-orm/d1";

export function createDb(d1: D1Database) {
  return drizzle(d1);
}
export type DB = ReturnType<typeof createDb>;
