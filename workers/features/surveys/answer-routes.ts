/**
 * @module features/surveys/answer-routes
 * Answering a survey through the one-click link of an invitation: no sign-in, one response per
 * invitation, which its respondent may change until the survey closes.
 */
import { z } from "@hono/zod-openapi";
import { invitationByToken, responseByToken, saveResponse, surveyAbout } from "./repo/responses";
import { checkAnswers } from "../../domain/surveys/questions";
import { ApiError, badRequest, notFound } from "../../platform/errors";

import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { json, refusals } from "../../platform/schemas";
import { ByTokenSchema, RespondSchema } from "./schemas";

const { publicRoute } = guardedRoutesFor(["Surveys"]);

export const surveyAnswerRoutes = router()
  .openapi(
    publicRoute.get(
      "/by-token/{token}",
      "The survey an invitation's link opens, with your answers if you gave some (no sign-in)",
      {
        params: z.object({ token: z.string().min(10).max(200) }),
        responses: { 200: json(ByTokenSchema, "The survey"), ...refusals(404) },
      },
    ),
    async (c) => {
      const { token } = c.req.valid("param");
      const found = await invitationByToken(c.var.db, token);
      if (!found) throw notFound("Survey");
      const mine = await responseByToken(c.var.db, token);
      return c.json(
        {
          title: found.survey.title,
          about: await surveyAbout(c.var.db, found.survey),
          anonymous: found.survey.anonymous,
          closesAt: found.invitation.closesAt,
          closed: !found.survey.active || found.invitation.closesAt <= Date.now(),
          questions: found.survey.questions,
          answers: mine?.answers ?? null,
        },
        200,
      );
    },
  )
  .openapi(
    publicRoute.post(
      "/respond",
      "Answer (or change your answers) through an invitation's token, until the survey closes",
      {
        body: RespondSchema,
        responses: {
          200: json(z.object({ saved: z.literal(true), editableUntil: z.number() }).openapi("SurveySaved"), "Saved"),
          ...refusals(400, 404, 409),
        },
      },
    ),
    async (c) => {
      const { token, answers } = c.req.valid("json");
      const found = await invitationByToken(c.var.db, token);
      if (!found) throw notFound("Survey");
      const now = Date.now();
      if (!found.survey.active || found.invitation.closesAt <= now) {
        throw new ApiError(409, "survey_closed", "This survey has closed; answers can no longer change.");
      }
      const { kept, errors: problems } = checkAnswers(found.survey.questions, answers);
      if (Object.keys(problems).length) throw badRequest("invalid_input", "Some answers need attention.", problems);
      await saveResponse(c.var.db, token, found, kept, now);
      return c.json({ saved: true as const, editableUntil: found.invitation.closesAt }, 200);
    },
  );
