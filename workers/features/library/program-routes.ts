/**
 * @module features/library/program-routes
 * A program's library: its participants read it; its managers add articles, links and files tagged
 * with the program's skills, and see what is read most (counts, never who).
 */
import { z } from "@hono/zod-openapi";
import { LIBRARY_MAX_FILE_BYTES } from "../../domain/library";
import { errors, IdParam, json, pageOf, PageQuery, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { onManagedProgram } from "../programs";
import { programReader } from "./access";
import { summaryOf } from "./dto";
import { addEntry, newFileEntry } from "./files";
import { programEntries } from "./repo/entries";
import { EntryCreateSchema, EntrySummarySchema, FileFormSchema } from "./schemas";
import { vocabularyTags } from "./tags";

const route = routesFor(["Library"]).with({ params: IdParam });
const managerRoute = route.with(onManagedProgram);
const EntryPage = pageOf(EntrySummarySchema, "LibraryEntryPage");
const ListQuery = PageQuery.extend({ sort: z.enum(["recent", "reads"]).default("recent") });

/** A file upload's body may carry the largest file plus the form's other fields. */
export const MAX_LIBRARY_UPLOAD_BYTES = LIBRARY_MAX_FILE_BYTES + 64 * 1024;

export const libraryProgramRoutes = router()
  .openapi(
    route.get("/", "A program's library, pinned first (participants and managers)", {
      middleware: [programReader] as const,
      query: ListQuery,
      description:
        "Managers also see archived entries and each entry's read count; `sort=reads` puts the most read first.",
      responses: { 200: json(EntryPage, "A page of entries"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const { page, pageSize, sort } = c.req.valid("query");
      const { manages, program, me } = c.var;
      const { items, total } = await programEntries(c.var.db, program.id, me, { manages, sort, page, pageSize });
      return c.json({ items: items.map((e) => summaryOf(e, manages)), total, page, pageSize }, 200);
    },
  )
  .openapi(
    managerRoute.post("/", "Add an article (Markdown) or a link to the program's library (managers)", {
      body: EntryCreateSchema,
      responses: { 201: json(EntrySummarySchema, "Added"), ...refusals(400, 401, 404) },
    }),
    async (c) => c.json(await addEntry(c.var, c.req.valid("json"), c.var.program), 201),
  )
  .openapi(
    managerRoute.post("/files", "Upload a file to the program's library (managers)", {
      body: { content: { "multipart/form-data": { schema: FileFormSchema } }, required: true },
      description: "At most 10 MB; PDF, PNG, JPEG, WebP, plain text, Markdown, CSV and Office documents.",
      responses: {
        201: json(EntrySummarySchema, "Uploaded"),
        ...refusals(400, 401, 404),
        413: errors[400],
        415: errors[400],
      },
    }),
    async (c) => {
      const form = c.req.valid("form");
      const tags = vocabularyTags(form.tags, c.var.program.skills);
      const made = { programId: c.var.program.id, by: c.var.me.id };
      const entry = await newFileEntry(c.var.db, c.env.LIBRARY_FILES, { ...form, tags }, made);
      return c.json(summaryOf(entry, true), 201);
    },
  );
