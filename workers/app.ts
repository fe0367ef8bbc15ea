/**
 * @module app
 * The Hono app: middleware, the `/api` routes, the API document and the one error handler.
 * `AppType` feeds the frontend's typed client.
 */
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./app-env";
import { loadUser } from "./auth/middleware";
import { readConfig } from "./config";
import { createDb } from "./db/client";
import { ApiError, errorBody } from "./lib/errors";
import { router } from "./lib/validate";
import { authRoutes } from "./routes/auth";
import { devRoutes } from "./routes/dev";
import { renderDocs } from "./routes/docs";
import { eventRoutes } from "./routes/events";
import { joinRoutes } from "./routes/join";
import { matchingRoutes } from "./routes/matching";
import { meRoutes } from "./routes/me";
import { mentorshipRoutes } from "./routes/mentorships";
import { peopleRoutes } from "./routes/people";
import { programRoutes } from "./routes/programs";
import { requestRoutes } from "./routes/requests";
import { rotationRoutes } from "./routes/rotations";
import { groupRoutes } from "./routes/groups";
import { groupPageRoutes } from "./routes/group-pages";
import { unsubscribeRoutes } from "./routes/unsubscribe";
import { mailProblemRoutes } from "./routes/mail-problems";
import { surveyRoutes } from "./routes/surveys";
import { surveyAnswerRoutes } from "./routes/survey-answers";
import { meetingRoutes } from "./routes/meetings";
import { goalRoutes } from "./routes/goals";
import { MAX_IMPORT_BYTES, importRoutes } from "./routes/imports";
import { createRoute, z } from "@hono/zod-openapi";

const api = router().basePath("/api");
api
  .use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }))
  // Cross-site form posts (the only cross-site requests a browser sends without a preflight) are refused,
  // except the one-click unsubscribe, which mail providers post without an Origin and which its token
  // authorizes (RFC 8058).
  .use((c, next) => (c.req.path === "/api/unsubscribe" ? next() : csrf()(c, next)))
  .use(async (c, next) => {
    const limit = c.req.path.endsWith("/people/import") ? MAX_IMPORT_BYTES : 64 * 1024;
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
  .use(loadUser);

const routes = api
  .openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["Meta"],
      summary: "Liveness",
      responses: {
        200: {
          content: { "application/json": { schema: z.object({ ok: z.literal(true) }) } },
          description: "The Worker is up",
        },
      },
    }),
    (c) => c.json({ ok: true as const }, 200),
  )
  .route("/", authRoutes)
  .route("/", meRoutes)
  .route("/", programRoutes)
  .route("/", peopleRoutes)
  .route("/", importRoutes)
  .route("/", matchingRoutes)
  .route("/", mentorshipRoutes)
  .route("/", requestRoutes)
  .route("/", eventRoutes)
  .route("/", rotationRoutes)
  .route("/", groupRoutes)
  .route("/", groupPageRoutes)
  .route("/", unsubscribeRoutes)
  .route("/", mailProblemRoutes)
  .route("/", surveyRoutes)
  .route("/", surveyAnswerRoutes)
  .route("/", meetingRoutes)
  .route("/", goalRoutes)
  .route("/", joinRoutes)
  .route("/", devRoutes);

const DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Tandem API",
    version: "0.1.0",
    description:
      "JSON over HTTPS. Sign in with a magic link; the session is an HttpOnly cookie. Errors are `{ error: { code, message, fields? } }`.",
  },
};
api.doc31("/openapi.json", DOCUMENT);
api.get("/docs", (c) => {
  // The reference page carries its own styles, so it relaxes the API's `default-src 'none'` for styles only.
  c.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  return c.html(renderDocs(api.getOpenAPI31Document(DOCUMENT) as never));
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
