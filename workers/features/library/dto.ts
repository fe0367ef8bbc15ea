/** @module features/library/dto — entries as the API gives them. */
import { renderMarkdown } from "../../platform/markdown";
import type { Entry } from "./repo/entries";

/** An entry in a list; its read count only for those who curate it. */
export const summaryOf = (e: Entry, manages: boolean) => ({
  id: e.id,
  kind: e.kind,
  scope: e.scope,
  status: e.status,
  title: e.title,
  summary: e.searchText.slice(0, 200),
  tags: e.tags,
  programId: e.programId,
  url: e.url,
  fileName: e.fileName,
  pinned: e.pinnedAt !== null,
  archived: e.archivedAt !== null,
  reads: manages ? e.reads : null,
  publishedAt: e.publishedAt,
});

type Author = { id: string; name: string; approvedAt: number | null };

/** An entry opened: its body as safe HTML, its file, its authors and what the viewer may do with it. */
export const entryOf = (e: Entry, authors: Author[], who: { manages: boolean; authored: boolean }) => ({
  ...summaryOf(e, who.manages),
  html: renderMarkdown(e.body),
  body: e.body,
  file: e.fileKey ? { name: e.fileName ?? "file", type: e.fileType ?? "", size: e.fileSize ?? 0 } : null,
  mentorshipId: e.mentorshipId,
  authors: authors.map((a) => ({ id: a.id, name: a.name, approved: a.approvedAt !== null })),
  canManage: who.manages,
  isAuthor: who.authored,
});
