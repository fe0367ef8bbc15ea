/** @module features/people/schemas — the signed-in person's view of themselves. */
import { z } from "@hono/zod-openapi";
import { ENROLLMENT_STATUSES } from "../../domain/statuses";
import { MATCH_MODES, FORMATS, FREQUENCIES, PROGRAM_KINDS } from "../../domain/kinds";
import { ROLES } from "../../domain/roles";

export const Skill = z.object({ name: z.string(), level: z.number() });

export const PersonSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    department: z.string(),
    title: z.string(),
    location: z.string(),
    timezone: z.string(),
    yearsExperience: z.number().nullable(),
    languages: z.array(z.string()),
  })
  .openapi("Person");

export const EnrollmentSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    role: z.enum(ROLES),
    status: z.enum(ENROLLMENT_STATUSES),
    capacity: z.number().nullable(),
    goals: z.string(),
    skillsOffered: z.array(Skill),
    skillsSought: z.array(Skill),
    format: z.enum(FORMATS).nullable(),
    frequency: z.enum(FREQUENCIES).nullable(),
    confirmedAt: z.number().nullable(),
    withdrawnAt: z.number().nullable(),
    pausedAt: z.number().nullable().openapi({ description: "Set while a mentor takes no new mentees" }),
    pausedBecause: z.enum(["self", "lapsed"]).nullable().openapi({
      description: "self: the mentor paused; lapsed: two requests lapsed unanswered",
    }),
    createdAt: z.number(),
  })
  .openapi("Enrollment");

export const MyEnrollmentSchema = EnrollmentSchema.extend({
  program: z.object({
    name: z.string(),
    kind: z.enum(PROGRAM_KINDS),
    description: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    skills: z.array(z.string()),
    matchMode: z.enum(MATCH_MODES).openapi({ description: "choice and both: mentees choose their mentor" }),
    choiceClosesOn: z.string().nullable(),
    defaultCapacity: z.number(),
  }),
}).openapi("MyEnrollment");

export const MeSchema = z
  .object({
    person: PersonSchema,
    isAdmin: z.boolean(),
    managedProgramIds: z.array(z.string()),
    enrollments: z.array(MyEnrollmentSchema),
  })
  .openapi("Me");
