/** @module features/programs/schemas — program input and output shapes. */
import { z } from "@hono/zod-openapi";
import { PROGRAM_KINDS } from "../../domain/kinds";
import { PROFILE_FIELDS, emailSchema } from "../../domain/profile";
import { TEMPLATE_IDS } from "../../domain/journeys/templates";
import { RETENTION_MONTHS } from "../../domain/audit";

const term = (max: number) => z.string().trim().max(max);
export const AgreementTermsSchema = z
  .object({
    frequency: term(300).openapi({ description: "How often the two meet" }),
    format: term(300).openapi({ description: "How they meet (in person, video …)" }),
    confidentiality: term(1000),
    expectations: term(2000).openapi({ description: "What each expects of the other" }),
  })
  .openapi("AgreementTerms");

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.");

const programFields = {
  name: z.string().trim().min(1, "Give the program a name.").max(120),
  kind: z.enum(PROGRAM_KINDS),
  description: z.string().trim().max(4000),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  defaultCapacity: z.number().int().min(1).max(20),
  skills: z.array(z.string().trim().min(1).max(60)).max(200),
  profileFields: z.array(z.enum(PROFILE_FIELDS)),
  cycleWeeks: z.number().int().min(1).max(26).nullable().openapi({
    description: "Reverse programs: weeks per rotation cycle (4 when left out)",
  }),
  rotationMixDepartments: z.boolean().openapi({
    description: "Reverse programs: pair juniors and seniors of different departments where possible",
  }),
  meetingEveryDays: z.number().int().min(7).max(90).nullable().openapi({
    description:
      "How often pairs are expected to meet, in days; setting it sets the quiet and stalled thresholds (1.5 and 3 times it) and the nudges",
  }),
  mentorsNeedApproval: z.boolean().openapi({
    description: "Mentors are matched only once a manager accepted their application",
  }),
  agreementTerms: AgreementTermsSchema.nullable().openapi({
    description: "The mentoring agreement pairs start from; null: pairs write their own",
  }),
  retentionMonths: z
    .number()
    .int()
    .min(RETENTION_MONTHS.min)
    .max(RETENTION_MONTHS.max)
    .openapi({
      description: `Months after the end date at which the program's data is deleted (${RETENTION_MONTHS.default} when left out); its managers are warned a month before`,
    }),
};

/** A date or a date and time: the day it falls on (UTC) is what counts. */
const dayOrTime = z
  .union([day, z.iso.datetime({ offset: true })])
  .transform((v) => v.slice(0, 10))
  .openapi({ type: "string" });

const datesInOrder = (p: { startsOn?: string | null; endsOn?: string | null }) =>
  !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn;
const dateOrder = { message: "The end date is before the start date.", path: ["endsOn"] };

const given = <T>(v: T | undefined, or: T) => (v === undefined ? or : v);

/**
 * A new program from scratch (`name` and `kind` at least), from a template (`templateId`) or as a copy of
 * an earlier program (`copyFrom`): then every field left out comes from the template or the program.
 */
export const ProgramCreateSchema = z
  .object({
    ...z.object(programFields).partial().shape,
    startsAt: dayOrTime.optional().openapi({ description: "Another name for startsOn (a reverse program's term)" }),
    endsAt: dayOrTime.optional().openapi({ description: "Another name for endsOn" }),
    managerEmails: z.array(emailSchema).max(50).default([]),
    templateId: z.enum(TEMPLATE_IDS).optional().openapi({ description: "Start from this template" }),
    copyFrom: z.string().max(64).optional().openapi({
      description: "Copy this program's settings, weights, surveys and journey (never its people)",
    }),
    cadenceWeeks: z.number().int().optional().openapi({
      description: "Roulette programs: how often people meet by default, 1, 2 or 4 weeks (2 when left out)",
    }),
  })
  .refine((p) => !(p.templateId && p.copyFrom), {
    message: "Start from a template or from a program, not both.",
    path: ["copyFrom"],
  })
  .refine((p) => p.templateId || p.copyFrom || p.name !== undefined, {
    message: "Give the program a name.",
    path: ["name"],
  })
  .refine((p) => p.templateId || p.copyFrom || p.kind !== undefined, {
    message: "Choose the program's kind.",
    path: ["kind"],
  })
  .refine((p) => p.cadenceWeeks === undefined || (p.kind === "roulette" && [1, 2, 4].includes(p.cadenceWeeks)), {
    message: "A roulette program meets every 1, 2 or 4 weeks.",
    path: ["cadenceWeeks"],
  })
  .transform(({ startsAt, endsAt, cadenceWeeks, ...p }) => ({
    ...p,
    startsOn: given(p.startsOn, startsAt ?? undefined),
    endsOn: given(p.endsOn, endsAt ?? undefined),
    cycleWeeks: p.kind === "roulette" ? (cadenceWeeks ?? p.cycleWeeks) : p.cycleWeeks,
  }))
  .refine(datesInOrder, dateOrder)
  .openapi("ProgramCreate");

export const ProgramUpdateSchema = z
  .object(programFields)
  .partial()
  .refine(datesInOrder, dateOrder)
  .openapi("ProgramUpdate");

export const ManagersSchema = z.object({ emails: z.array(emailSchema).max(50) }).openapi("ProgramManagers");

export const ProgramSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    ...programFields,
    templateId: z.string().nullable().openapi({ description: "The template the program started from" }),
    signupUrl: z.string().openapi({ description: "The shared sign-up link; rotate the key to retire it." }),
    managers: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })),
    counts: z.object({ pending: z.number(), active: z.number(), withdrawn: z.number() }),
    createdAt: z.number(),
  })
  .openapi("Program");

export const ProgramListSchema = z
  .object({ items: z.array(ProgramSchema), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi("ProgramList");

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
