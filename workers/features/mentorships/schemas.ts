/** @module features/mentorships/schemas — a mentorship as each person sees it, and as its program's managers list it. */
import { z } from "@hono/zod-openapi";
import { END_REASONS } from "../../domain/mentorship";
import { MENTORSHIP_STATUSES } from "../../domain/statuses";

const Partner = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable().openapi({ description: "Null once the mentorship ended early or they withdrew" }),
  department: z.string(),
  title: z.string(),
  timezone: z.string(),
});
export const MentorshipSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    programName: z.string(),
    status: z.enum(["proposed", "active", "completed", "ended"]),
    role: z.enum(["mentor", "mentee"]).openapi({ description: "Your role in it" }),
    partner: Partner,
    score: z.number().nullable(),
    reasons: z.array(z.string()).openapi({ description: "Why you were matched, in your words" }),
    watchOut: z.array(z.string()).openapi({ description: "Weak points of the pair, never among the reasons" }),
    startedAt: z.number().nullable(),
    endedAt: z.number().nullable(),
    endReason: z.string().nullable(),
    recentMilestones: z
      .array(z.object({ title: z.string(), goal: z.string(), doneAt: z.number() }))
      .openapi({ description: "Milestones reached in the last two weeks, newest first" }),
  })
  .openapi("Mentorship");

export const ProgramMentorship = z
  .object({
    id: z.string(),
    status: z.enum(MENTORSHIP_STATUSES),
    source: z.enum(["match", "request", "event"]),
    score: z.number().nullable(),
    startedAt: z.number().nullable(),
    endedAt: z.number().nullable(),
    endReason: z.string().nullable(),
    endNote: z.string().nullable().openapi({ description: "What the person who ended it wrote, for organisers" }),
    mentorId: z.string(),
    mentorName: z.string(),
    mentorEmail: z.string(),
    menteeId: z.string(),
    menteeName: z.string(),
    menteeEmail: z.string(),
  })
  .openapi("ProgramMentorship");

export const EndSchema = z
  .object({
    reason: z.enum(Object.keys(END_REASONS) as [keyof typeof END_REASONS, ...(keyof typeof END_REASONS)[]]),
    note: z.string().trim().max(1000).default(""),
  })
  .openapi("MentorshipEnd");

export const ProgramParam = z.object({ programId: z.string().min(1).max(64) });

export const NextStepSchema = z
  .object({
    kind: z.enum(["reply-request", "answer-survey", "rate-cycle", "do-training", "meet"]).openapi({
      description:
        "Most urgent first: a mentee's request waiting for your answer, an open survey, a rotation cycle to rate, a training module your program requires before matching, a running mentorship with no meeting planned",
    }),
    title: z.string().openapi({
      description: "Who or what it is about: the mentee, the survey, the program, the module, the partner",
    }),
    href: z.string().openapi({ description: "The app's page where it is done" }),
    dueAt: z.number().nullable().openapi({ description: "The request's deadline or the survey's close (epoch ms)" }),
    since: z
      .number()
      .nullable()
      .openapi({ description: "For `meet`: the last meeting (epoch ms), null when the pair has not met yet" }),
    cycle: z.number().nullable().openapi({ description: "For `rate-cycle`: the cycle's number" }),
  })
  .openapi("NextStep");
