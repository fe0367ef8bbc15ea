/**
 * @module app
 * The Hono app: middleware, the `/api` routes, the API document and the one error handler.
 * `AppType` feeds the frontend's typed client.
 */
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./platform/env";
import { loadUser } from "./features/auth/middleware";
import { createDb } from "./platform/db";
import { ApiError, errorBody } from "./platform/errors";
import { ErrorSchema } from "./platform/schemas";
import { router } from "./platform/validate";
import { errorsInViewersLanguage } from "./platform/error-language";
import { documentConfig, finishDocument, NO_SESSION, registerComponents } from "./platform/api-document";
import { appUrlProblem, publicOrigin, readConfig } from "./platform/config";
import type { Context } from "hono";
import { authRoutes, sessionRoutes } from "./features/auth/routes";
import { ssoRoutes } from "./features/auth/sso/routes";
import { accessSignIn } from "./features/auth/sso/access";
import { scimRoutes } from "./features/scim/routes";
import { scimGroupRoutes } from "./features/scim/group-routes";
import { scimTokenRoutes } from "./features/scim/token-routes";
import { devRoutes } from "./features/dev/routes";
import { docsPolicy, renderDocs } from "./platform/api-reference";
import { eventRoutes } from "./features/events/routes";
import { eventDayRoutes } from "./features/events/day-routes";
import { eventSignUpRoutes } from "./features/events/sign-up-routes";
import { eventClockRoutes } from "./features/events/clock-routes";
import { joinRoutes } from "./features/join/routes";
import { matchingRoutes } from "./features/matching/routes";
import { meRoutes } from "./features/people/me-routes";
import {
  mentorPauseRoutes,
  mentorshipRoutes,
  myMentorshipRoutes,
  programMentorshipRoutes,
} from "./features/mentorships/routes";
import { peopleRoutes } from "./features/people/routes";
import { programRoutes } from "./features/programs/routes";
import { journeyRoutes } from "./features/journeys/routes";
import { pairJourneyRoutes } from "./features/journeys/pair-routes";
import { applicationRoutes } from "./features/applications/routes";
import { myRequestRoutes, programRequestRoutes, requestChoiceRoutes, requestRoutes } from "./features/requests/routes";
import { rotationRoutes } from "./features/rotations/routes";
import { myRotationRoutes, rotationCalendarRoutes, rotationFeedbackRoutes } from "./features/rotations/partner-routes";
import { myRouletteRoutes, rouletteAdminRoutes, rouletteRoutes } from "./features/roulette";
import { groupRoutes } from "./features/groups/routes";
import { groupPageRoutes, myGroupRoutes } from "./features/groups/page-routes";
import { mailPreferenceRoutes, unsubscribeRoutes } from "./features/mail/unsubscribe-routes";
import { mailProblemRoutes } from "./features/mail/problems-routes";
import { channelRoutes, myChatRoutes } from "./features/chat";
import { auditRoutes } from "./features/audit/routes";
import { eventSurveyRoutes, programSurveyRoutes, surveyRoutes, surveyTemplateRoutes } from "./features/surveys/routes";
import { surveyAnswerRoutes } from "./features/surveys/answer-routes";
import { meetingRoutes, mentorshipMeetingRoutes } from "./features/meetings/routes";
import { goalCommentRoutes, goalRoutes, mentorshipGoalRoutes, milestoneRoutes } from "./features/goals/routes";
import { insightRoutes, programInsightRoutes } from "./features/insights/routes";
import { healthRoutes } from "./features/health/routes";
import { healthActionRoutes, stillGoingRoutes } from "./features/health/action-routes";
import { MAX_IMPORT_BYTES, importRoutes } from "./features/imports/routes";
import { MAX_OUTCOME_BYTES, outcomeRoutes } from "./features/outcomes/routes";
import { MAX_ORGANISATION_BYTES, organisationRoutes } from "./features/organisation/routes";
import { programTrainingRoutes, trainingRoutes } from "./features/training/routes";
import {
  certificateRoutes,
  kudosRoutes,
  mentorshipCertificateRoutes,
  myRecognitionRoutes,
  programRecognitionRoutes,
} from "./features/recognition/routes";
import { libraryEntryRoutes } from "./features/library/entry-routes";
import { groupKnowledgeRoutes } from "./features/library/group-knowledge-routes";
import { knowledgeRoutes, mentorshipKnowledgeRoutes } from "./features/library/knowledge-routes";
import { myPrivacyRoutes, personPrivacyRoutes } from "./features/privacy/routes";
import { libraryProgramRoutes, MAX_LIBRARY_UPLOAD_BYTES } from "./features/library/program-routes";
import { createRoute, z } from "@hono/zod-openapi";

