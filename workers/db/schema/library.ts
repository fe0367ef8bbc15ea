/**
 * @module db/schema/library
 * The knowledge library: articles, links, files and captured knowledge, per program or company-wide,
 * with the authors who approve captured knowledge. The full-text index over entries (`library_search`,
 * FTS5) and the triggers that keep it current are written by hand in the `library_search` migration,
 * since drizzle-kit does not generate virtual tables.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { LIBRARY_KINDS, LIBRARY_SCOPES, LIBRARY_STATUSES } from "../../domain/library";
import { jsonList, ownedBy, timestamps } from "./columns";
import { groups } from "./groups";
import { mentorships } from "./mentorships";
import { peopleIn } from "./people";
import { programs } from "./programs";

export const libraryEntries = sqliteTable(
  "library_entries",
  {
    /** The full-text index's row id: a declared integer key, so it never changes under the index. */
    rowNo: integer("row_no").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    /** Null: a company-wide entry of no program. */
    programId: text("program_id").references(() => programs.id, { onDelete: "cascade" }),
    /** Captured knowledge: the mentorship it came from. */
    mentorshipId: text("mentorship_id").references(() => mentorships.id, { onDelete: "set null" }),
    /** Captured knowledge: the group it came from. */
    groupId: text("group_id").references(() => groups.id, { onDelete: "set null" }),
    kind: text("kind", { enum: LIBRARY_KINDS }).notNull(),
    scope: text("scope", { enum: LIBRARY_SCOPES }).notNull(),
    status: text("status", { enum: LIBRARY_STATUSES }).notNull(),
    title: text("title").notNull(),
    /** Markdown for articles and knowledge; a description for links and files. */
    body: text("body").notNull().default(""),
    /** The body as plain words, for the full-text index and its snippets. */
    searchText: text("search_text").notNull().default(""),
    tags: jsonList("tags"),
    url: text("url"),
    fileKey: text("file_key"),
    fileName: text("file_name"),
    fileType: text("file_type"),
    fileSize: integer("file_size"),
    createdBy: text("created_by").notNull(),
    pinnedAt: integer("pinned_at"),
    archivedAt: integer("archived_at"),
    /** How often it was opened: a count, never who. */
    reads: integer("reads").notNull().default(0),
    publishedAt: integer("published_at"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("library_entries_id").on(t.id),
    index("library_entries_program").on(t.programId, t.status),
    index("library_entries_scope").on(t.scope, t.status),
    index("library_entries_mentorship").on(t.mentorshipId),
    index("library_entries_group").on(t.groupId),
  ],
);

/** The authors of captured knowledge; it is published once each has approved. */
export const libraryAuthors = peopleIn(
  "library_authors",
  { entryId: ownedBy("entry_id", () => libraryEntries.id) },
  {
    approvedAt: integer("approved_at"),
  },
);
