/** @module features/journeys/schemas — program templates, a program's journey, a pair's progress and agreement. */
import { z } from "@hono/zod-openapi";
import { JOURNEY_UNITS, MAX_JOURNEY_STEPS } from "../../domain/journeys/journey";
import { AgreementTermsSchema } from "../programs";
import { TEMPLATE_IDS } from "../../domain/journeys/templates";

const StepFields = {
  unit: z.enum(JOURNEY_UNITS).openapi({ description: "The step falls in a week or a month of the pair's time" }),
  n: z.number().int().min(1).max(104).openapi({ description: "Which week or month, from 1 (the pair's start)" }),
  title: z.string().trim().min(1, "Give the step a title.").max(120),
  guide: z.string().trim().max(2000).openapi({ description: "A short guide to the step" }),
  prompts: z.array(z.string().trim().min(1).max(300)).max(10).openapi({ description: "Discussion prompts" }),
};

export const JourneyStepInput = z
  .object({
    id: z.string().max(64).optional().openapi({ description: "Keep a step's id so pairs keep its ticks" }),
    ...StepFields,
    guide: StepFields.guide.default(""),
    prompts: StepFields.prompts.default([]),
  })
  .openapi("JourneyStepInput");

export const JourneyInput = z
  .object({ steps: z.array(JourneyStepInput).max(MAX_JOURNEY_STEPS) })
  .openapi("JourneyInput");

export const JourneyStepSchema = z
  .object({ id: z.string(), ...StepFields, when: z.string().openapi({ example: "Week 1" }) })
  .openapi("JourneyStep");

export const JourneySchema = z.object({ steps: z.array(JourneyStepSchema) }).openapi("Journey");

export const PairJourneySchema = z
  .object({
    steps: z.array(
      JourneyStepSchema.extend({
        opensAt: z.number().nullable(),
        dueAt: z.number().nullable().openapi({ description: "Null until the pair has started" }),
        tickedAt: z.number().nullable(),
        tickedBy: z.string().nullable(),
      }),
    ),
    current: z.string().nullable().openapi({ description: "The first step not ticked off; null once all are" }),
    overdue: z.boolean(),
  })
  .openapi("PairJourney");

export const TickSchema = z.object({ done: z.boolean() }).openapi("JourneyTick");
export const StepParams = z.object({ id: z.string().min(1).max(64), stepId: z.string().min(1).max(64) });

export const AgreementSchema = z
  .object({
    terms: AgreementTermsSchema,
    mentorConfirmedAt: z.number().nullable(),
    menteeConfirmedAt: z.number().nullable(),
    agreed: z.boolean().openapi({ description: "Both confirmed these terms" }),
  })
  .openapi("Agreement");

export const AgreementInput = z
  .object({
    terms: AgreementTermsSchema.optional().openapi({
      description: "Terms as changed; a change clears the partner's confirmation. Left out: confirm the terms shown",
    }),
  })
  .openapi("AgreementConfirm");

export const ProgramTemplateSchema = z
  .object({
    id: z.enum(TEMPLATE_IDS),
    name: z.string(),
    kind: z.string(),
    description: z.string(),
    meetingEveryDays: z.number(),
    mentorsNeedApproval: z.boolean(),
    weights: z.record(z.string(), z.number()),
    department: z.string(),
    surveys: z.array(z.object({ key: z.string(), title: z.string() })),
    agreement: AgreementTermsSchema,
    journey: z.array(z.object({ ...StepFields, when: z.string() })),
    resources: z
      .array(z.object({ title: z.string(), url: z.string(), kind: z.enum(["article", "link"]) }))
      .openapi({ description: "Starter resources: titles and links for the program's library" }),
  })
  .openapi("ProgramTemplate");
