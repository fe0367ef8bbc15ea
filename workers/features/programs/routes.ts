/**
 * @module features/programs/routes
 * Programs: create and edit (admins; managers edit their own), the shared link and its key, managers.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { count, desc, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { requireAdmin, requireManager, requireUser } from "../auth";
import { publicOrigin } from "../../platform/config";
import type { DB } from "../../platform/db";
import { enrollments, people, programs } from "../../db/schema";
import {
  enrollmentCounts,
  getProgram,
  managerInserts,
  newJoinKey,
  programManagersOf,
  setManagers,
  signupUrl,
  type Program,
} from "./repo/programs";
import { inJson, insertChunks } from "../../platform/statements";
import { newProgram } from "./setup";
import { ApiError, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import {
  ManagersSchema,
  PageQuery,
  ProgramCreateSchema,
  ProgramListSchema,
  ProgramSchema,
  ProgramUpdateSchema,
} from "./schemas";

type ProgramDto = z.infer<typeof ProgramSchema>;

/** Programs with their managers, counts and link, in two round trips whatever their number. */
async function toDtos(c: Context<AppEnv>, rows: Program[]): Promise<ProgramDto[]> {
  const ids = rows.map((p) => p.id);
  const [managers, counts] = await Promise.all([programManagersOf(c.var.db, ids), enrollmentCounts(c.var.db, ids)]);
  const origin = publicOrigin(c.var.config, c.req.url);
  return rows.map((p) => {
    const n = counts.get(p.id) ?? {};
    return {
      id: p.id,
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      description: p.description,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      defaultCapacity: p.defaultCapacity,
      skills: p.skills,
      profileFields: p.profileFields as ProgramDto["profileFields"],
      cycleWeeks: p.cycleWeeks,
      rotationMixDepartments: p.rotationMixDepartments,
      signupUrl: signupUrl(origin, p),
      managers: managers.filter((m) => m.programId === p.id).map(({ id, email, name }) => ({ id, email, name })),
      counts: { pending: n.pending ?? 0, active: n.active ?? 0, withdrawn: n.withdrawn ?? 0 },
      createdAt: p.createdAt,
    };
  });
}

/** Finds people by email, creating a bare profile for those who have none yet, so they can sign in. */
async function peopleForEmails(db: DB, emails: string[]) {
  const unique = [...new Set(emails)];
  if (unique.length === 0) return [];
  const rows = unique.map((email) => ({ id: crypto.randomUUID(), email, name: email.split("@")[0]! }));
  const inserts = insertChunks(people, rows).map((chunk) =>
    db.insert(people).values(chunk).onConflictDoNothing({ target: people.email }),
  );
  await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts]);
  return db.select({ id: people.id }).from(people).where(inJson(people.email, unique));
}

async function loadManaged(c: Context<AppEnv>, id: string) {
  requireManager(c.var.user, id);
  const program = await getProgram(c.var.db, id);
  if (!program) throw notFound("Program");
  return program;
}

const tags = ["Programs"];

export const programRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/programs",
      tags,
      summary: "Programs you can manage (all of them for admins)",
      request: { query: PageQuery },
      responses: { 200: json(ProgramListSchema, "A page of programs"), 401: errors[401] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const { page, pageSize } = c.req.valid("query");
      const where = user.isAdmin ? undefined : inJson(programs.id, user.managedProgramIds);
      const [rows, [total]] = await c.var.db.batch([
        c.var.db
          .select()
          .from(programs)
          .where(where)
          .orderBy(desc(programs.createdAt))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        c.var.db.select({ n: count() }).from(programs).where(where),
      ]);
      return c.json({ items: await toDtos(c, rows), total: total?.n ?? 0, page, pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs",
      tags,
      summary: "Create a program (admin)",
      request: jsonBody(ProgramCreateSchema),
      responses: { 201: json(ProgramSchema, "The new program"), 400: errors[400], 401: errors[401], 403: errors[403] },
    }),
    async (c) => {
      requireAdmin(c.var.user);
      const { managerEmails, ...input } = c.req.valid("json");
      // Managers are found (or made) first, then named in the batch that creates the program.
      const managers = await peopleForEmails(c.var.db, managerEmails);
      const program = await newProgram(c.var.db, input, (id) =>
        managerInserts(
          c.var.db,
          id,
          managers.map((m) => m.id),
        ),
      );
      const [dto] = await toDtos(c, [program]);
      return c.json(dto!, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}",
      tags,
      summary: "One program (its managers and admins)",
      request: { params: IdParam },
      responses: { 200: json(ProgramSchema, "The program"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const program = await loadManaged(c, c.req.valid("param").id);
      const [dto] = await toDtos(c, [program]);
      return c.json(dto!, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/programs/{id}",
      tags,
      summary: "Edit a program (its managers and admins)",
      description: "The kind can change only while nobody is enrolled, since roles depend on it.",
      request: { params: IdParam, ...jsonBody(ProgramUpdateSchema) },
      responses: {
        200: json(ProgramSchema, "The program as saved"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), "Kind locked"),
      },
    }),
    async (c) => {
      const program = await loadManaged(c, c.req.valid("param").id);
      const changes = c.req.valid("json");
      const startsOn = changes.startsOn === undefined ? program.startsOn : changes.startsOn;
      const endsOn = changes.endsOn === undefined ? program.endsOn : changes.endsOn;
      if (startsOn && endsOn && startsOn > endsOn) {
        throw new ApiError(400, "invalid_input", "Some fields are not valid.", {
          endsOn: "The end date is before the start date.",
        });
      }
      if (changes.kind && changes.kind !== program.kind) {
        const [n] = await c.var.db
          .select({ n: count() })
          .from(enrollments)
          .where(eq(enrollments.programId, program.id));
        if (n && n.n > 0) {
          throw new ApiError(409, "kind_locked", "People are enrolled already, so the program's kind cannot change.");
        }
      }
      const [saved] = await c.var.db
        .update(programs)
        .set({ ...changes, updatedAt: Date.now() })
        .where(eq(programs.id, program.id))
        .returning();
      const [dto] = await toDtos(c, [saved!]);
      return c.json(dto!, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/rotate-key",
      tags,
      summary: "Replace the shared link's key; links with the old key stop working",
      request: { params: IdParam },
      responses: { 200: json(ProgramSchema, "The program with its new link"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const program = await loadManaged(c, c.req.valid("param").id);
      const [saved] = await c.var.db
        .update(programs)
        .set({ joinKey: newJoinKey(), updatedAt: Date.now() })
        .where(eq(programs.id, program.id))
        .returning();
      const [dto] = await toDtos(c, [saved!]);
      return c.json(dto!, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/programs/{id}/managers",
      tags,
      summary: "Name the program's managers by email (admin)",
      request: { params: IdParam, ...jsonBody(ManagersSchema) },
      responses: {
        200: json(ProgramSchema, "The program with its managers"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
      },
    }),
    async (c) => {
      requireAdmin(c.var.user);
      const program = await getProgram(c.var.db, c.req.valid("param").id);
      if (!program) throw notFound("Program");
      const managers = await peopleForEmails(c.var.db, c.req.valid("json").emails);
      await setManagers(
        c.var.db,
        program.id,
        managers.map((m) => m.id),
      );
      const [dto] = await toDtos(c, [program]);
      return c.json(dto!, 200);
    },
  );
