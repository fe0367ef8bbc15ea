/**
 * @module routes/people
 * A program's participants for its managers: the paginated table, CSV import and CSV export.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { requireManager } from "../auth/middleware";
import { managedProgram } from "../auth/program-access";
import { publicOrigin } from "../config";
import { ENROLLMENT_STATUSES, ROLES } from "../db/schema";
import { importPeople, welcomeKey } from "../data/import";
import { exportRows, listParticipants } from "../data/participants";
import { CSV_COLUMNS, formatPeopleCsv, parsePeopleCsv } from "../domain/people-csv";
import { ROLES_BY_KIND } from "../domain/profile";
import { ApiError, errorBody, notFound } from "../lib/errors";
import { router } from "../lib/validate";
import { enqueueMail, mailIdsForKeys } from "../mail/outbox";
import { welcomeMail } from "../mail/templates";
import { IdParam, errors, json } from "../schemas/common";

const tags = ["Participants"];
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

const ParticipantQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  department: z.string().max(120).optional(),
  status: z.enum(ENROLLMENT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

const ParticipantPage = z
  .object({
    items: z.array(
      z.object({
        personId: z.string(),
        email: z.string(),
        name: z.string(),
        department: z.string(),
        title: z.string(),
        location: z.string(),
        timezone: z.string(),
        role: z.enum(ROLES),
        status: z.enum(ENROLLMENT_STATUSES),
        capacity: z.number().nullable(),
        joinedAt: z.number(),
      }),
    ),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
    departments: z.array(z.string()),
  })
  .openapi("ParticipantPage");

const ImportResult = z
  .object({
    imported: z.number(),
    created: z.number(),
    updated: z.number(),
    rows: z.array(z.object({ row: z.number(), email: z.string(), status: z.enum(["created", "updated"]) })),
  })
  .openapi("ImportResult");

const ImportError = z
  .object({
    error: z.object({
      code: z.literal("invalid_csv"),
      message: z.string(),
      rows: z.array(z.object({ row: z.number(), email: z.string(), errors: z.array(z.string()) })),
    }),
  })
  .openapi("ImportError");

export const peopleRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/participants",
      tags,
      summary: "Participants, searchable and filtered, one page at a time",
      request: { params: IdParam, query: ParticipantQuery },
      responses: {
        200: json(ParticipantPage, "A page of participants"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      requireManager(c.var.user, id);
      const page = await listParticipants(c.var.db, id, c.req.valid("query"));
      if (!page) throw notFound("Program");
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/people/import",
      tags,
      summary: "Import people from CSV; all rows or none",
      description: `Columns: ${CSV_COLUMNS.join(",")}. Lists are separated by ";"; a skill may carry a level, "skill:1" to "skill:3". Each row is enrolled as active and gets a welcome email. If any row is invalid nothing is imported and the answer lists each bad row. At most 20,000 rows and 8 MB.`,
      middleware: [
        bodyLimit({
          maxSize: MAX_IMPORT_BYTES,
          onError: (c) => c.json(errorBody(413, "The file is larger than 8 MB. Split it into smaller files."), 413),
        }),
      ] as const,
      request: {
        params: IdParam,
        body: { content: { "text/csv": { schema: z.string() } }, required: true },
      },
      responses: {
        200: json(ImportResult, "Everyone in the file, enrolled"),
        400: {
          content: { "application/json": { schema: ImportError } },
          description: "Invalid rows; nothing imported",
        },
        401: errors[401],
        404: errors[404],
        413: errors[400],
        415: errors[400],
      },
    }),
    async (c) => {
      const program = await managedProgram(c, c.req.valid("param").id);
      if (!(c.req.header("content-type") ?? "").startsWith("text/csv")) {
        throw new ApiError(415, "unsupported_media_type", "Send the file as text/csv.");
      }
      const parsed = parsePeopleCsv(await c.req.text(), ROLES_BY_KIND[program.kind] ?? []);
      if (parsed.fatal || parsed.errors.length) {
        const message = parsed.fatal ?? `${parsed.errors.length} row(s) have errors; nothing was imported.`;
        return c.json({ error: { code: "invalid_csv" as const, message, rows: parsed.errors } }, 400);
      }
      const origin = publicOrigin(c.var.config, c.req.url);
      const result = await importPeople(
        c.var.db,
        program,
        parsed.rows,
        (r) => welcomeMail(r.name, program.name, `${origin}/signin`),
        { columns: parsed.columns },
      );
      const keys = parsed.rows.map((r) => welcomeKey(program.id, r.email));
      c.executionCtx.waitUntil(
        mailIdsForKeys(c.var.db, keys)
          .then((ids) => enqueueMail(c.env.MAIL_QUEUE, ids))
          .catch((err) => console.error("enqueue after import failed; the cron will retry", err)),
      );
      const created = result.filter((r) => r.status === "created").length;
      return c.json(
        {
          imported: result.length,
          created,
          updated: result.length - created,
          rows: result.map((r, i) => ({ row: i + 2, ...r })),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/people/export",
      tags,
      summary: "Export enrolled people as CSV, in the import's columns",
      request: { params: IdParam },
      responses: {
        200: { content: { "text/csv": { schema: z.string() } }, description: "The CSV file" },
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const program = await managedProgram(c, c.req.valid("param").id);
      const csv = formatPeopleCsv(await exportRows(c.var.db, program.id));
      return c.body(csv, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${program.slug}-people.csv"`,
      });
    },
  );
