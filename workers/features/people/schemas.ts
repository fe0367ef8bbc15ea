/** @module features/people/schemas — the signed-in person's view of themselves, and a program's participants. */
import { z } from "@hono/zod-openapi";
import { personProfileSchema } from "../../domain/profile";
import { ENROLLMENT_STATUSES } from "../../domain/statuses";
import { MATCH_MODES, FORMATS, FREQUENCIES, PROGRAM_KINDS } from "../../domain/kinds";
import { ROLES } from "../../domain/roles";
import { UI_LANGUAGES } from "../../domain/ui-languages";

export const Skill = z.object({ name: z.string(), level: z.number() });

/** What both a person's profile and a row of a program's participants show of them. */
const personFields = {
  email: z.string(),
  name: z.string(),
  department: z.string(),
  title: z.string(),
  location: z.string(),
  timezone: z.string(),
};

export const PersonSchema = z
  .object({
    id: z.string(),
    ...personFields,
    yearsExperience: z.number().nullable(),
    languages: z.array(z.string()),
  })
  .openapi("Person");

const uiLanguage = z.enum(UI_LANGUAGES).nullable().openapi({
  description: "The language of Tandem's screens for this person; null follows the browser's languages",
});

/** The signed-in person's own view of themselves, with what only they see. */
export const MyPersonSchema = PersonSchema.extend({ uiLanguage }).openapi("MyPerson");

/** What a person may change of their own profile. */
export const PersonUpdateSchema = personProfileSchema
  .partial()
  .extend({ uiLanguage: uiLanguage.optional() })
  .openapi("PersonUpdate");

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
    person: MyPersonSchema,
    isAdmin: z.boolean(),
    managedProgramIds: z.array(z.string()),
    enrollments: z.array(MyEnrollmentSchema),
  })
  .openapi("Me");

export const ParticipantQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  department: z.string().max(120).optional(),
  status: z.enum(ENROLLMENT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const ParticipantPage = z
  .object({
    items: z.array(
      z.object({
        personId: z.string(),
        ...personFields,
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
