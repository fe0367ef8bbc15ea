/**
 * @module features/privacy/repo/export-sql
 * What the sections of a person's export share: names looked up in the same statement, and a table's
 * columns but some (ids of other people, token hashes), so a section never shows what is not theirs.
 */
import { eq, getTableColumns, inArray, or, sql, type SQL } from "drizzle-orm";
import type { SelectedFields, SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as t from "../../../db/schema";
import type { DB } from "../../../platform/db";

/** A section: the tables it reads (for the test that every person table is read), and its select. */
export type Section = [SQLiteTable[], unknown];

export const nameOf = (id: SQLiteColumn | SQL) => sql<string>`(SELECT name FROM people WHERE id = ${id})`;
export const programName = (id: SQLiteColumn) => sql<string | null>`(SELECT name FROM programs WHERE id = ${id})`;
export const without = <T extends SQLiteTable, K extends keyof T["_"]["columns"] & string>(table: T, ...drop: K[]) =>
  Object.fromEntries(Object.entries(getTableColumns(table)).filter(([k]) => !drop.includes(k as K))) as Omit<
    T["_"]["columns"],
    K
  >;

type Columns<T extends SQLiteTable> = T["_"]["columns"];
/** Only the named columns of a table, in that order: `without`'s counterpart for a section that shows little. */
export const only = <T extends SQLiteTable, K extends keyof T["_"]["columns"] & string>(table: T, ...keep: K[]) =>
  Object.fromEntries(keep.map((k) => [k, getTableColumns(table)[k]])) as Pick<T["_"]["columns"], K>;

/** The person's own rows' filters, the subqueries several sections read through, and the one-table sections. */
export function about(db: DB, p: string) {
  const is = (...cols: SQLiteColumn[]) => or(...cols.map((c) => eq(c, p)))!;
  /** A section of one table: the rows `where` picks, with `fields` (every column when not given). */
  const rows = <T extends SQLiteTable, F extends SelectedFields = Columns<T>>(table: T, where: SQL, fields?: F) =>
    [
      [table],
      db
        .select((fields ?? getTableColumns(table)) as F)
        .from(table)
        .where(where),
    ] satisfies Section;
  /** Sections of the rows whose `column` holds `value`: the person's id, or their address. */
  const whose =
    (value: string | SQL) =>
    <T extends SQLiteTable, F extends SelectedFields = Columns<T>>(table: T, column: keyof Columns<T>, fields?: F) =>
      rows(table, sql`${getTableColumns(table)[column]} = ${value}`, fields);
  const mine = db
    .select({ id: t.mentorships.id })
    .from(t.mentorships)
    .where(is(t.mentorships.mentorId, t.mentorships.menteeId));
  return {
    is,
    rows,
    naming: whose(p),
    mine,
    addressed: whose(sql`(SELECT email FROM people WHERE id = ${p})`),
    myGoals: db.select({ id: t.goals.id }).from(t.goals).where(inArray(t.goals.mentorshipId, mine)),
    role: (mentor: SQLiteColumn) => sql<string>`CASE WHEN ${mentor} = ${p} THEN 'mentor' ELSE 'mentee' END`,
    other: (a: SQLiteColumn, b: SQLiteColumn) => nameOf(sql`CASE WHEN ${a} = ${p} THEN ${b} ELSE ${a} END`),
  };
}
