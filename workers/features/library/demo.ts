/**
 * @module features/library/demo
 * The demo's library entries, added once by fixed id: what `npm start` shows under Library.
 */
import type { LibraryScope } from "../../domain/library";
import type { DB } from "../../platform/db";
import { plainWords } from "../../platform/markdown";
import { addEntriesOnce } from "./repo/entries";

export type DemoEntry = {
  key: string;
  programId: string | null;
  scope: LibraryScope;
  title: string;
  body: string;
  tags: string[];
  url?: string;
  pinned?: boolean;
  reads?: number;
};

/** Adds the demo entries that are not there yet, published by `by`, `daysAgo` apart. */
export function addDemoEntries(db: DB, entries: DemoEntry[], by: string, now: number) {
  return addEntriesOnce(
    db,
    entries.map((d, i) => {
      const at = now - (i + 1) * 3 * 86_400_000;
      const words = plainWords(d.body);
      return {
        id: `demo-library-${d.key}`,
        programId: d.programId,
        kind: d.url ? ("link" as const) : ("article" as const),
        scope: d.scope,
        status: "published" as const,
        title: d.title,
        body: d.body,
        searchText: d.url ? `${words} ${d.url}` : words,
        tags: d.tags,
        url: d.url ?? null,
        createdBy: by,
        pinnedAt: d.pinned ? at : null,
        reads: d.reads ?? 0,
        publishedAt: at,
      };
    }),
  );
}
