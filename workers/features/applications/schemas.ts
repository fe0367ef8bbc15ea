/** @module features/applications/schemas — a mentor's application and a manager's decision on it. */
import { z } from "@hono/zod-openapi";
import { APPLICATION_STATUSES } from "../../domain/statuses";
import { pageOf } from "../../platform/schemas";

export const ApplicationInput = z
  .object({
    why: z.string().trim().min(1, "Say why you would like to mentor.").max(2000),
    experience: z.string().trim().min(1, "Describe your experience.").max(2000),
    topics: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  })
  .openapi("MentorApplicationInput");

export const ApplicationSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    name: z.string(),
    email: z.string(),
    why: z.string(),
    experience: z.string(),
    topics: z.array(z.string()),
    status: z.enum(APPLICATION_STATUSES),
    reason: z.string().nullable(),
    decidedAt: z.number().nullable(),
    createdAt: z.number(),
  })
  .openapi("MentorApplication");

export const ApplicationPage = pageOf(ApplicationSchema, "MentorApplicationPage");

export const ApplicationQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const DecisionInput = z
  .object({
    decision: z.enum(["accept", "decline"]),
    reason: z.string().trim().max(1000).default(""),
  })
  .refine((d) => d.decision === "accept" || d.reason.length > 0, {
    path: ["reason"],
    message: "Say why the application is declined; the mentor reads it.",
  })
  .openapi("MentorApplicationDecision");

export const DecideParams = z.object({
  id: z.string().min(1).max(64),
  applicationId: z.string().min(1).max(64),
});
