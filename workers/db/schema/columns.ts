/**
 * @module db/schema/columns
 * What the tables of every feature share.
 */
import { sql } from "drizzle-orm";

/** The time of the insert, in epoch milliseconds, as SQLite computes it. */
export const now = sql`(unixepoch('subsec') * 1000)`;
