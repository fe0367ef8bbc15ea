/**
 * @module features/library/files
 * Making entries: an article's or a link's words for the index, and a file put in R2 first, so an
 * entry never points at a file that is not there (a file whose entry failed is only unused space).
 */
import { LIBRARY_FILE_TYPES, LIBRARY_MAX_FILE_BYTES, type LibraryScope } from "../../domain/library";
import type { DB } from "../../platform/db";
import { ApiError } from "../../platform/errors";
import { plainWords } from "../../platform/markdown";
import { summaryOf } from "./dto";
import { insertEntry } from "./repo/entries";
import { vocabularyTags } from "./tags";

type Program = { id: string; skills: string[] };

type Made = { programId: string | null; by: string };
type Written =
  | { kind: "article"; title: string; body: string; tags: string[]; scope: LibraryScope }
  | { kind: "link"; title: string; url: string; body: string; tags: string[]; scope: LibraryScope };

/** A published article or link. */
function newEntry(db: DB, input: Written, made: Made) {
  const words = plainWords(input.body);
  return insertEntry(db, {
    ...input,
    url: input.kind === "link" ? input.url : null,
    searchText: input.kind === "link" ? `${words} ${input.url}`.trim() : words,
    status: "published",
    programId: made.programId,
    createdBy: made.by,
    publishedAt: Date.now(),
  });
}

/**
 * Publishes an article or link by the signed-in person, who sees it as its curator does: in a program's
 * library, tagged with that program's skills; company-wide (no program), tagged as written.
 */
export async function addEntry(v: { db: DB; me: { id: string } }, input: Written, program: Program | null) {
  const tags = program ? vocabularyTags(input.tags, program.skills) : input.tags;
  const entry = await newEntry(v.db, { ...input, tags }, { programId: program?.id ?? null, by: v.me.id });
  return summaryOf(entry, true);
}

const ALLOWED = new Set<string>(LIBRARY_FILE_TYPES);
const MEGABYTES = LIBRARY_MAX_FILE_BYTES / (1024 * 1024);

/** A file within the size limit and of an allowed type, or the refusal that says which it is not. */
export function checkFile(file: File) {
  if (file.size > LIBRARY_MAX_FILE_BYTES) {
    throw new ApiError(413, "payload_too_large", `The file is larger than ${MEGABYTES} MB.`);
  }
  const type = file.type.split(";")[0]!.trim().toLowerCase();
  if (!ALLOWED.has(type)) {
    throw new ApiError(415, "unsupported_media_type", "Upload a PDF, an image, a text or an Office document.", {
      file: `Files of type ${type || "unknown"} are not taken.`,
    });
  }
  if (file.size === 0) throw new ApiError(400, "invalid_input", "The file is empty.", { file: "The file is empty." });
  return type;
}

/** Stores the file, then its entry; published at once. */
export async function newFileEntry(
  db: DB,
  bucket: R2Bucket,
  form: { file: File; title: string; body: string; tags: string[]; scope: LibraryScope },
  made: Made,
) {
  const type = checkFile(form.file);
  const id = crypto.randomUUID();
  const key = `library/${id}`;
  await bucket.put(key, form.file.stream(), { httpMetadata: { contentType: type } });
  const name = form.file.name.replace(/[\u0000-\u001f\u007f/\\]/g, "_").slice(0, 200) || "file";
  return insertEntry(db, {
    id,
    kind: "file",
    scope: form.scope,
    status: "published",
    title: form.title,
    body: form.body,
    searchText: `${plainWords(form.body)} ${name}`.trim(),
    tags: form.tags,
    programId: made.programId,
    createdBy: made.by,
    fileKey: key,
    fileName: name,
    fileType: type,
    fileSize: form.file.size,
    publishedAt: Date.now(),
  });
}
