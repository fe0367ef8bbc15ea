/**
 * @module features/insights/routes
 * Whether a program works, for its managers and admins: one read of a few statements, whatever the
 * program's size (features/insights/repo), computed in domain/insights.
 */
import { PageQuery, json, refusals } from "../../platform/schemas";

import { csvDownload, csvFile } from "../../platform/csv-http";
import { router } from "../../platform/validate";
import { cohortOf } from "../../domain/insights/cohort";
import { insightsCsv } from "../../domain/insights/csv";
import type { DB } from "../../platform/db";
import { programRoutesFor, type Program } from "../programs";
import { attentionRows } from "../health";
import { computeInsights } from "../../domain/insights/compute";
import { overviewOf } from "../../domain/insights/overview";

import { programSummaries, programsPage } from "./repo/overview";
import { insightRows } from "./repo/program";
import { InsightsCsvQuery, InsightsQuery, InsightsSchema, OverviewPage } from "./schemas";

const DAY = 86_400_000;
const DEFAULT_WEEKS = 12;

/** The series' range: whole days, `to` inclusive, 12 weeks up to today unless asked. */
export function rangeOf(q: { from?: string; to?: string }, now: number) {
  const to = q.to ? Date.parse(q.to) + DAY - 1 : now;
  const from = q.from ? Date.parse(q.from) : to - DEFAULT_WEEKS * 7 * DAY;
  return { from, to };
}

const { signedInRoute, managerRoute } = programRoutesFor(["Insights"]);

/** Mounted at `/insights`. */
export const insightRoutes = router().openapi(
  signedInRoute.get(
    "/",
    "The organiser's home: each program's numbers and its next step (admins: every program; managers: theirs)",
    {
      description: "Anyone else gets an empty list.",
      query: PageQuery,
      responses: { 200: json(OverviewPage, "A page of programs, by name"), ...refusals(400, 401) },
    },
  ),
  async (c) => {
    const { me } = c.var;
    const { page, pageSize } = c.req.valid("query");
    const scope = me.isAdmin ? { all: true as const } : { ids: me.managedProgramIds };
    const now = Date.now();
    const found = await programsPage(c.var.db, scope, page, pageSize);
    const summaries = await programSummaries(c.var.db, found.programs, now);
    return c.json({ items: summaries.map((s) => overviewOf(s, now)), total: found.total, page, pageSize }, 200);
  },
);

/** Mounted at `/programs/:id`. */
export const programInsightRoutes = router()
  .openapi(
    managerRoute.get(
      "/insights",
      "Whether the program works: funnel, matching, engagement, satisfaction, health, trends and reach",
      {
        description:
          "Figures about one to four people by an attribute or an answer are null and listed in `suppressed`; " +
          "`from` and `to` bound the weekly series; `cohort` keeps the people who signed up in that month and " +
          "their pairs (meetings and answers by week stay the program's).",
        query: InsightsQuery,
        responses: { 200: json(InsightsSchema, "The program's insights"), ...refusals(400, 401, 404) },
      },
    ),
    async (c) => c.json(await insightsOf(c.var.db, c.var.program, c.req.valid("query"), Date.now()), 200),
  )
  .openapi(
    managerRoute.get(
      "/insights.csv",
      "One table of the program's insights as CSV: funnel, breakdowns, weekly series, or the pairs that need attention",
      {
        query: InsightsCsvQuery,
        responses: {
          200: csvFile("The table"),
          ...refusals(400, 401, 404),
        },
      },
    ),
    async (c) => {
      const { table, ...query } = c.req.valid("query");
      const now = Date.now();
      const insights = await insightsOf(c.var.db, c.var.program, query, now);
      const attention = table === "health" ? await attentionRows(c.var.db, c.var.program.id, now) : [];
      return c.body(insightsCsv(insights, table, attention), 200, csvDownload(`insights-${table}.csv`));
    },
  );

/** The program's insights for a range and, if asked, one cohort. */
async function insightsOf(
  db: DB,
  program: Program,
  query: { from?: string; to?: string; cohort?: string },
  now: number,
) {
  const range = rangeOf(query, now);
  const all = await insightRows(db, program.id, range, now);
  const rows = query.cohort ? cohortOf(all, query.cohort) : all;
  const policy = { quietDays: program.quietDays, stalledDays: program.stalledDays };
  return { ...computeInsights(rows, range, now, policy), cohort: query.cohort ?? null };
}
