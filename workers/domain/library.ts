/**
 * @module domain/library
 * The knowledge library's closed lists: what an entry is, who may see it, and where it stands.
 */

/** An article (Markdown), a link, a file, or knowledge a pair captured from their notes. */
export const LIBRARY_KINDS = ["article", "link", "file", "knowledge"] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** Who may read an entry: the members of its program, or everyone in the company. */
export const LIBRARY_SCOPES = ["program", "company"] as const;
export type LibraryScope = (typeof LIBRARY_SCOPES)[number];

/** Captured knowledge is a draft until every author approves; its authors may withdraw it later. */
export const LIBRARY_STATUSES = ["draft", "published", "withdrawn"] as const;

/** Files a library takes: documents and images a browser shows or downloads without running anything. */
export const LIBRARY_FILE_TYPES = [
  "application/pdf",
  "text/plain",
  "text/markdown",
  "text/csv",
  "image/png",
  "image/jpeg",
  "image/webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
] as const;

/** The largest file a library takes, in bytes. */
export const LIBRARY_MAX_FILE_BYTES = 10 * 1024 * 1024;
