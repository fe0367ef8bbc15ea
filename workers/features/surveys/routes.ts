/**
 * @module features/surveys/routes
 * Surveys: program managers build them (from templates or question by question) and read the results;
 * an event's hosts read its follow-up survey. Answering is in features/surveys/answer-routes.
 */
import type { SurveyQuestion } from "../../domain/surveys/types";
import { questionProblems } from "../../domain/surveys/questions";
import { surveyResults } from "../../domain/surveys/results";
import { TEMPLATES, templateByKey } from "../../domain/surveys/templates";
import type { DB } from "../../platform/db";
import { ApiError, badRequest } from "../../platform/errors";

import { router } from "../../platform/validate";
import { IdParam, itemsOf, json, refusals } from "../../platform/schemas";
import { programRoutesFor } from "../programs";
import { eventHost, surveyManager } from "./access";
import {
  answersOf,
  createSurvey,
  hasResponses,
  surveysOf,
  surveysWithRates,
  updateSurvey,
  type Survey,
  type SurveyOwner,
} from "./repo/surveys";
import { orderTexts } from "./text-order";
import { ResultsSchema, SurveyCreateSchema, SurveySchema, SurveyUpdateSchema, TemplateSchema } from "./schemas";
import { audit } from "../audit";

const { route, publicRoute, managerRoute } = programRoutesFor(["Surveys"]);
const surveyRoute = route.with({ middleware: [surveyManager] as const, params: IdParam });

const rate = (invited: number, responded: number) => (invited ? Math.round((responded / invited) * 100) / 100 : null);

function dto(s: Survey, counts?: { invited: number; responded: number }) {
  const invited = counts?.invited ?? 0;
  const responded = counts?.responded ?? 0;
  return {
    id: s.id,
    title: s.title,
    template: s.template,
    questions: s.questions,
    trigger: s.trigger,
    openDays: s.openDays,
    anonymous: s.anonymous,
    active: s.active,
    invited,
    responded,
    responseRate: rate(invited, responded),
  };
}

function checkQuestions(questions: SurveyQuestion[] | undefined) {
  const problems = questions ? questionProblems(questions) : {};
  if (Object.keys(problems).length) throw badRequest("invalid_input", "Some questions need attention.", problems);
}

/** A program's or an event's surveys, each with its response rate. */
async function listOf(db: DB, owner: SurveyOwner) {
  const [rows, counts] = await Promise.all([surveysOf(db, owner), surveysWithRates(db, owner)]);
  return {
    items: rows.map((s) =>
      dto(
        s,
        counts.find((x) => x.id === s.id),
      ),
    ),
  };
}

const ownerOf = (s: Survey): SurveyOwner => (s.programId ? { programId: s.programId } : { eventId: s.eventId ?? "" });

/** Mounted at `/surveys/templates`. */
export const surveyTemplateRoutes = router().openapi(
  publicRoute.get("/", "Ready-made surveys to start from", {
    // The same built-in questions for everyone.
    responses: { 200: json(itemsOf(TemplateSchema, "SurveyTemplates"), "Templates") },
  }),
  (c) => c.json({ items: TEMPLATES }, 200),
);

