/** @module features/requests/schemas — suggestions and mentor requests (mentee's-choice matching). */
import { z } from "@hono/zod-openapi";
import { REQUEST_STATUSES } from "../../domain/statuses";
import { PersonSchema, Skill } from "../people";

/** A person as matching sees them: their profile, and what they offer, seek and hope for. */
const Profile = PersonSchema.omit({ email: true }).extend({
  skillsOffered: z.array(Skill),
  skillsSought: z.array(Skill),
  goals: z.string(),
  format: z.string().nullable(),
});

export const SuggestionsSchema = z
  .object({
    me: Profile,
    requestDays: z.number(),
    suggestions: z.array(
      z.object({
        mentor: Profile.extend({ seatsLeft: z.number() }),
        score: z.number(),
        breakdown: z
          .record(z.string(), z.number())
          .openapi({ description: "Points per criterion, summing to the score" }),
        reasons: z.array(z.string()).openapi({ description: "Why they fit you" }),
        watchOut: z.array(z.string()).openapi({ description: "Weak points, never among the reasons" }),
        shared: z.object({
          skills: z.array(z.string()),
          languages: z.array(z.string()),
          department: z.boolean(),
          location: z.boolean(),
          timezone: z.boolean(),
        }),
      }),
    ),
  })
  .openapi("Suggestions");

export const RequestCreateSchema = z
  .object({
    mentorIds: z
      .array(z.string().min(1).max(64))
      .min(1, "Choose at least one mentor.")
      .max(3, "Choose at most three mentors.")
      .refine((ids) => new Set(ids).size === ids.length, "Choose each mentor once."),
    message: z.string().trim().max(1000).default(""),
  })
  .openapi("MentorRequestCreate");

const Person = z.object({ id: z.string(), name: z.string(), title: z.string(), department: z.string() });
const RequestBase = {
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  rank: z.number(),
  status: z.enum(REQUEST_STATUSES),
  message: z.string(),
  sentAt: z.number().nullable(),
  deadlineAt: z.number().nullable(),
  respondedAt: z.number().nullable(),
  chainStartedAt: z
    .number()
    .openapi({ description: "When the mentee sent the ranked choices; the same for one chain" }),
};

/** A page of the requests waiting for me: `cursor` is the `next` of the page before. */
export const MyRequestsQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,15}:[\w-]{1,64}$/, "Not a cursor this list gave.")
    .optional()
    .openapi({ description: "The `next` of the page before; leave out for the first page" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const MyRequestsSchema = z
  .object({
    sent: z.array(z.object({ ...RequestBase, mentor: Person })),
    received: z.array(
      z.object({
        ...RequestBase,
        mentee: Person,
        goals: z.string(),
        reasons: z.array(z.string()),
        watchOut: z.array(z.string()).openapi({ description: "Weak points of the pair, never among the reasons" }),
      }),
    ),
    next: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page of `received`; null on the last page" }),
    waiting: z
      .array(z.object({ programId: z.string(), count: z.number().int() }))
      .openapi({ description: "How many requests wait for your answer, per program, on every page" }),
  })
  .openapi("MyRequests");

export const ResponseTimesSchema = z
  .object({
    items: z.array(
      z.object({
        mentorId: z.string(),
        name: z.string(),
        email: z.string(),
        received: z.number(),
        accepted: z.number(),
        declined: z.number(),
        lapsed: z.number(),
        pending: z.number(),
        averageHours: z.number().nullable().openapi({ description: "Average time to answer, in hours" }),
        pausedAt: z.number().nullable(),
        pausedBecause: z.string().nullable(),
      }),
    ),
  })
  .openapi("MentorResponseTimes");
