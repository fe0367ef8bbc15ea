/**
 * @module features/library/repo/knowledge
 * Knowledge a pair or a group captures from their notes: one open draft per mentorship or group, made,
 * edited and approved by its authors, published once every author approved. Each change is one atomic statement
 * or batch (ARCHITECTURE.md, invariant 2), so two clicks at once make one draft and publish once.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { enrollments, libraryAuthors, libraryEntries as e, meetings, people } from "../../../db/schema";
import type { LibraryScope } from "../../../domain/library";
import type { DB } from "../../../platform/db";
import { batchStatements, inJson } from "../../../platform/statements";

/** The pair's meeting notes, oldest first, bounded: what a draft starts from. */
export const notesOf = (db: DB, mentorshipId: string) =>
  db
    .select({ startsAt: meetings.startsAt, notes: meetings.notes })
    .from(meetings)
    .where(and(eq(meetings.mentorshipId, mentorshipId), sql`${meetings.cancelledAt} IS NULL`, ne(meetings.notes, "")))
    .orderBy(asc(meetings.startsAt))
    .limit(30);

/** Where captured knowledge comes from: a mentorship (a pair, or a reverse-mentoring cycle's pair) or a group. */
export type Source = { mentorshipId: string; groupId?: never } | { groupId: string; mentorshipId?: never };

const fromSource = (s: Source) => (s.groupId ? eq(e.groupId, s.groupId) : eq(e.mentorshipId, s.mentorshipId!));

export type Draft = {
  programId: string;
  source: Source;
  scope: LibraryScope;
  title: string;
  body: string;
  searchText: string;
  tags: string[];
  createdBy: string;
  authorIds: string[];
};

/** The source's open draft: the one just made, or the one made before (then `created` is false). */
export async function makeDraft(db: DB, d: Draft) {
  const id = crypto.randomUUID();
  const { mentorshipId = null, groupId = null } = d.source;
  const open = groupId ? sql`group_id = ${groupId}` : sql`mentorship_id = ${mentorshipId}`;
  const [made] = await batchStatements(db, [
    sql`INSERT INTO library_entries (id, program_id, mentorship_id, group_id, kind, scope, status, title, body, search_text, tags, created_by)
      SELECT ${id}, ${d.programId}, ${mentorshipId}, ${groupId}, 'knowledge', ${d.scope}, 'draft', ${d.title}, ${d.body},
        ${d.searchText}, ${JSON.stringify(d.tags)}, ${d.createdBy}
      WHERE NOT EXISTS (SELECT 1 FROM library_entries WHERE ${open} AND status = 'draft')`,
    sql`INSERT INTO library_authors (entry_id, person_id)
      SELECT ${id}, value FROM json_each(${JSON.stringify(d.authorIds)})
      WHERE EXISTS (SELECT 1 FROM library_entries WHERE id = ${id})`,
  ]);
  const [draft] = await db
    .select()
    .from(e)
    .where(and(fromSource(d.source), eq(e.status, "draft")));
  return { draft: draft!, created: (made?.meta.changes ?? 0) > 0 };
}

/** Captured knowledge of a mentorship or group that this person wrote: drafts, published and withdrawn. */
export const knowledgeOf = (db: DB, source: Source, personId: string) =>
  db
    .select({ entry: e })
    .from(e)
    .innerJoin(libraryAuthors, and(eq(libraryAuthors.entryId, e.id), eq(libraryAuthors.personId, personId)))
    .where(fromSource(source))
    .orderBy(sql`${e.createdAt} DESC`)
    .limit(20);

/** The author approves; the draft is published in the same batch once nobody's approval is missing. */
export async function approve(db: DB, entryId: string, personId: string, now: number) {
  await batchStatements(db, [
    sql`UPDATE library_authors SET approved_at = coalesce(approved_at, ${now})
      WHERE entry_id = ${entryId} AND person_id = ${personId}`,
    sql`UPDATE library_entries SET status = 'published', published_at = ${now}, updated_at = ${now}
      WHERE id = ${entryId} AND status = 'draft'
        AND NOT EXISTS (SELECT 1 FROM library_authors WHERE entry_id = ${entryId} AND approved_at IS NULL)`,
  ]);
}

/** A draft's new text: the other authors approve again, since they approved other words. */
export async function editDraft(
  db: DB,
  entryId: string,
  editorId: string,
  set: Partial<Pick<Draft, "title" | "body" | "searchText" | "tags" | "scope">>,
) {
  await db.batch([
    db
      .update(e)
      .set({ ...set, updatedAt: Date.now() })
      .where(and(eq(e.id, entryId), eq(e.status, "draft"))),
    db
      .update(libraryAuthors)
      .set({ approvedAt: null })
      .where(and(eq(libraryAuthors.entryId, entryId), ne(libraryAuthors.personId, editorId))),
  ]);
}

/** Takes captured knowledge out of the library (a draft or a published entry). */
export const withdraw = (db: DB, entryId: string, now: number) =>
  db
    .update(e)
    .set({ status: "withdrawn", updatedAt: now })
    .where(and(eq(e.id, entryId), ne(e.status, "withdrawn")));

/** The skills the mentee of a pair seeks in its program: what suggestions are about. */
export async function soughtSkills(db: DB, programId: string, menteeId: string) {
  const [row] = await db
    .select({ sought: enrollments.skillsSought })
    .from(enrollments)
    .where(and(eq(enrollments.programId, programId), eq(enrollments.personId, menteeId)));
  return (row?.sought ?? []).map((s) => s.name);
}

export const peopleOf = (db: DB, ids: string[]) =>
  db
    .select({ id: people.id, name: people.name, email: people.email, uiLanguage: people.uiLanguage })
    .from(people)
    .where(inJson(people.id, ids));
