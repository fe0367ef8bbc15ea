/**
 * @module features/library/entry-routes
 * The library as everyone signed in uses it: search, open an entry (counted as a read), download its
 * file; its program's managers pin and archive; admins add company-wide entries of no program.
 */
import { z } from "@hono/zod-openapi";
import { notFound } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { entryGuard } from "./access";
import { entryOf, summaryOf } from "./dto";
import { addEntry } from "./files";
import { authorsOf, countRead, curateEntry } from "./repo/entries";
import { searchLibrary } from "./repo/search";
import { CurateSchema, EntryCreateSchema, EntrySchema, EntrySummarySchema, HitSchema, SearchQuery } from "./schemas";
import { audit } from "../audit";

const { route, signedInRoute, adminRoute } = guardedRoutesFor(["Library"]);
const onEntry = route.with({ params: IdParam });
const readerRoute = onEntry.with({ middleware: [entryGuard()] as const });
const curatorRoute = onEntry.with({ middleware: [entryGuard({ manage: true })] as const });

export const libraryEntryRoutes = router()
  .openapi(
    signedInRoute.get("/", "Search the library: ranked entries with snippets, within what you may read", {
      query: SearchQuery,
      description:
        "Words match titles, bodies and tags as prefixes, ranked by bm25 (titles first); words a typo or two " +
        "away from indexed ones match after exact ones. Without `q`: the newest entries, pinned first.",
      responses: { 200: json(z.array(HitSchema), "Entries, best first"), ...refusals(400, 401) },
    }),
    async (c) => c.json(await searchLibrary(c.var.db, c.var.me, c.req.valid("query")), 200),
  )
  .openapi(
    adminRoute.post("/", "Add a company-wide entry of no program (admins)", {
      body: EntryCreateSchema,
      responses: { 201: json(EntrySummarySchema, "Added"), ...refusals(400, 401, 403) },
    }),
    async (c) => c.json(await addEntry(c.var, { ...c.req.valid("json"), scope: "company" }, null), 201),
  )
  .openapi(
    readerRoute.get("/{id}", "Open an entry: its body as safe HTML, its authors (counts a read)", {
      responses: { 200: json(EntrySchema, "The entry"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { entry, manages, authored } = c.var;
      if (entry.status === "published" && !authored) {
        await countRead(c.var.db, entry.id);
        entry.reads += 1;
      }
      return c.json(entryOf(entry, await authorsOf(c.var.db, entry.id), { manages, authored }), 200);
    },
  )
  .openapi(
    curatorRoute.patch("/{id}", "Pin or archive an entry (its program's managers)", {
      body: CurateSchema,
      responses: { 200: json(EntrySummarySchema, "Curated"), ...refusals(400, 401, 403, 404) },
    }),
    async (c) => {
      const { pinned, archived } = c.req.valid("json");
      const now = Date.now();
      const set = {
        ...(pinned === undefined ? {} : { pinnedAt: pinned ? (c.var.entry.pinnedAt ?? now) : null }),
        ...(archived === undefined ? {} : { archivedAt: archived ? (c.var.entry.archivedAt ?? now) : null }),
      };
      const [row] = await curateEntry(c.var.db, c.var.entry.id, set);
      const on = { programId: c.var.entry.programId, targetId: c.var.entry.id };
      if (pinned !== undefined) await audit(c, "library.pinned", { ...on, detail: { pinned } });
      if (archived !== undefined) await audit(c, "library.archived", { ...on, detail: { archived } });
      return c.json(summaryOf(row!, true), 200);
    },
  )
  .openapi(
    readerRoute.get("/{id}/file", "Download an entry's file", {
      responses: {
        200: { content: { "application/octet-stream": { schema: z.string() } }, description: "The file" },
        ...refusals(401, 404),
      },
    }),
    async (c) => {
      const { entry } = c.var;
      const object = entry.fileKey ? await c.env.LIBRARY_FILES.get(entry.fileKey) : null;
      if (!object) throw notFound("File");
      return c.body(object.body, 200, {
        "content-type": entry.fileType ?? "application/octet-stream",
        "content-length": String(object.size),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(entry.fileName ?? "file")}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
      });
    },
  );