const api = router().basePath("/api");
api
  // First, so that it sees every error envelope, the ones answered before a route runs included.
  .use(errorsInViewersLanguage)
  // A route that sets its own policy keeps it (the reference page allows its own stylesheet).
  .use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      overwrite: false,
    }),
  )
  // Cross-site form posts (the only cross-site requests a browser sends without a preflight) are refused,
  // except the one-click unsubscribe, which mail providers post without an Origin and which its token
  // authorizes (RFC 8058).
  .use((c, next) => (c.req.path === "/api/unsubscribe" ? next() : csrf()(c, next)))
  .use(async (c, next) => {
    const path = c.req.path;
    const limit = path.endsWith("/people/import")
      ? MAX_IMPORT_BYTES
      : path.endsWith("/outcomes")
        ? MAX_OUTCOME_BYTES
        : path === "/api/organisation"
          ? MAX_ORGANISATION_BYTES
          : path.endsWith("/library/files")
            ? MAX_LIBRARY_UPLOAD_BYTES
            : 64 * 1024;
    return bodyLimit({
      maxSize: limit,
      onError: (c) => c.json(errorBody(413, "The request body is too large."), 413),
    })(c, next);
  })
  .use(async (c, next) => {
    c.set("requestId", c.req.header("cf-ray") ?? crypto.randomUUID());
    c.set("config", readConfig(c.env));
    c.set("db", createDb(c.env.DB));
    await next();
  })
  .use(loadUser)
  .use(accessSignIn);

