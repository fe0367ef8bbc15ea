/**
 * @module features/library/repo/starters
 * A new program's first library entries, written in the batch that creates the program, so they come
 * once and only with it: a template's starter resources, or a copied program's pinned entries.
 */
import { and, asc, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { libraryEntries as e } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { insertChunks } from "../../../platform/statements";
import type { NewEntry } from "./entries";

type Row = NewEntry & { id: string };
export type StarterResource = { title: string; url: string };

/** The rows' inserts, chunked under D1's bound parameters (each row binds every column). */
const inserts = (db: DB, rows: Row[]) => insertChunks(e, rows).map((chunk) => db.insert(e).values(chunk));

/** The template's resources as pinned links of the program, in their order. */
export function starterInserts(db: DB, programId: string, resources: StarterResource[], by: string, now: number) {
  const rows = resources.map((r, i) => ({
    id: crypto.randomUUID(),
    programId,
    kind: "link" as const,
    scope: "program" as const,
    status: "published" as const,
    title: r.title,
    body: "A starter resource of the program's template.",
    searchText: r.url,
    tags: [],
    url: r.url,
    createdBy: by,
    pinnedAt: now + i,
    publishedAt: now,
  }));
  return inserts(db, rows);
}

/**
 * The inserts that give a copy the earlier program's pinned entries (articles, links and files, never
 * captured knowledge, whose authors agreed to share it with their own program only).
 */
export async function pinnedCopies(db: DB, fromProgramId: string, by: string, now: number) {
  const pinned = await db
    .select()
    .from(e)
    .where(
      and(
        eq(e.programId, fromProgramId),
        eq(e.status, "published"),
        isNotNull(e.pinnedAt),
        isNull(e.archivedAt),
        ne(e.kind, "knowledge"),
      ),
    )
    .orderBy(asc(e.pinnedAt))
    .limit(50);
  return (programId: string) =>
    inserts(
      db,
      pinned.map(({ rowNo, id, reads, mentorshipId, groupId, createdAt, updatedAt, ...entry }) => ({
        ...entry,
        id: crypto.randomUUID(),
        programId,
        createdBy: by,
        publishedAt: now,
      })),
    );
}
