/** @module features/matching/schemas — matching settings, runs, proposals and their edits. */
import { z } from "@hono/zod-openapi";
import { MATCH_MODES } from "../../domain/kinds";
import { MATCH_RUN_STATUSES } from "../../domain/statuses";
import { CRITERIA } from "../../domain/matching/score";

const weight = z.number().int().min(0).max(10);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.");

export const MatchingSettingsSchema = z
  .object({
    mode: z.enum(MATCH_MODES).openapi({
      description:
        "admin: the admin runs matching; choice: mentees request mentors; both: a run for who did not choose",
    }),
    weights: z.object(
      Object.fromEntries(CRITERIA.map((c) => [c, weight])) as Record<(typeof CRITERIA)[number], typeof weight>,
    ),
    department: z.enum(["same", "different", "ignore"]),
    seniority: z
      .object({ minGap: z.number().int().min(0).max(40), maxGap: z.number().int().min(0).max(60).nullable() })
      .refine((s) => s.maxGap === null || s.maxGap >= s.minGap, {
        message: "The largest gap is smaller than the smallest.",
        path: ["maxGap"],
      }),
    requireSharedLanguage: z.boolean(),
    requestDays: z.number().int().min(1).max(30).openapi({ description: "Days a mentor has to answer a request" }),
    choiceClosesOn: day.nullable().openapi({ description: "In `both` mode, the last day mentees choose" }),
  })
  .openapi("MatchingSettings");

export const MatchingSettingsUpdateSchema = MatchingSettingsSchema.partial().openapi("MatchingSettingsUpdate");

const Pair = z
  .object({
    mentorId: z.string(),
    menteeId: z.string(),
    mentorEmail: z.string(),
    menteeEmail: z.string(),
    mentorName: z.string(),
    menteeName: z.string(),
    score: z.number().openapi({ description: "0–100" }),
    reasons: z.array(z.string()).openapi({ description: 'Why they fit, for the organiser: "Both care about …"' }),
    watchOut: z
      .array(z.string())
      .openapi({ description: 'Weak points of the pair, never among the reasons: "No shared working hours"' }),
    locked: z.boolean(),
  })
  .openapi("MatchPair");

const Unmatched = z
  .object({ personId: z.string(), email: z.string(), name: z.string(), reason: z.string() })
  .openapi("Unmatched");

const RunSummary = {
  id: z.string(),
  status: z.enum(MATCH_RUN_STATUSES),
  progress: z.string().openapi({ description: "What a queued or running run is doing" }),
  error: z.string().nullable(),
  stats: z.object({ matched: z.number(), totalScore: z.number() }),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  publishedAt: z.number().nullable(),
};

export const MatchRunListSchema = z
  .object({ items: z.array(z.object({ ...RunSummary, unmatchedCount: z.number() })) })
  .openapi("MatchRunList");

export const MatchRunSchema = z
  .object({
    ...RunSummary,
    pairs: z.array(Pair),
    unmatched: z.array(Unmatched),
    page: z.number(),
    pageSize: z.number(),
    totalPairs: z.number().openapi({ description: "Pairs in the run (matching `q` when given)" }),
    unmatchedPage: z.number(),
    unmatchedPageSize: z.number(),
    totalUnmatched: z.number().openapi({ description: "Everyone the run left without a mentor" }),
  })
  .openapi("MatchRun");

export const RunQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(10000).default(10000),
  unmatchedPage: z.coerce
    .number()
    .int()
    .min(1)
    .default(1)
    .openapi({ description: "Which page of the people left without a mentor (50 a page, by name)" }),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ description: "Only pairs whose mentor or mentee name or email contains this" }),
});

export const RunMentorsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        seatsLeft: z.number().openapi({ description: "Seats not taken by open mentorships" }),
        inRun: z.number().openapi({ description: "Mentees this run gives them" }),
        paused: z.boolean(),
      }),
    ),
  })
  .openapi("MatchRunMentors");

export const RunParams = z.object({ id: z.string().min(1).max(64), runId: z.string().min(1).max(64) });

const id = z.string().min(1).max(64);
export const PairEditSchema = z
  .discriminatedUnion("action", [
    z.object({ action: z.literal("lock"), menteeId: id }),
    z.object({ action: z.literal("unlock"), menteeId: id }),
    z.object({ action: z.literal("remove"), menteeId: id }),
    z.object({ action: z.literal("ban"), menteeId: id }),
    z.object({ action: z.literal("assign"), menteeId: id, mentorId: id }),
    z.object({ action: z.literal("swap"), menteeId: id, otherMenteeId: id }),
  ])
  .openapi("PairEdit", {
    description:
      "lock: keep this pair in re-runs; unlock; remove: leave the mentee unmatched in this run; ban: remove and never pair them again; assign: give the mentee this mentor (locked); swap: exchange two mentees' mentors",
  });

export const PublishResultSchema = z
  .object({ published: z.number().openapi({ description: "Mentorships made active" }) })
  .openapi("PublishResult");