const routes = api
  .openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["Meta"],
      summary: "Liveness and configuration",
      description: "503 when a setting the Worker needs in production is missing or wrong; the error names it.",
      security: NO_SESSION,
      responses: {
        200: {
          content: { "application/json": { schema: z.object({ ok: z.literal(true) }) } },
          description: "The Worker is up",
        },
        503: {
          content: { "application/json": { schema: ErrorSchema } },
          description: "The Worker is misconfigured",
        },
      },
    }),
    (c) => {
      const problem = appUrlProblem(c.var.config);
      if (problem) return c.json(errorBody(503, problem, "misconfigured", { APP_URL: problem }), 503);
      return c.json({ ok: true as const }, 200);
    },
  )
  .route("/session", sessionRoutes)
  .route("/auth", authRoutes)
  .route("/auth", ssoRoutes)
  .route("/scim/v2/Groups", scimGroupRoutes)
  .route("/scim/v2", scimRoutes)
  .route("/admin/scim-tokens", scimTokenRoutes)
  .route("/me", meRoutes)
  .route("/me", myPrivacyRoutes)
  .route("/admin/people/:personId", personPrivacyRoutes)
  // Before programRoutes, whose "/programs/{id}" would otherwise take "/programs/templates".
  .route("/programs", journeyRoutes)
  .route("/programs", programRoutes)
  .route("/programs/:id/mentor-applications", applicationRoutes)
  .route("/programs/:id", peopleRoutes)
  .route("/programs/:id", importRoutes)
  .route("/programs/:id", matchingRoutes)
  .route("/me", myMentorshipRoutes)
  .route("/mentorships/:id", mentorshipRoutes)
  .route("/programs/:id/mentorships", programMentorshipRoutes)
  .route("/me/enrollments/:programId", mentorPauseRoutes)
  .route("/programs/:id", requestChoiceRoutes)
  .route("/me/requests", myRequestRoutes)
  .route("/requests/:id", requestRoutes)
  .route("/programs/:id", programRequestRoutes)
  .route("/events", eventRoutes)
  .route("/events/:id", eventDayRoutes)
  .route("/events/:id/sign-up", eventSignUpRoutes)
  .route("/events/:id", eventClockRoutes)
  .route("/programs/:id/rotations", rotationRoutes)
  .route("/programs/:id/rotations/:cycle/calendar.ics", rotationCalendarRoutes)
  .route("/me/rotations", myRotationRoutes)
  .route("/programs/:id/rotations/feedback", rotationFeedbackRoutes)
  .route("/me/enrollments/:programId/roulette", myRouletteRoutes)
  .route("/roulette/:pairId", rouletteRoutes)
  .route("/programs/:id/roulette", rouletteAdminRoutes)
  .route("/programs/:id/groups", groupRoutes)
  .route("/groups/:id", groupPageRoutes)
  .route("/me/groups", myGroupRoutes)
  .route("/unsubscribe", unsubscribeRoutes)
  .route("/me/mail-preferences", mailPreferenceRoutes)
  .route("/admin", mailProblemRoutes)
  .route("/programs/:id/channel", channelRoutes)
  .route("/me/chat", myChatRoutes)
  .route("/admin/audit", auditRoutes)
  .route("/surveys/templates", surveyTemplateRoutes)
  .route("/programs/:id/surveys", programSurveyRoutes)
  .route("/events/:id/surveys", eventSurveyRoutes)
  .route("/surveys/:id", surveyRoutes)
  .route("/surveys", surveyAnswerRoutes)
  .route("/mentorships/:id/meetings", mentorshipMeetingRoutes)
  .route("/meetings/:id", meetingRoutes)
  .route("/mentorships/:id", pairJourneyRoutes)
  .route("/mentorships/:id/goals", mentorshipGoalRoutes)
  .route("/goals/:id", goalRoutes)
  .route("/milestones/:id", milestoneRoutes)
  .route("/goals/:id/comments", goalCommentRoutes)
  .route("/insights", insightRoutes)
  .route("/programs/:id", programInsightRoutes)
  .route("/programs/:id", healthRoutes)
  .route("/programs/:id/outcomes", outcomeRoutes)
  .route("/mentorships/:id", healthActionRoutes)
  .route("/still-going", stillGoingRoutes)
  .route("/organisation", organisationRoutes)
  .route("/programs/:id/training", programTrainingRoutes)
  .route("/training/:id", trainingRoutes)
  .route("/me/recognition", myRecognitionRoutes)
  .route("/kudos", kudosRoutes)
  .route("/mentorships/:id/certificate", mentorshipCertificateRoutes)
  .route("/certificates/:id", certificateRoutes)
  .route("/programs/:id/recognition", programRecognitionRoutes)
  .route("/programs/:id/library", libraryProgramRoutes)
  .route("/library", libraryEntryRoutes)
  .route("/mentorships/:id", mentorshipKnowledgeRoutes)
  .route("/knowledge/:id", knowledgeRoutes)
  .route("/groups/:id", groupKnowledgeRoutes)
  .route("/join/:slug", joinRoutes)
  .route("/dev", devRoutes);

registerComponents(api);
const documentFor = (c: Context<AppEnv>) =>
  finishDocument(api.getOpenAPI31Document(documentConfig(publicOrigin(c.var.config, c.req.url))), c.var.config.isDev);
api.get("/openapi.json", (c) => c.json(documentFor(c)));
api.get("/docs", async (c) => {
  c.header("Content-Security-Policy", await docsPolicy());
  return c.html(renderDocs(documentFor(c)));
});

api.notFound((c) => c.json(errorBody(404, "No such API route."), 404));
api.onError((err, c) => {
  if (err instanceof ApiError) {
    return c.json(errorBody(err.status, err.message, err.code, err.fields), err.status);
  }
  if (err instanceof HTTPException) {
    return c.json(errorBody(err.status, err.message || "The request was refused."), err.status);
  }
  console.error(`request ${c.var.requestId ?? "?"} failed`, err);
  return c.json(errorBody(500, "Something went wrong on our side. Try again in a moment.", "internal"), 500);
});

export const app = api;
export type AppType = typeof routes;