/** Mounted at `/programs/:id/surveys`. */
export const programSurveyRoutes = router()
  .openapi(
    managerRoute.get("/", "A program's surveys with their response rates (managers)", {
      responses: { 200: json(itemsOf(SurveySchema, "SurveyList"), "Surveys"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await listOf(c.var.db, { programId: c.var.program.id }), 200),
  )
  .openapi(
    managerRoute.post("/", "Add a survey to a program, from a template or from scratch (managers)", {
      body: SurveyCreateSchema,
      responses: { 201: json(SurveySchema, "The survey"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const { template: key, ...fields } = c.req.valid("json");
      const template = key ? templateByKey(key) : null;
      if (key && !template)
        throw badRequest("invalid_input", "Some fields are not valid.", { template: "No such template." });
      const input = {
        title: fields.title ?? template?.title,
        questions: fields.questions ?? template?.questions,
        trigger: fields.trigger ?? template?.trigger,
        openDays: fields.openDays ?? 14,
        anonymous: fields.anonymous ?? template?.anonymous ?? false,
        template: template?.key ?? "custom",
      };
      const missing = (["title", "questions", "trigger"] as const).filter((k) => input[k] === undefined);
      if (missing.length) {
        throw badRequest(
          "invalid_input",
          "Some fields are not valid.",
          Object.fromEntries(missing.map((k) => [k, "Required without a template."])),
        );
      }
      checkQuestions(input.questions);
      const survey = await createSurvey(
        c.var.db,
        { programId: c.var.program.id },
        input as Parameters<typeof createSurvey>[2],
      );
      await audit(c, "survey.added", {
        programId: c.var.program.id,
        targetId: survey.id,
        detail: { template: input.template },
      });
      return c.json(dto(survey), 201);
    },
  );

/** Mounted at `/events/:id/surveys`. */
export const eventSurveyRoutes = router().openapi(
  route.get("/", "An event's follow-up survey(s) with their response rates (the event's hosts, admins)", {
    middleware: [eventHost] as const,
    params: IdParam,
    responses: { 200: json(itemsOf(SurveySchema), "Surveys"), ...refusals(401, 404) },
  }),
  async (c) => c.json(await listOf(c.var.db, { eventId: c.req.valid("param").id }), 200),
);

/** Mounted at `/surveys/:id`. */
export const surveyRoutes = router()
  .openapi(
    surveyRoute.patch(
      "/",
      "Change a survey, or turn it off with `active: false` (managers); questions and anonymity only before any answer",
      {
        body: SurveyUpdateSchema,
        responses: { 200: json(SurveySchema, "The survey"), ...refusals(400, 401, 404, 409) },
      },
    ),
    async (c) => {
      const { survey } = c.var;
      const changes = c.req.valid("json");
      checkQuestions(changes.questions);
      const [counts] = await surveysWithRates(c.var.db, ownerOf(survey)).then((r) =>
        r.filter((x) => x.id === survey.id),
      );
      if (changes.questions && (counts?.responded ?? 0) > 0) {
        throw new ApiError(409, "has_answers", "People have answered: the questions stay as they were asked.");
      }
      if (changes.anonymous !== undefined && changes.anonymous !== survey.anonymous) {
        // Named after anonymous answers would show them one by one; anonymous after named ones would mislead.
        if (await hasResponses(c.var.db, survey.id)) {
          throw new ApiError(409, "has_answers", "People have answered: the survey stays as anonymous as it was.");
        }
      }
      if (Object.keys(changes).length === 0) return c.json(dto(survey, counts), 200);
      const saved = await updateSurvey(c.var.db, survey.id, changes);
      await audit(c, "survey.changed", {
        programId: survey.programId,
        targetId: survey.id,
        detail: { fields: Object.keys(changes).sort() },
      });
      return c.json(dto(saved, counts), 200);
    },
  )
  .openapi(
    surveyRoute.get(
      "/results",
      "Response rate, averages, NPS, distributions and free text (managers; an event survey's hosts)",
      {
        description:
          "An anonymous survey shows nothing (`hidden`) until five people answered. A breakdown shows only groups of five or more answers, the smaller ones merged into `other` if together five or more, else no group at all; a question that a shown group has one to four answers to shows only each group's count. Written answers come in an order that is stable per survey and says nothing about who answered when.",
        responses: { 200: json(ResultsSchema, "Results"), ...refusals(401, 404) },
      },
    ),
    async (c) => {
      const { survey } = c.var;
      const { rows, invited } = await answersOf(c.var.db, survey.id);
      const results = await orderTexts(
        c.env.JWT_SECRET,
        survey.id,
        surveyResults(
          survey.questions,
          rows.map((r) => ({ role: r.role, answers: JSON.parse(r.answers) as Record<string, unknown> })),
          survey.anonymous,
        ),
      );
      return c.json({ title: survey.title, invited, responseRate: rate(invited, results.responses), ...results }, 200);
    },
  );
