/** @module features/insights/schemas — a program's insights: what organisers see of whether it works. */
import { z } from "@hono/zod-openapi";
import { pageOf } from "../../platform/schemas";
import { INSIGHT_TABLES } from "../../domain/insights/csv";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-30.");
const MAX_WEEKS = 104;

const RangeFields = {
  from: day.optional().openapi({ description: "First day of the series (default: 12 weeks before `to`)" }),
  to: day.optional().openapi({ description: "Last day of the series (default: today)" }),
  cohort: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-11.")
    .optional()
    .openapi({ description: "Only the people who signed up in this month (UTC), and their pairs" }),
};

/** The checks of a range, on any query that carries one. */
const checkedRange = <T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) =>
  schema
    .refine((q) => !q.from || !Number.isNaN(Date.parse(q.from)), { path: ["from"], message: "Not a date." })
    .refine((q) => !q.to || !Number.isNaN(Date.parse(q.to)), { path: ["to"], message: "Not a date." })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "`to` comes on or after `from`." })
    .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= MAX_WEEKS * 7 * 86_400_000, {
      path: ["to"],
      message: `At most ${MAX_WEEKS} weeks at a time.`,
    });

export const InsightsQuery = checkedRange(z.object(RangeFields));
export const InsightsCsvQuery = checkedRange(
  z.object({ ...RangeFields, table: z.enum(INSIGHT_TABLES).openapi({ description: "Which table" }) }),
);

/** A count, or null where it is about one to four people (see `suppressed`). */
const count = z.number().int().nullable();
const rate = z.number().nullable().openapi({ description: "Percent with one decimal; null with nothing to divide" });
const BreakdownRow = z
  .object({
    value: z.string().nullable().openapi({ description: "null: the groups too small to show alone, together" }),
    people: count,
    matched: count,
  })
  .openapi("InsightsBreakdownRow");

export const InsightsSchema = z
  .object({
    range: z.object({ from: z.string(), to: z.string() }),
    cohort: z
      .string()
      .nullable()
      .openapi({ description: "The sign-up month the figures are about; null for everyone" }),
    funnel: z.object({
      signedUp: z.number().int(),
      confirmed: z.number().int(),
      matched: z.number().int(),
      metOnce: z.number().int(),
      active: z.number().int(),
      completed: z.number().int(),
      endedEarly: z.number().int(),
      endReasons: z
        .record(z.string(), count)
        .openapi({ description: "Pairs ended early by reason; small ones as `others`" }),
    }),
    matching: z.object({
      matchRate: rate,
      medianDaysToMatch: z.number().nullable(),
      waiting: z.number().int(),
      longestWaitDays: z.number().int().nullable(),
      seatsFree: z.number().int(),
      mentorsAtCapacity: z.number().int(),
    }),
    engagement: z.object({
      meetingsPerPairPerMonth: z.number().nullable(),
      metLast30Days: rate,
      goalsSet: z.number().int(),
      milestonesReached: z.number().int(),
      agreedPairs: z
        .number()
        .int()
        .openapi({ description: "Pairs (started) whose two people confirmed their agreement" }),
      events: z
        .object({ registered: z.number().int(), present: z.number().int(), mutualPicks: z.number().int() })
        .openapi({
          description:
            "The program's speed-mentoring events together: registrations, those who came, and pairs who picked each other",
        }),
      cycles: z
        .array(z.object({ cycle: z.number().int(), answers: count, averageRating: z.number().nullable() }))
        .openapi({ description: "A reverse program's started cycles and their partners' ratings (1–5)" }),
    }),
    satisfaction: z.object({
      invited: z.number().int(),
      responseRate: rate,
      averageRating: z.number().nullable(),
      nps: z.number().int().nullable(),
      byMonth: z
        .array(
          z.object({
            month: z.string().openapi({ description: "YYYY-MM" }),
            answers: count.openapi({ description: "Responses that gave a rating or a score" }),
            averageRating: z.number().nullable(),
            nps: z.number().int().nullable(),
          }),
        )
        .openapi({ description: "Each month of the range; figures of fewer than 5 answers are null" }),
    }),
    health: z.object({ healthy: z.number().int(), quiet: z.number().int(), stalled: z.number().int() }),
    series: z.array(
      z.object({
        week: z.string().openapi({ description: "The week's Monday" }),
        signups: z.number().int(),
        newPairs: z.number().int(),
        meetings: z.number().int(),
        answers: count,
      }),
    ),
    breakdowns: z.object({
      department: z.array(BreakdownRow),
      location: z.array(BreakdownRow),
      seniority: z.array(BreakdownRow),
      role: z.array(BreakdownRow),
    }),
    crossDepartmentShare: rate,
    suppressed: z.array(z.object({ cell: z.string(), reason: z.string() })),
  })
  .openapi("Insights");

const NextStepSchema = z
  .object({
    kind: z.enum(["match", "quiet-pairs", "requests", "survey", "share", "none"]),
    text: z.string(),
    action: z.string().nullable(),
    path: z.string().nullable().openapi({ description: "Where in the app the action is done" }),
  })
  .openapi("NextStep");

/** How many people, pairs or answers. */
const howMany = z.number().int();

export const ProgramOverviewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    matchMode: z.string(),
    joined: howMany,
    pending: howMany,
    mentees: howMany,
    matchedMentees: howMany,
    matchRate: rate,
    waiting: howMany,
    requestsWaiting: howMany,
    quiet: howMany,
    stalled: howMany,
    survey: z.object({ title: z.string(), invited: howMany, responded: howMany, closesAt: z.number() }).nullable(),
    surveyResponseRate: rate,
    nextEvent: z.object({ id: z.string(), title: z.string(), startsAt: z.number() }).nullable(),
    nextStep: NextStepSchema,
  })
  .openapi("ProgramOverview");

export const OverviewPage = pageOf(ProgramOverviewSchema, "ProgramOverviewPage");
