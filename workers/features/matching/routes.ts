/**
 * @module features/matching/routes
 * A program's matching, for its managers and admins: criteria and mode, runs (queued here, solved by
 * the matching queue's consumer), the admin's edits to a run, and publishing it.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { managedProgram } from "../programs/access";
import { publicOrigin } from "../../platform/config";
import { programs } from "../../db/schema";
import { matchSettingsOf } from "./repo/pool";
import {
  createRun,
  getRun,
  listRuns,
  proposalCount,
  proposalsOf,
  runMentors,
  UNMATCHED_PAGE,
  unmatchedOf,
  type MatchRun,
} from "./repo/runs";
import { publishConflicts, publishRun } from "../mentorships";
import type { Program } from "../programs/repo/programs";
import { ApiError, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { editRun } from "./edit";
import type { MatchMessage } from "./messages";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import {
  MatchRunListSchema,
  MatchRunSchema,
  MatchingSettingsSchema,
  MatchingSettingsUpdateSchema,
  PairEditSchema,
  PublishResultSchema,
  RunMentorsSchema,
  RunParams,
  RunQuery,
} from "./schemas";

const tags = ["Matching"];

async function managedRun(c: Context<AppEnv>, id: string, runId: string) {
  const program = await managedProgram(c.var, id);
  const run = await getRun(c.var.db, id, runId);
  if (!run) throw notFound("Run");
  return { program, run };
}

function settingsDto(p: Program): z.infer<typeof MatchingSettingsSchema> {
  const s = matchSettingsOf(p);
  return {
    mode: p.matchMode,
    weights: s.weights,
    department: s.department,
    seniority: { minGap: s.seniority.minGap, maxGap: s.seniority.maxGap },
    requireSharedLanguage: s.requireSharedLanguage,
    requestDays: p.requestDays,
    choiceClosesOn: p.choiceClosesOn,
  };
}

/** The run with one page of its pairs (those matching `q` when given) and everyone left over. */
async function runPage(c: Context<AppEnv>, run: MatchRun, query: z.infer<typeof RunQuery>) {
  const { page, pageSize, q, unmatchedPage } = query;
  const [pairs, totalPairs, unmatched] = await Promise.all([
    proposalsOf(c.var.db, run.id, { offset: (page - 1) * pageSize, limit: pageSize }, q),
    proposalCount(c.var.db, run.id, q),
    unmatchedOf(c.var.db, run.id, unmatchedPage),
  ]);
  const paging = { unmatchedPage, unmatchedPageSize: UNMATCHED_PAGE, totalUnmatched: run.unmatchedCount };
  return { ...summary(run), pairs, unmatched, page, pageSize, totalPairs, ...paging };
}

const summary = (r: MatchRun) => ({
  id: r.id,
  status: r.status,
  progress: r.progress,
  error: r.error,
  stats: { matched: r.matched, totalScore: r.totalScore },
  createdAt: r.createdAt,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
  publishedAt: r.publishedAt,
});

