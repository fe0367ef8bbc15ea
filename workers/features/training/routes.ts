/**
 * @module features/training/routes
 * Training before matching: managers write modules (or add a starter and edit it); participants list
 * the modules for their role with where they stand, and take them. Answers are marked here, and a
 * failed attempt can be tried again.
 */
import { z } from "@hono/zod-openapi";
import { ApiError, badRequest } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { onManagedProgram } from "../programs";
import { concerns, mark } from "../../domain/training/modules";
import { STARTERS } from "../../domain/training/starters";
import { moduleGuard, trainingReader } from "./access";
import { renderMarkdown } from "../../platform/markdown";
import {
  deleteModule,
  insertModule,
  MAX_MODULES,
  modulesOf,
  passedCounts,
  recordAttempt,
  resultsOf,
  updateModule,
  type ModuleValues,
  type TrainingModule,
} from "./repo";
import {
  AttemptInput,
  AttemptResultSchema,
  ModuleInput,
  StarterInput,
  TrainingListSchema,
  TrainingModuleSchema,
} from "./schemas";

const route = routesFor(["Training"]).with({ params: IdParam });
const managerRoute = route.with(onManagedProgram);
const editRoute = route.with({ middleware: [moduleGuard({ edit: true })] as const });
const takerRoute = route.with({ middleware: [moduleGuard({ edit: false })] as const });
const saved = { 201: json(TrainingModuleSchema, "The module"), ...refusals(400, 401, 404, 409) };

/** A module as its program's managers see it: the answers, and how many have passed. */
const forManager = (m: TrainingModule, passed = 0) => ({
  ...m,
  guideHtml: renderMarkdown(m.guide),
  status: null,
  lastScore: null,
  passedCount: passed,
});

async function add(db: Parameters<typeof insertModule>[0], programId: string, values: ModuleValues) {
  const m = await insertModule(db, programId, values);
  if (!m) throw new ApiError(409, "too_many_modules", `A program holds at most ${MAX_MODULES} training modules.`);
  return forManager(m);
}

/** Mounted at `/programs/:id/training`. */
export const programTrainingRoutes = router()
  .openapi(
    route.get("/", "The program's training: all of it for managers, yours with your status", {
      middleware: [trainingReader] as const,
      responses: { 200: json(TrainingListSchema, "Training modules"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { db, program, role, me } = c.var;
      const all = await modulesOf(db, program.id);
      if (role === null) {
        const passed = await passedCounts(db, program.id);
        const items = all.map((m) => forManager(m, passed.get(m.id) ?? 0));
        const starters = STARTERS.map(({ key, title, audience }) => ({ key, title, audience }));
        return c.json({ items, manages: true, starters }, 200);
      }
      const mine = all.filter((m) => concerns(m.audience, role));
      const results = await resultsOf(
        db,
        me.id,
        mine.map((m) => m.id),
      );
      const items = mine.map((m) => {
        const r = results.get(m.id);
        return {
          ...m,
          guideHtml: renderMarkdown(m.guide),
          // The right answers stay on the server: marking happens there.
          questions: m.questions.map(({ prompt, options }) => ({ prompt, options })),
          status: r?.passedAt ? ("passed" as const) : r ? ("failed" as const) : ("todo" as const),
          lastScore: r?.lastScore ?? null,
          passedCount: null,
        };
      });
      return c.json({ items, manages: false, starters: [] }, 200);
    },
  )
  .openapi(
    managerRoute.post("/", "Add a training module (managers)", {
      body: ModuleInput,
      responses: saved,
    }),
    async (c) => c.json(await add(c.var.db, c.var.program.id, c.req.valid("json")), 201),
  )
  .openapi(
    managerRoute.post("/starters", "Add one of the starter modules, to edit (managers)", {
      body: StarterInput,
      responses: saved,
    }),
    async (c) => {
      const { key: _key, ...starter } = STARTERS.find((s) => s.key === c.req.valid("json").key)!;
      return c.json(await add(c.var.db, c.var.program.id, { ...starter, required: true }), 201);
    },
  );

/** Mounted at `/training/:id`. */
export const trainingRoutes = router()
  .openapi(
    editRoute.put("/", "Change a training module (the program's managers)", {
      body: ModuleInput,
      responses: { 200: json(TrainingModuleSchema, "The module"), ...refusals(400, 401, 403, 404) },
    }),
    async (c) => {
      const m = await updateModule(c.var.db, c.var.module.id, c.req.valid("json"));
      return c.json(forManager(m ?? c.var.module), 200);
    },
  )
  .openapi(
    editRoute.delete("/", "Remove a training module and its results (the program's managers)", {
      responses: { 200: json(z.object({ deleted: z.literal(true) }), "Removed"), ...refusals(401, 403, 404) },
    }),
    async (c) => {
      await deleteModule(c.var.db, c.var.module.id);
      return c.json({ deleted: true as const }, 200);
    },
  )
  .openapi(
    takerRoute.post("/attempts", "Take a module: answers are marked; a failed attempt can be retried", {
      body: AttemptInput,
      responses: { 200: json(AttemptResultSchema, "Marked"), ...refusals(400, 401, 403, 404) },
    }),
    async (c) => {
      const { module: m, me, db } = c.var;
      const { answers } = c.req.valid("json");
      if (answers.length !== m.questions.length) {
        throw badRequest("invalid_input", "Answer every question.", {
          answers: `Give ${m.questions.length} answers, one a question.`,
        });
      }
      const marked = mark(m.questions, m.passMark, answers);
      const r = await recordAttempt(db, m.id, me.id, marked.score, marked.passed ? Date.now() : null);
      const status = r.passed_at !== null ? ("passed" as const) : ("failed" as const);
      return c.json({ ...marked, attempts: r.attempts, status }, 200);
    },
  );
