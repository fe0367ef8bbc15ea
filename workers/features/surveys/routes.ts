/**
 * @module features/surveys/routes
 * Surveys: program managers build them (from templates or question by question) and read the results;
 * an event's hosts read its follow-up survey. Answering is in features/surveys/answer-routes.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { managedProgram } from "../programs/access";
import { requireUser } from "../auth";
import { surveys } from "../../db/schema";
import type { SurveyQuestion } from "../../domain/surveys/types";
import { isHost } from "../events";
import { createSurvey, getSurvey, surveysWithRates, type Survey } from "./repo";
import { questionProblems } from "../../domain/surveys/questions";
import { surveyResults } from "../../domain/surveys/results";
import { orderTexts } from "./text-order";
import { TEMPLATES, templateByKey } from "../../domain/surveys/templates";
import { ApiError, badRequest, notFound } from "../../platform/errors";
import { NO_SESSION } from "../../platform/api-document";
import { router } from "../../platform/validate";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import { ResultsSchema, SurveyCreateSchema, SurveySchema, SurveyUpdateSchema, TemplateSchema } from "./schemas";

const tags = ["Surveys"];

/** A survey its program's managers (or its event's hosts) may see and change; 404 for anyone else. */
async function managedSurvey(c: Context<AppEnv>, id: string) {
  const user = requireUser(c.var.user);
  const survey = await getSurvey(c.var.db, id);
  if (!survey) throw notFound("Survey");
  if (survey.programId) await managedProgram(c.var, survey.programId);
  else if (!user.isAdmin && !(survey.eventId && (await isHost(c.var.db, survey.eventId, user.id)))) {
    throw notFound("Survey");
  }
  return survey;
}

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

export const surveyRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/surveys/templates",
      security: NO_SESSION, // the same built-in questions for everyone
      tags,
      summary: "Ready-made surveys to start from",
      responses: { 200: json(z.object({ items: z.array(TemplateSchema) }).openapi("SurveyTemplates"), "Templates") },
    }),
    (c) => c.json({ items: TEMPLATES }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/{id}/surveys",
      tags,
      summary: "A program's surveys with their response rates (managers)",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: z.array(SurveySchema) }).openapi("SurveyList"), "Surveys"),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const program = await managedProgram(c.var, c.req.valid("param").id);
      const [rows, counts] = await Promise.all([
        c.var.db.select().from(surveys).where(eq(surveys.programId, program.id)),
        surveysWithRates(c.var.db, { programId: program.id }),
      ]);
      return c.json(
        {
          items: rows.map((s) =>
            dto(
              s,
              counts.find((x) => x.id === s.id),
            ),
          ),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{id}/surveys",
      tags,
      summary: "An event's follow-up survey(s) with their response rates (the event's hosts, admins)",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: z.array(SurveySchema) }), "Surveys"),
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const { id } = c.req.valid("param");
      if (!user.isAdmin && !(await isHost(c.var.db, id, user.id))) throw notFound("Event");
      const [rows, counts] = await Promise.all([
        c.var.db.select().from(surveys).where(eq(surveys.eventId, id)),
        surveysWithRates(c.var.db, { eventId: id }),
      ]);
      return c.json(
        {
          items: rows.map((s) =>
            dto(
              s,
              counts.find((x) => x.id === s.id),
            ),
          ),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/surveys",
      tags,
      summary: "Add a survey to a program, from a template or from scratch (managers)",
      request: { params: IdParam, ...jsonBody(SurveyCreateSchema) },
      responses: { 201: json(SurveySchema, "The survey"), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const program = await managedProgram(c.var, c.req.valid("param").id);
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
        { programId: program.id },
        input as Parameters<typeof createSurvey>[2],
      );
      return c.json(dto(survey), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/surveys/{id}",
      tags,
      summary:
        "Change a survey, or turn it off with `active: false` (managers); questions and anonymity only before any answer",
      request: { params: IdParam, ...jsonBody(SurveyUpdateSchema) },
      responses: {
        200: json(SurveySchema, "The survey"),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const survey = await managedSurvey(c, c.req.valid("param").id);
      const changes = c.req.valid("json");
      checkQuestions(changes.questions);
      const [counts] = await surveysWithRates(
        c.var.db,
        survey.programId ? { programId: survey.programId } : { eventId: survey.eventId! },
      ).then((r) => r.filter((x) => x.id === survey.id));
      if (changes.questions && (counts?.responded ?? 0) > 0) {
        throw new ApiError(409, "has_answers", "People have answered: the questions stay as they were asked.");
      }
      if (changes.anonymous !== undefined && changes.anonymous !== survey.anonymous) {
        // Named after anonymous answers would show them one by one; anonymous after named ones would mislead.
        const [answered] = await c.var.db.all<{ n: number }>(
          sql`SELECT EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = ${survey.id}) AS n`,
        );
        if (answered?.n) {
          throw new ApiError(409, "has_answers", "People have answered: the survey stays as anonymous as it was.");
        }
      }
      if (Object.keys(changes).length === 0) return c.json(dto(survey, counts), 200);
      const [saved] = await c.var.db.update(surveys).set(changes).where(eq(surveys.id, survey.id)).returning();
      return c.json(dto(saved!, counts), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/surveys/{id}/results",
      tags,
      summary: "Response rate, averages, NPS, distributions and free text (managers; an event survey's hosts)",
      description:
        "An anonymous survey shows nothing (`hidden`) until five people answered. A breakdown shows only groups of five or more answers, the smaller ones merged into `other` if together five or more, else no group at all; a question that a shown group has one to four answers to shows only each group's count. Written answers come in an order that is stable per survey and says nothing about who answered when.",
      request: { params: IdParam },
      responses: { 200: json(ResultsSchema, "Results"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const survey = await managedSurvey(c, c.req.valid("param").id);
      const [rows, invited] = await Promise.all([
        c.var.db.all<{ role: string; answers: string }>(
          sql`SELECT role, answers FROM survey_responses WHERE survey_id = ${survey.id}`,
        ),
        c.var.db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM survey_invitations WHERE survey_id = ${survey.id}`),
      ]);
      const results = await orderTexts(
        c.env.JWT_SECRET,
        survey.id,
        surveyResults(
          survey.questions,
          rows.map((r) => ({ role: r.role, answers: JSON.parse(r.answers) as Record<string, unknown> })),
          survey.anonymous,
        ),
      );
      const n = invited[0]?.n ?? 0;
      return c.json({ title: survey.title, invited: n, responseRate: rate(n, results.responses), ...results }, 200);
    },
  );
