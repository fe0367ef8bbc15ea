/**
 * @module db/schema/columns
 * What the tables of every feature share: the key, the insert time, references that go with the row
 * they point to, JSON lists, and the notes people write on a page. Each helper builds the same columns its
 * tables used to spell out.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/** The time of the insert, in epoch milliseconds, as SQLite computes it. */
export const now = sql`(unixepoch('subsec') * 1000)`;

/** A random UUID key. */
export const id = () => text("id").primaryKey();

export const createdAt = () => integer("created_at").notNull().default(now);

export const updatedAt = () => integer("updated_at").notNull().default(now);

/** When a row was made and last changed, for the tables people edit. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** A required reference to a row this one belongs to, deleted along with it. */
export const ownedBy = (name: string, ref: () => AnySQLiteColumn) =>
  text(name).notNull().references(ref, { onDelete: "cascade" });

/**
 * Notes people write on a shared page (a goal's comments, a group's notes), read in the order written:
 * `key` names the column of the page they belong to, `byPage` the index that reads a page's notes.
 */
export function notesOn<K extends string>(table: string, key: K, page: ReturnType<typeof ownedBy>, byPage: string) {
  const pageColumn = { [key]: page } as Record<K, typeof page>;
  return sqliteTable(
    table,
    {
      id: id(),
      ...pageColumn,
      authorId: text("author_id").notNull(),
      body: text("body").notNull(),
      createdAt: createdAt(),
    },
    (t) => [index(byPage).on(t[key], t.createdAt)],
  );
}

/** A JSON list, empty unless given. */
export const jsonList = <T = string>(name: string) =>
  text(name, { mode: "json" })
    .$type<T[]>()
    .notNull()
    .default(sql`'[]'`);
