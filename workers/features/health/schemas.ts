/** @module features/health/schemas — pairs gone quiet, the thresholds, and the "still going?" answer. */
import { z } from "@hono/zod-openapi";
import { pageOf } from "../../platform/schemas";

export const HealthPolicySchema = z
  .object({
    quietDays: z
      .number()
      .int()
      .min(7)
      .max(180)
      .openapi({ description: "Days without a meeting before a pair is quiet" }),
    stalledDays: z
      .number()
      .int()
      .min(8)
      .max(365)
      .openapi({ description: "Days without a meeting before a pair is stalled" }),
    autoEndDays: z.number().int().min(14).max(730).nullable().openapi({
      description: "Days without a meeting before a pair that has not said it goes on is ended; null: never",
    }),
  })
  .refine((p) => p.stalledDays > p.quietDays, { path: ["stalledDays"], message: "Stalled comes after quiet." })
  .refine((p) => p.autoEndDays === null || p.autoEndDays > p.stalledDays, {
    path: ["autoEndDays"],
    message: "Ending comes after stalled.",
  })
  .openapi("HealthPolicy");

export const HealthQuery = z.object({
  status: z.enum(["quiet", "stalled"]).optional().openapi({ description: "Only these; default both" }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const PairHealthSchema = z
  .object({
    mentorshipId: z.string(),
    mentorName: z.string(),
    mentorEmail: z.string(),
    menteeName: z.string(),
    menteeEmail: z.string(),
    status: z.enum(["quiet", "stalled"]),
    lastMeetingAt: z.number().nullable(),
    days: z.number().int(),
    reason: z.string(),
    steps: z
      .array(
        z.object({
          kind: z.enum(["nudge", "ask", "auto-end"]),
          at: z.number(),
          mentorAnswer: z.enum(["yes", "no"]).nullable(),
          menteeAnswer: z.enum(["yes", "no"]).nullable(),
        }),
      )
      .openapi({ description: "What was done about the pair since it last met, oldest first" }),
  })
  .openapi("PairHealth");

export const PairHealthPage = pageOf(PairHealthSchema, "PairHealthPage");

export const StillGoingSchema = z
  .object({
    partnerName: z.string(),
    programName: z.string(),
    answer: z.enum(["yes", "no"]).nullable().openapi({ description: "What this person answered, if they have" }),
    active: z.boolean().openapi({ description: "Whether the mentorship is still active" }),
  })
  .openapi("StillGoing");

export const StillGoingAnswer = z
  .object({ token: z.string().min(20).max(200), answer: z.enum(["yes", "no"]) })
  .openapi("StillGoingAnswer");

export const TokenParam = z.object({ token: z.string().min(20).max(200) });
