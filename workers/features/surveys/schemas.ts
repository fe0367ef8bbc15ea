/** @module features/surveys/schemas — surveys, their questions and schedules, answering by token, and results. */
import { z } from "@hono/zod-openapi";
import { QUESTION_TYPES, SURVEY_ANCHORS } from "../../domain/surveys/types";

export const QuestionSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9-]+$/, "Use lowercase letters, digits and dashes."),
    type: z.enum(QUESTION_TYPES),
    text: z.string().trim().min(1, "Write the question.").max(300),
    options: z.array(z.string().trim().min(1).max(100)).max(12).optional(),
    required: z.boolean().optional(),
  })
  .openapi("SurveyQuestion");

export const TriggerSchema = z
  .object({ anchor: z.enum(SURVEY_ANCHORS), offsetDays: z.number().int().min(-365).max(365) })
  .openapi("SurveyTrigger", { description: "Goes out `offsetDays` after the anchor (before, when negative)" });

const surveyFields = {
  title: z.string().trim().min(1, "Give the survey a title.").max(120),
  questions: z.array(QuestionSchema).min(1, "Ask at least one question.").max(30),
  trigger: TriggerSchema,
  openDays: z.number().int().min(1).max(90),
  anonymous: z.boolean(),
};

export const SurveyCreateSchema = z
  .object({ template: z.string().max(40).optional(), ...surveyFields })
  .partial()
  .openapi("SurveyCreate", { description: "From a template (`template`), from scratch, or a template with changes" });

export const SurveyUpdateSchema = z
  .object({ ...surveyFields, active: z.boolean() })
  .partial()
  .openapi("SurveyUpdate");

export const SurveySchema = z
  .object({
    id: z.string(),
    ...surveyFields,
    template: z.string(),
    active: z.boolean(),
    invited: z.number(),
    responded: z.number(),
    responseRate: z.number().nullable(),
  })
  .openapi("Survey");

export const ByTokenSchema = z
  .object({
    title: z.string(),
    about: z.string(),
    anonymous: z.boolean(),
    closesAt: z.number(),
    closed: z.boolean(),
    questions: z.array(QuestionSchema),
    answers: z.record(z.string(), z.unknown()).nullable().openapi({ description: "Yours, when you answered" }),
  })
  .openapi("SurveyByToken");

export const RespondSchema = z
  .object({ token: z.string().min(10).max(200), answers: z.record(z.string(), z.unknown()) })
  .openapi("SurveyRespond");

const QuestionResult = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  text: z.string(),
  answers: z.number(),
  average: z.number().optional(),
  nps: z.number().optional(),
  distribution: z.record(z.string(), z.number()).optional(),
  texts: z.array(z.string()).optional(),
});
export const ResultsSchema = z
  .object({
    title: z.string(),
    invited: z.number(),
    responses: z.number(),
    responseRate: z.number().nullable(),
    hidden: z.boolean().openapi({
      description: "An anonymous survey with fewer than five answers: nothing is shown, so nobody can be picked out",
    }),
    questions: z.array(QuestionResult),
    groups: z.array(
      z.object({
        group: z.string(),
        responses: z.number().nullable(),
        hidden: z.boolean().openapi({
          description:
            "No numbers for this group: it, or the smaller groups together, have fewer than five answers, so nobody can be picked out",
        }),
        questions: z.array(QuestionResult),
      }),
    ),
  })
  .openapi("SurveyResults");

export const TemplateSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    trigger: TriggerSchema,
    anonymous: z.boolean(),
    questions: z.array(QuestionSchema),
  })
  .openapi("SurveyTemplate");