export const matchingRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/matching",
      tags,
      summary: "The program's matching mode and criteria",
      request: { params: IdParam },
      responses: { 200: json(MatchingSettingsSchema, "Mode and criteria"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => c.json(settingsDto(await managedProgram(c.var, c.req.valid("param").id)), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/programs/{id}/matching",
      tags,
      summary: "Change the matching mode and criteria (weights 0–10; 0 ignores a criterion)",
      request: { params: IdParam, ...jsonBody(MatchingSettingsUpdateSchema) },
      responses: {
        200: json(MatchingSettingsSchema, "Mode and criteria as saved"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const program = await managedProgram(c.var, c.req.valid("param").id);
      const next = { ...settingsDto(program), ...c.req.valid("json") };
      const [saved] = await c.var.db
        .update(programs)
        .set({
          matchMode: next.mode,
          matchSettings: {
            weights: next.weights,
            department: next.department,
            seniority: next.seniority,
            requireSharedLanguage: next.requireSharedLanguage,
          },
          requestDays: next.requestDays,
          choiceClosesOn: next.choiceClosesOn,
          updatedAt: Date.now(),
        })
        .where(eq(programs.id, program.id))
        .returning();
      return c.json(settingsDto(saved!), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/match-runs",
      tags,
      summary: "Start a matching run; it is solved in the background (poll the run for its progress)",
      request: { params: IdParam },
      responses: {
        202: json(z.object({ id: z.string() }).openapi("MatchRunCreated"), "The run, queued"),
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const program = await managedProgram(c.var, c.req.valid("param").id);
      const [busy] = await c.var.db.all<{ id: string }>(
        sql`SELECT id FROM match_runs WHERE program_id = ${program.id} AND status IN ('queued', 'running') LIMIT 1`,
      );
      if (busy) throw new ApiError(409, "run_in_progress", "A run of this program is already under way.");
      const run = await createRun(c.var.db, program.id, c.var.user!.id);
      await (c.env.MATCH_QUEUE as Queue<MatchMessage>).send({ kind: "run", runId: run.id });
      return c.json({ id: run.id }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/match-runs",
      tags,
      summary: "The program's recent runs, newest first",
      request: { params: IdParam },
      responses: { 200: json(MatchRunListSchema, "Runs"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const program = await managedProgram(c.var, c.req.valid("param").id);
      const runs = await listRuns(c.var.db, program.id);
      return c.json({ items: runs.map((r) => ({ ...summary(r), unmatchedCount: r.unmatchedCount })) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/match-runs/{runId}",
      tags,
      summary: "A run: its status and progress, then its pairs with scores and reasons, and who is left and why",
      request: { params: RunParams, query: RunQuery },
      responses: { 200: json(MatchRunSchema, "The run"), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { id, runId } = c.req.valid("param");
      const { run } = await managedRun(c, id, runId);
      return c.json(await runPage(c, run, c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/match-runs/{runId}/pairs",
      tags,
      summary: "Edit a finished run before publishing: lock, unlock, remove, ban, assign or swap",
      description: "Answers with the run as `GET` does, for the page and filter given in the query.",
      request: { params: RunParams, query: RunQuery, ...jsonBody(PairEditSchema) },
      responses: {
        200: json(MatchRunSchema, "The run after the edit"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { id, runId } = c.req.valid("param");
      const { program, run } = await managedRun(c, id, runId);
      await editRun(c.var.db, program, run, c.req.valid("json"));
      const after = (await getRun(c.var.db, id, runId))!;
      return c.json(await runPage(c, after, c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/match-runs/{runId}/publish",
      tags,
      summary: "Publish a finished run: its pairs become active mentorships and both people are told by email",
      request: { params: RunParams },
      responses: {
        200: json(PublishResultSchema, "Published"),
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { id, runId } = c.req.valid("param");
      const { run } = await managedRun(c, id, runId);
      if (run.status !== "done") throw new ApiError(409, "run_not_done", "The run has not finished yet.");
      if (run.publishedAt) throw new ApiError(409, "run_published", "The run is already published.");
      const conflicts = await publishConflicts(c.var.db, run.id);
      if (conflicts.length) {
        throw new ApiError(
          409,
          "pairs_conflict",
          `${conflicts.length} pair(s) can no longer be made; remove or reassign them, then publish.`,
          Object.fromEntries(conflicts.map((x) => [x.menteeId, x.reason])),
        );
      }
      const published = await publishRun(c.var.db, run.id, Date.now());
      if (published === null) throw new ApiError(409, "run_published", "The run is already published.");
      await (c.env.MATCH_QUEUE as Queue<MatchMessage>).send({
        kind: "announce",
        runId: run.id,
        origin: publicOrigin(c.var.config, c.req.url),
      });
      return c.json({ published }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/match-runs/{runId}/mentors",
      tags,
      summary: "The program's mentors with their free seats and how many mentees the run gives each (for assigning)",
      request: { params: RunParams },
      responses: { 200: json(RunMentorsSchema, "Mentors"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { id, runId } = c.req.valid("param");
      const { program, run } = await managedRun(c, id, runId);
      const rows = await runMentors(c.var.db, run, program.defaultCapacity);
      return c.json({ items: rows.map((r) => ({ ...r, paused: !!r.paused })) }, 200);
    },
  );
