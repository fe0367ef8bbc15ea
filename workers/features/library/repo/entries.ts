/**
 * @module features/library/repo/entries
 * Library entries one at a time: added, opened (which counts a read), curated; and a program's list.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { libraryAuthors, libraryEntries as e, people } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { inJson } from "../../../platform/statements";
import { authoredBy, listedFor, managedBy, openableBy, type Viewer } from "./visibility";

export type Entry = typeof e.$inferSelect;
export type NewEntry = Omit<typeof e.$inferInsert, "rowNo" | "id" | "reads" | "createdAt" | "updatedAt">;

export async function insertEntry(db: DB, values: NewEntry & { id?: string }) {
  const [row] = await db
    .insert(e)
    .values({ ...values, id: values.id ?? crypto.randomUUID() })
    .returning();
  return row!;
}

/** The entry if the viewer may open it, with whether they manage it and wrote it. */
export async function entryFor(db: DB, id: string, v: Viewer) {
  const [row] = await db
    .select({ entry: e, manages: sql<number>`${managedBy(v)}`, authored: sql<number>`${authoredBy(v)}` })
    .from(e)
    .where(and(eq(e.id, id), openableBy(v)));
  return row ? { entry: row.entry, manages: !!row.manages, authored: !!row.authored } : null;
}

/** An entry by id whoever looks (for guards that decide access themselves). */
export async function entryById(db: DB, id: string) {
  const [row] = await db.select().from(e).where(eq(e.id, id));
  return row ?? null;
}

/** Counts one read: only the number, never who. */
export const countRead = (db: DB, id: string) =>
  db
    .update(e)
    .set({ reads: sql`${e.reads} + 1` })
    .where(eq(e.id, id));

/** The authors of an entry, with whether each approved it. */
export const authorsOf = (db: DB, id: string) =>
  db
    .select({ id: people.id, name: people.name, approvedAt: libraryAuthors.approvedAt })
    .from(libraryAuthors)
    .innerJoin(people, eq(people.id, libraryAuthors.personId))
    .where(eq(libraryAuthors.entryId, id))
    .orderBy(asc(people.name));

export const curateEntry = (db: DB, id: string, set: { pinnedAt?: number | null; archivedAt?: number | null }) =>
  db
    .update(e)
    .set({ ...set, updatedAt: Date.now() })
    .where(eq(e.id, id))
    .returning();

/**
 * A page of a program's published entries, pinned first, then newest or most read. Its managers also
 * see what they archived.
 */
export async function programEntries(
  db: DB,
  programId: string,
  v: Viewer,
  opts: { manages: boolean; sort: "recent" | "reads"; page: number; pageSize: number },
) {
  const where = and(eq(e.programId, programId), opts.manages ? eq(e.status, "published") : listedFor(v));
  const order = opts.sort === "reads" ? desc(e.reads) : desc(e.publishedAt);
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(e)
      .where(where)
      .orderBy(sql`${e.pinnedAt} IS NULL`, order, desc(e.rowNo))
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize),
    db
      .select({ n: sql<number>`count(*)` })
      .from(e)
      .where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

/** Whether the person takes part in the program (an active enrollment). */
export async function isMember(db: DB, programId: string, personId: string) {
  const [row] = await db.all<{ n: number }>(
    sql`SELECT 1 AS n FROM enrollments WHERE program_id = ${programId} AND person_id = ${personId} AND status = 'active'`,
  );
  return !!row;
}

/** The authors of several entries at once, by entry. */
export async function authorsOfMany(db: DB, ids: string[]) {
  const rows = await db
    .select({
      entryId: libraryAuthors.entryId,
      id: people.id,
      name: people.name,
      approvedAt: libraryAuthors.approvedAt,
    })
    .from(libraryAuthors)
    .innerJoin(people, eq(people.id, libraryAuthors.personId))
    .where(inJson(libraryAuthors.entryId, ids))
    .orderBy(asc(people.name));
  const by = new Map<string, typeof rows>();
  for (const r of rows) by.set(r.entryId, [...(by.get(r.entryId) ?? []), r]);
  return by;
}

/** Entries with fixed ids, each added once: seeding again leaves those already there as they are. */
export async function addEntriesOnce(db: DB, rows: (NewEntry & { id: string; reads?: number })[]) {
  if (!rows.length) return;
  // One statement an entry: a row binds every column, so a few rows already near D1's 100 parameters.
  await db.batch(rows.map((r) => db.insert(e).values(r).onConflictDoNothing()) as [never, ...never[]]);
}
