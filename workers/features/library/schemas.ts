/** @module features/library/schemas — library entries, the search's answer, and captured knowledge. */
import { z } from "@hono/zod-openapi";
import { LIBRARY_KINDS, LIBRARY_SCOPES, LIBRARY_STATUSES } from "../../domain/library";
import { httpUrl } from "../../platform/schemas";

export const MAX_BODY = 20_000;
const title = z.string().trim().min(1, "Give it a title.").max(160);
const tags = z.array(z.string().trim().min(1).max(80)).max(10).default([]);
const scope = z
  .enum(LIBRARY_SCOPES)
  .openapi({ description: "program: its active participants and managers; company: everyone signed in" });

export const EntryCreateSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("article"),
      title,
      body: z.string().trim().min(1, "Write the article.").max(MAX_BODY).openapi({ description: "Markdown" }),
      tags,
      scope: scope.default("program"),
    }),
    z.object({
      kind: z.literal("link"),
      title,
      url: httpUrl.max(2000),
      body: z.string().trim().max(2000).default("").openapi({ description: "What it is, in a line or two" }),
      tags,
      scope: scope.default("program"),
    }),
  ])
  .openapi("LibraryEntryCreate");

/** A file's details, sent as the fields of a multipart form beside the file itself. */
export const FileFormSchema = z
  .object({
    file: z.instanceof(File).openapi({ type: "string", format: "binary" }),
    title,
    body: z.string().trim().max(2000).default(""),
    tags: z
      .string()
      .max(900)
      .default("")
      .openapi({ description: "Skills, separated by commas" })
      .transform((s) =>
        s
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().max(80)).max(10)),
    scope: scope.default("program"),
  })
  .openapi("LibraryFileForm");

export const CurateSchema = z.object({ pinned: z.boolean(), archived: z.boolean() }).partial().openapi("LibraryCurate");

export const SearchQuery = z.object({
  q: z.string().max(200).default("").openapi({ description: "Words; each is a prefix, and small typos are forgiven" }),
  skill: z.string().trim().max(80).optional(),
  programId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const HitSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    snippet: z.string().openapi({
      description: "Plain text around the words found, each wrapped in <mark>…</mark>; show it as text, never as HTML",
    }),
    tags: z.array(z.string()),
    programId: z.string().nullable(),
    kind: z.enum(LIBRARY_KINDS),
  })
  .openapi("LibraryHit");

export const EntrySummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(LIBRARY_KINDS),
    scope: z.enum(LIBRARY_SCOPES),
    status: z.enum(LIBRARY_STATUSES),
    title: z.string(),
    summary: z.string(),
    tags: z.array(z.string()),
    programId: z.string().nullable(),
    url: z.string().nullable(),
    fileName: z.string().nullable(),
    pinned: z.boolean(),
    archived: z.boolean(),
    reads: z.number().int().nullable().openapi({ description: "How often it was opened; for its managers only" }),
    publishedAt: z.number().nullable(),
  })
  .openapi("LibraryEntrySummary");

export const EntrySchema = EntrySummarySchema.extend({
  html: z.string().openapi({ description: "The body rendered from Markdown and sanitised: safe to show as HTML" }),
  body: z.string().openapi({ description: "The Markdown (or description) as written" }),
  file: z.object({ name: z.string(), type: z.string(), size: z.number().int() }).nullable(),
  mentorshipId: z.string().nullable(),
  authors: z.array(z.object({ id: z.string(), name: z.string(), approved: z.boolean() })),
  canManage: z.boolean(),
  isAuthor: z.boolean(),
}).openapi("LibraryEntry");

export const KnowledgeCreateSchema = z
  .object({
    title: title.optional(),
    scope: scope.default("program").openapi({ description: "Who reads it once every author approved" }),
  })
  .openapi("KnowledgeCreate");

export const KnowledgeEditSchema = z
  .object({ title, body: z.string().trim().min(1).max(MAX_BODY), tags, scope })
  .partial()
  .openapi("KnowledgeEdit");
