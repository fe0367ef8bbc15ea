/**
 * @module features/library/repo/visibility
 * Who may read which entry, as SQL every query of the library shares, so a list, the search and a
 * direct fetch can never disagree: a published entry is for the company, or for its program's active
 * participants and managers; a draft or a withdrawn entry for its authors alone; an archived one for
 * its program's managers (and its authors).
 */
import { sql } from "drizzle-orm";
import { libraryEntries as e } from "../../../db/schema";
import type { CurrentUser } from "../../../platform/env";
import { inJson } from "../../../platform/statements";

/** Who is looking: what the library needs of the signed-in person. */
export type Viewer = Pick<CurrentUser, "id" | "isAdmin" | "managedProgramIds">;

const memberPrograms = (v: Viewer) =>
  sql`SELECT program_id FROM enrollments WHERE person_id = ${v.id} AND status = 'active'`;

/** The entry's program is one the viewer manages (admins manage every program and the company's entries). */
export const managedBy = (v: Viewer) => (v.isAdmin ? sql`1` : inJson(e.programId, v.managedProgramIds));

/** The viewer may see what the entry's scope allows: company-wide, or its program's members and managers. */
const inScope = (v: Viewer) =>
  sql`(${e.scope} = 'company' OR ${e.programId} IN (${memberPrograms(v)}) OR ${managedBy(v)})`;

/** Published, not archived, and within the viewer's reach: what lists and the search show. */
export const listedFor = (v: Viewer) => sql`(${e.status} = 'published' AND ${e.archivedAt} IS NULL AND ${inScope(v)})`;

export const authoredBy = (v: Viewer) =>
  sql`EXISTS (SELECT 1 FROM library_authors a WHERE a.entry_id = ${e.id} AND a.person_id = ${v.id})`;

/** Everything the viewer may open: listed entries, archived ones they manage, and their own drafts. */
export const openableBy = (v: Viewer) =>
  sql`(${listedFor(v)} OR (${e.status} = 'published' AND ${managedBy(v)}) OR ${authoredBy(v)})`;
