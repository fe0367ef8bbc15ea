/**
 * @module features/matching/routes
 * A program's matching, for its managers and admins: criteria and mode, runs (queued here, solved by
 * the matching queue's consumer), the admin's edits to a run, and publishing it.
 */
import { z } from "@hono/zod-openapi";
import { pick } from "es-toolkit";
import { publicOrigin } from "../../platform/config";
import type { RequestVars } from "../../platform/env";
import { ApiError } from "../../platform/errors";
import { json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { publishConflicts, publishRun } from "../mentorships";
import { programRoutesFor, type Program } from "../programs";
import { onManagedRun } from "./access";
import { editRun } from "./edit";
import type { MatchMessage } from "./messages";
import { matchSettingsOf } from "./repo/pool";
import {
  createRun,
  getRun,
  listRuns,
  proposalCount,
  proposalsOf,
  runMentors,
  runUnderWay,
  UNMATCHED_PAGE,
  unmatchedOf,
  type MatchRun,
} from "./repo/runs";
import { saveMatchSettings } from "./repo/settings";
import {
  MatchRunListSchema,
  MatchRunSchema,
  MatchingSettingsSchema,
  MatchingSettingsUpdateSchema,
  PairEditSchema,
  PublishResultSchema,
  RunMentorsSchema,
  RunQuery,
} from "./schemas";
import { audit, auditStatementWhen } from "../audit";

const { route, managerRoute } = programRoutesFor(["Matching"]);
const runRoute = route.with(onManagedRun);

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
async function runPage(v: Pick<RequestVars, "db">, run: MatchRun, query: z.infer<typeof RunQuery>) {
  const { page, pageSize, q, unmatchedPage } = query;
  const [pairs, totalPairs, unmatched] = await Promise.all([
    proposalsOf(v.db, run.id, { offset: (page - 1) * pageSize, limit: pageSize }, q),
    proposalCount(v.db, run.id, q),
    unmatchedOf(v.db, run.id, unmatchedPage),
  ]);
  const paging = { unmatchedPage, unmatchedPageSize: UNMATCHED_PAGE, totalUnmatched: run.unmatchedCount };
  return { ...summary(run), pairs, unmatched, page, pageSize, totalPairs, ...paging };
}

const SHOWN = ["id", "status", "progress", "error", "createdAt", "startedAt", "finishedAt", "publishedAt"] as const;
const summary = (r: MatchRun) => ({ ...pick(r, SHOWN), stats: { matched: r.matched, totalScore: r.totalScore } });

export const matchingRoutes = router()
  .openapi(
    managerRoute.get("/matching", "The program's matching mode and criteria", {
      responses: { 200: json(MatchingSettingsSchema, "Mode and criteria"), ...refusals(401, 404) },
    }),
    async (c) => c.json(settingsDto(c.var.program), 200),
  )
  .openapi(
    managerRoute.put("/matching", "Change the matching mode and criteria (weights 0–10; 0 ignores a criterion)", {
      body: MatchingSettingsUpdateSchema,
      responses: { 200: json(MatchingSettingsSchema, "Mode and criteria as saved"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const next = { ...settingsDto(c.var.program), ...c.req.valid("json") };
      const saved = await saveMatchSettings(
        c.var.db,
        c.var.program.id,
        {
          matchMode: next.mode,
          matchSettings: {
            weights: next.weights,
            department: next.department,
            seniority: next.seniority,
            requireSharedLanguage: next.requireSharedLanguage,
          },
          requestDays: next.requestDays,
          choiceClosesOn: next.choiceClosesOn,
        },
        Date.now(),
      );
      await audit(c, "matching.settings_changed", {
        programId: saved.id,
        detail: { fields: Object.keys(c.req.valid("json")).sort() },
      });
      return c.json(settingsDto(saved), 200);
    },
  )
  .openapi(
    managerRoute.post(
      "/match-runs",
      "Start a matching run; it is solved in the background (poll the run for its progress)",
      {
        responses: {
          202: json(z.object({ id: z.string() }).openapi("MatchRunCreated"), "The run, queued"),
          ...refusals(401, 404, 409),
        },
      },
    ),
    async (c) => {
      const { me, program } = c.var;
      if (await runUnderWay(c.var.db, program.id)) {
        throw new ApiError(409, "run_in_progress", "A run of this program is already under way.");
      }
      const run = await createRun(c.var.db, program.id, me.id);
      await audit(c, "match_run.started", { programId: program.id, targetId: run.id });
      const message: MatchMessage = { kind: "run", runId: run.id };
      await c.env.MATCH_QUEUE.send(message);
      return c.json({ id: run.id }, 202);
    },
  )
  .openapi(
    managerRoute.get("/match-runs", "The program's recent runs, newest first", {
      responses: { 200: json(MatchRunListSchema, "Runs"), ...refusals(401, 404) },
    }),
    async (c) => {
      const runs = await listRuns(c.var.db, c.var.program.id);
      return c.json({ items: runs.map((r) => ({ ...summary(r), unmatchedCount: r.unmatchedCount })) }, 200);
    },
  )
  .openapi(
    runRoute.get(
      "/match-runs/{runId}",
      "A run: its status and progress, then its pairs with scores and reasons, and who is left and why",
      { query: RunQuery, responses: { 200: json(MatchRunSchema, "The run"), ...refusals(400, 401, 404) } },
    ),
    async (c) => c.json(await runPage(c.var, c.var.run, c.req.valid("query")), 200),
  )
  .openapi(
    runRoute.post(
      "/match-runs/{runId}/pairs",
      "Edit a finished run before publishing: lock, unlock, remove, ban, assign or swap",
      {
        description: "Answers with the run as `GET` does, for the page and filter given in the query.",
        query: RunQuery,
        body: PairEditSchema,
        responses: { 200: json(MatchRunSchema, "The run after the edit"), ...refusals(400, 401, 404, 409) },
      },
    ),
    async (c) => {
      const { program, run } = c.var;
      const edit = c.req.valid("json");
      await editRun(c.var.db, program, run, edit);
      await audit(c, "match_run.pairs_edited", {
        programId: program.id,
        targetId: run.id,
        detail: { edit: edit.action },
      });
      const after = (await getRun(c.var.db, program.id, run.id))!;
      return c.json(await runPage(c.var, after, c.req.valid("query")), 200);
    },
  )
  .openapi(
    runRoute.post(
      "/match-runs/{runId}/publish",
      "Publish a finished run: its pairs become active mentorships and both people are told by email",
      { responses: { 200: json(PublishResultSchema, "Published"), ...refusals(401, 404, 409) } },
    ),
    async (c) => {
      const { run } = c.var;
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
      const record = auditStatementWhen(c, "match_run.published", { programId: run.programId, targetId: run.id });
      const published = await publishRun(c.var.db, run.id, Date.now(), record);
      if (published === null) throw new ApiError(409, "run_published", "The run is already published.");
      const message: MatchMessage = { kind: "announce", runId: run.id, origin: publicOrigin(c.var.config, c.req.url) };
      await c.env.MATCH_QUEUE.send(message);
      return c.json({ published }, 200);
    },
  )
  .openapi(
    runRoute.get(
      "/match-runs/{runId}/mentors",
      "The program's mentors with their free seats and how many mentees the run gives each (for assigning)",
      { responses: { 200: json(RunMentorsSchema, "Mentors"), ...refusals(401, 404) } },
    ),
    async (c) => {
      const { program, run } = c.var;
      const rows = await runMentors(c.var.db, run, program.defaultCapacity);
      return c.json({ items: rows.map((r) => ({ ...r, paused: !!r.paused })) }, 200);
    },
  );
