/**
 * @module features/library/repo/search
 * The library's search: FTS5 over titles, bodies and tags, ranked by bm25 (a title counts most, then
 * tags), with a snippet around the words found, within what the viewer may read. Words are prefixes;
 * when that finds fewer than asked, words a typo away from the indexed ones are tried too, after them.
 */
import { sql, type SQL } from "drizzle-orm";
import { libraryEntries as e } from "../../../db/schema";
import type { LibraryKind } from "../../../domain/library";
import { prefixMatch, queryWords, termRange, typoMatch } from "../../../domain/library-search";
import type { DB } from "../../../platform/db";
import { listedFor, type Viewer } from "./visibility";

export type SearchFilter = { q: string; skill?: string; programId?: string; limit: number };
export type Hit = {
  id: string;
  title: string;
  snippet: string;
  tags: string[];
  programId: string | null;
  kind: LibraryKind;
};
type Row = Omit<Hit, "tags"> & { tags: string };

const MARK = sql`'<mark>', '</mark>', '…', 24`;

function filters(v: Viewer, f: SearchFilter) {
  const parts: SQL[] = [listedFor(v)];
  if (f.programId) parts.push(sql`${e.programId} = ${f.programId}`);
  if (f.skill) parts.push(sql`EXISTS (SELECT 1 FROM json_each(${e.tags}) WHERE lower(value) = lower(${f.skill}))`);
  return sql.join(parts, sql` AND `);
}

const hits = (rows: Row[]): Hit[] => rows.map((r) => ({ ...r, tags: JSON.parse(r.tags) as string[] }));

/**
 * One statement in three steps, so the costly parts run for the returned page only: FTS5 ranks every
 * match by bm25 and hands them over best first (`ORDER BY rank`); the visibility filter and the join
 * to the entries read them in that order and stop once the page and its last score's ties are in (a
 * sort on the tie-break alone, "row_no DESC", then stops early); snippets are made for that page only.
 * `LIMIT -1` keeps SQLite from folding `ranked` into the join, which would drop FTS5's order and sort
 * every match; `+rowid` keeps it from restarting the MATCH once per row of the page.
 */
export const matchingQuery = (v: Viewer, f: SearchFilter, match: string, skip: string[]) => sql`
    WITH ranked AS (
      SELECT rowid AS rowNo, rank AS score FROM library_search
      WHERE library_search MATCH ${match} AND rank MATCH 'bm25(10.0, 1.0, 4.0)'
      ORDER BY rank LIMIT -1
    ),
    page AS (
      SELECT ${e.id} AS id, ${e.title} AS title, ${e.tags} AS tags, ${e.programId} AS programId, ${e.kind} AS kind,
        ranked.rowNo, ranked.score
      FROM ranked JOIN library_entries ON ${e.rowNo} = ranked.rowNo
      WHERE ${filters(v, f)} AND ${e.id} NOT IN (SELECT value FROM json_each(${JSON.stringify(skip)}))
      ORDER BY ranked.score, ranked.rowNo DESC
      LIMIT ${f.limit - skip.length}
    )
    SELECT page.id, page.title, page.tags, page.programId, page.kind, snippet(library_search, 1, ${MARK}) AS snippet
    FROM library_search JOIN page ON page.rowNo = +library_search.rowid
    WHERE library_search MATCH ${match}
    ORDER BY page.score, page.rowNo DESC`;

const matching = (db: DB, v: Viewer, f: SearchFilter, match: string, skip: string[]) =>
  db.all<Row>(matchingQuery(v, f, match, skip));

/** Indexed words that start with the same letter as a word typed: where its typos are looked for. */
async function termsNear(db: DB, words: string[]) {
  const ranges = words.map((w) => {
    const { from, to } = termRange(w);
    return sql`SELECT term FROM library_terms WHERE term >= ${from} AND term < ${to}
      AND length(term) BETWEEN ${w.length - 2} AND ${w.length + 2}`;
  });
  const rows = await db.all<{ term: string }>(sql.join(ranges, sql` UNION `));
  return rows.map((r) => r.term);
}

/** Entries for the query, best first; with no words, the newest (pinned first). */
export async function searchLibrary(db: DB, v: Viewer, f: SearchFilter): Promise<Hit[]> {
  const words = queryWords(f.q);
  const exact = prefixMatch(words);
  if (!exact) return hits(await newest(db, v, f));
  const found = hits(await matching(db, v, f, exact, []));
  const typed = words.filter((w) => w.length >= 4);
  if (found.length >= f.limit || !typed.length) return found;
  const widened = typoMatch(words, await termsNear(db, typed));
  if (!widened) return found;
  const more = hits(
    await matching(
      db,
      v,
      f,
      widened,
      found.map((h) => h.id),
    ),
  );
  return [...found, ...more];
}

const newest = (db: DB, v: Viewer, f: SearchFilter) =>
  db.all<Row>(sql`
    SELECT ${e.id} AS id, ${e.title} AS title, ${e.tags} AS tags, ${e.programId} AS programId, ${e.kind} AS kind,
      substr(${e.searchText}, 1, 200) AS snippet
    FROM library_entries WHERE ${filters(v, f)}
    ORDER BY ${e.pinnedAt} IS NULL, ${e.publishedAt} DESC
    LIMIT ${f.limit}`);

/** Entries the viewer may read that are tagged with any of the skills: the program's own first, then most read. */
export async function suggestFor(db: DB, v: Viewer, skills: string[], programId: string, limit = 6) {
  if (!skills.length) return [];
  const rows = await db.all<Row>(sql`
    SELECT ${e.id} AS id, ${e.title} AS title, ${e.tags} AS tags, ${e.programId} AS programId, ${e.kind} AS kind,
      substr(${e.searchText}, 1, 200) AS snippet
    FROM library_entries
    WHERE ${listedFor(v)} AND EXISTS (SELECT 1 FROM json_each(${e.tags}) t
      WHERE lower(t.value) IN (SELECT lower(value) FROM json_each(${JSON.stringify(skills)})))
    ORDER BY ${e.programId} IS NOT ${programId}, ${e.pinnedAt} IS NULL, ${e.reads} DESC, ${e.publishedAt} DESC
    LIMIT ${limit}`);
  return hits(rows);
}
