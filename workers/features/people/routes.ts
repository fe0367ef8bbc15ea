/**
 * @module features/people/routes
 * A program's participants for its managers: the paginated table and CSV export (features/imports/routes has the import).
 */
import { createRoute, z } from "@hono/zod-openapi";
import { requireManager } from "../auth";
import { managedProgram } from "../programs/access";
import { ENROLLMENT_STATUSES } from "../../domain/statuses";
import { ROLES } from "../../domain/roles";
import { exportRows, listParticipants } from "../programs/repo/participants";
import { formatPeopleCsv } from "../../domain/people-csv";
import { notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { IdParam, errors, json } from "../../platform/schemas";

const tags = ["Participants"];

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
      const program = await managedProgram(c.var, c.req.valid("param").id);
      const csv = formatPeopleCsv(await exportRows(c.var.db, program.id));
      return c.body(csv, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${program.slug}-people.csv"`,
      });
    },
  );
