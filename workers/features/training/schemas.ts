/** @module features/training/schemas — a training module as managers write it and participants see it, and an attempt. */
import { z } from "@hono/zod-openapi";
import { MAX_OPTIONS, MAX_QUESTIONS, TRAINING_AUDIENCES, TRAINING_STATUSES } from "../../domain/training/modules";
import { STARTERS } from "../../domain/training/starters";

const QuestionInput = z
  .object({
    prompt: z.string().trim().min(1, "Write the question.").max(300),
    options: z.array(z.string().trim().min(1, "Write the option.").max(200)).min(2).max(MAX_OPTIONS),
    answer: z.number().int().min(0).openapi({ description: "The index of the right option" }),
  })
  .refine((q) => q.answer < q.options.length, { message: "Pick one of the options as the answer.", path: ["answer"] });

export const ModuleInput = z
  .object({
    title: z.string().trim().min(1, "Give it a title.").max(120),
    guide: z.string().trim().max(20_000).default("").openapi({ description: "Markdown; raw HTML shows as text" }),
    audience: z.enum(TRAINING_AUDIENCES),
    required: z.boolean().default(true).openapi({ description: "Must be passed before matching pairs someone" }),
    passMark: z.number().int().min(0).max(100).default(100).openapi({ description: "Percent of right answers" }),
    questions: z
      .array(QuestionInput)
      .max(MAX_QUESTIONS)
      .default([])
      .openapi({ description: 'None: an "I have read this" module' }),
  })
  .openapi("TrainingModuleInput");

export const StarterInput = z
  .object({ key: z.enum(STARTERS.map((s) => s.key) as [string, ...string[]]) })
  .openapi("TrainingStarterInput");

export const AttemptInput = z
  .object({
    answers: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(MAX_OPTIONS - 1),
      )
      .max(MAX_QUESTIONS)
      .default([])
      .openapi({ description: "The chosen option of each question, in order; empty for a module to read" }),
  })
  .openapi("TrainingAttempt");

export const TrainingModuleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    guide: z.string(),
    guideHtml: z.string().openapi({ description: "The guide rendered, safe to show" }),
    audience: z.enum(TRAINING_AUDIENCES),
    required: z.boolean(),
    passMark: z.number(),
    questions: z.array(
      z.object({
        prompt: z.string(),
        options: z.array(z.string()),
        answer: z.number().optional().openapi({ description: "Managers only" }),
      }),
    ),
    status: z.enum(TRAINING_STATUSES).nullable().openapi({ description: "Yours; null for managers" }),
    lastScore: z.number().nullable(),
    passedCount: z.number().nullable().openapi({ description: "Managers only: how many have passed it" }),
  })
  .openapi("TrainingModule");

const Starter = z.object({ key: z.string(), title: z.string(), audience: z.enum(TRAINING_AUDIENCES) });

export const TrainingListSchema = z
  .object({
    items: z.array(TrainingModuleSchema),
    manages: z.boolean(),
    starters: z.array(Starter).openapi({ description: "Managers only: the starter modules to add" }),
  })
  .openapi("TrainingList");

export const AttemptResultSchema = z
  .object({
    score: z.number(),
    passed: z.boolean(),
    wrong: z.array(z.number()).openapi({ description: "The questions answered wrong, by index" }),
    attempts: z.number(),
    status: z.enum(TRAINING_STATUSES),
  })
  .openapi("TrainingAttemptResult");
