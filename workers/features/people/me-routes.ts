/**
 * @module features/people/me-routes
 * The signed-in participant: their profile, their programs, and withdrawing from one.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { AppEnv } from "../../platform/env";
import { requireUser } from "../auth";
import { enrollments, people, programs } from "../../db/schema";
import { enrollmentDto } from "../programs/repo/enrollments";
import { enrollmentsOfPerson } from "../programs/repo/enrollments";
import { personChanges, personDto } from "./repo";
import { enrollmentProfileSchema, personProfileSchema, unknownSkills } from "../../domain/profile";
import { badRequest, notFound, unauthorized, type FieldErrors } from "../../platform/errors";
import { router } from "../../platform/validate";
import { leaveProgram } from "../requests";
import { mailerOf } from "../mail";
import { errors, json, jsonBody } from "../../platform/schemas";
import { EnrollmentSchema, MeSchema, PersonSchema } from "./schemas";
import type { Context } from "hono";

const tags = ["Me"];
const ProgramParam = z.object({ programId: z.string().min(1).max(64) });
const EnrollmentUpdate = enrollmentProfileSchema.openapi("EnrollmentUpdate");

async function loadMe(c: Context<AppEnv>) {
  const user = requireUser(c.var.user);
  const [person, rows] = await c.var.db.batch([
    c.var.db.select().from(people).where(eq(people.id, user.id)),
    enrollmentsOfPerson(c.var.db, user.id),
  ]);
  if (!person[0]) throw unauthorized();
  return {
    person: personDto(person[0]),
    isAdmin: user.isAdmin,
    managedProgramIds: user.managedProgramIds,
    enrollments: rows.map((r) => ({ ...enrollmentDto(r.enrollment), program: r.program })),
  };
}

export const meRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      summary: "The signed-in person with their enrollments",
      responses: { 200: json(MeSchema, "You"), 401: errors[401] },
    }),
    async (c) => c.json(await loadMe(c), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/me",
      tags,
      summary: "Edit your profile",
      request: jsonBody(personProfileSchema.partial().openapi("PersonUpdate")),
      responses: { 200: json(PersonSchema, "Your profile as saved"), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const [saved] = await c.var.db
        .update(people)
        .set({ ...personChanges(c.req.valid("json")), updatedAt: Date.now() })
        .where(eq(people.id, user.id))
        .returning();
      if (!saved) throw unauthorized();
      return c.json(personDto(saved), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/me/enrollments/{programId}",
      tags,
      summary: "Edit your profile in one program (goals, skills, format, capacity)",
      request: { params: ProgramParam, ...jsonBody(EnrollmentUpdate) },
      responses: {
        200: json(EnrollmentSchema, "The enrollment"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const { programId } = c.req.valid("param");
      const changes = c.req.valid("json");
      const [program] = await c.var.db
        .select({ skills: programs.skills })
        .from(programs)
        .where(eq(programs.id, programId));
      if (!program) throw notFound("Enrollment");
      const fields: FieldErrors = {};
      for (const key of ["skillsOffered", "skillsSought"] as const) {
        const unknown = unknownSkills(program.skills, changes[key]);
        if (unknown.length) fields[key] = `Not in this program's skills: ${unknown.join(", ")}.`;
      }
      if (Object.keys(fields).length) throw badRequest("invalid_input", "Some fields are not valid.", fields);
      const [saved] = await c.var.db
        .update(enrollments)
        .set({ ...changes, updatedAt: Date.now() })
        .where(and(eq(enrollments.personId, user.id), eq(enrollments.programId, programId)))
        .returning();
      if (!saved) throw notFound("Enrollment");
      return c.json(enrollmentDto(saved), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/enrollments/{programId}/withdraw",
      tags,
      summary: "Withdraw from a program",
      request: { params: ProgramParam },
      responses: { 200: json(EnrollmentSchema, "The enrollment, withdrawn"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const now = Date.now();
      const [saved] = await c.var.db
        .update(enrollments)
        .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
        .where(and(eq(enrollments.personId, user.id), eq(enrollments.programId, c.req.valid("param").programId)))
        .returning();
      if (!saved) throw notFound("Enrollment");
      await leaveProgram(mailerOf(c), user, saved.programId, now);
      return c.json(enrollmentDto(saved), 200);
    },
  );
