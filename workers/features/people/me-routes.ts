/**
 * @module features/people/me-routes
 * The signed-in participant: their profile, their programs, and withdrawing from one.
 */
import { z } from "@hono/zod-openapi";
import { enrollmentProfileSchema, unknownSkills } from "../../domain/profile";
import type { CurrentUser } from "../../platform/env";
import type { DB } from "../../platform/db";
import { badRequest, notFound, unauthorized, type FieldErrors } from "../../platform/errors";
import { json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { signedIn } from "../auth";
import { leaveProgram } from "../requests";
import { mailerOf } from "../mail";
import { enrollmentDto, getProgram, updateOwnEnrollment } from "../programs";
import { meOf } from "./me";
import { myPersonDto, updateProfile } from "./repo";
import { EnrollmentSchema, MeSchema, MyPersonSchema, PersonUpdateSchema } from "./schemas";

const route = routesFor(["Me"]);
const signedInRoute = route.with({ middleware: [signedIn] as const });
const ProgramParam = z.object({ programId: z.string().min(1).max(64) });
const enrollmentRoute = route.with({ middleware: [signedIn] as const, params: ProgramParam });
const EnrollmentUpdate = enrollmentProfileSchema.openapi("EnrollmentUpdate");

async function loadMe(db: DB, me: CurrentUser) {
  const found = await meOf(db, me);
  if (!found) throw unauthorized();
  return found;
}

export const meRoutes = router()
  .openapi(
    signedInRoute.get("/", "The signed-in person with their enrollments", {
      responses: { 200: json(MeSchema, "You"), ...refusals(401) },
    }),
    async (c) => c.json(await loadMe(c.var.db, c.var.me), 200),
  )
  .openapi(
    signedInRoute.patch("/", "Edit your profile", {
      body: PersonUpdateSchema,
      responses: { 200: json(MyPersonSchema, "Your profile as saved"), ...refusals(400, 401) },
    }),
    async (c) => {
      const saved = await updateProfile(c.var.db, c.var.me.id, c.req.valid("json"));
      if (!saved) throw unauthorized();
      return c.json(myPersonDto(saved), 200);
    },
  )
  .openapi(
    enrollmentRoute.patch(
      "/enrollments/{programId}",
      "Edit your profile in one program (goals, skills, format, capacity)",
      {
        body: EnrollmentUpdate,
        responses: { 200: json(EnrollmentSchema, "The enrollment"), ...refusals(400, 401, 404) },
      },
    ),
    async (c) => {
      const { programId } = c.req.valid("param");
      const changes = c.req.valid("json");
      const program = await getProgram(c.var.db, programId);
      if (!program) throw notFound("Enrollment");
      const fields: FieldErrors = {};
      for (const key of ["skillsOffered", "skillsSought"] as const) {
        const unknown = unknownSkills(program.skills, changes[key]);
        if (unknown.length) fields[key] = `Not in this program's skills: ${unknown.join(", ")}.`;
      }
      if (Object.keys(fields).length) throw badRequest("invalid_input", "Some fields are not valid.", fields);
      const saved = await updateOwnEnrollment(c.var.db, c.var.me.id, programId, changes);
      if (!saved) throw notFound("Enrollment");
      return c.json(enrollmentDto(saved), 200);
    },
  )
  .openapi(
    enrollmentRoute.post("/enrollments/{programId}/withdraw", "Withdraw from a program", {
      responses: { 200: json(EnrollmentSchema, "The enrollment, withdrawn"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { me } = c.var;
      const now = Date.now();
      const saved = await updateOwnEnrollment(c.var.db, me.id, c.req.valid("param").programId, {
        status: "withdrawn",
        withdrawnAt: now,
        updatedAt: now,
      });
      if (!saved) throw notFound("Enrollment");
      await leaveProgram(mailerOf(c), { person: me, programId: saved.programId, now });
      return c.json(enrollmentDto(saved), 200);
    },
  );
