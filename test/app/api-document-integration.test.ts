/** The API document as served: security, operation ids, the server, and no development routes in production. */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import { operationIdFor } from "../../workers/platform/api-document";

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; required?: boolean }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
};
type Doc = {
  servers: { url: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};

const ORIGIN = "https://tandem.test";
const documentIn = async (vars: Partial<Env> = {}) =>
  (await (await app.request(`${ORIGIN}/api/openapi.json`, {}, { ...env, ...vars })).json()) as Doc;
const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path, op })));
// `security: []` (anyone) or an empty requirement among others (the session is optional).
const isPublic = (op: Operation) =>
  !!op.security && (!op.security.length || op.security.some((r) => !Object.keys(r).length));

const PUBLIC = [
  "get /api/health",
  "post /api/auth/magic-link",
  "post /api/auth/verify",
  "get /api/auth/confirmation",
  "post /api/auth/logout",
  "get /api/session",
  "get /api/join/{slug}",
  "post /api/join/{slug}",
  "get /api/unsubscribe",
  "post /api/unsubscribe",
  "get /api/surveys/templates",
  "get /api/surveys/by-token/{token}",
  "post /api/surveys/respond",
  "get /api/events/{id}/public",
  "get /api/events/{id}/calendar.ics",
  "post /api/events/{id}/sign-up",
  "post /api/events/{id}/sign-up/confirm",
  "get /api/still-going/{token}",
  "post /api/still-going",
  "get /api/organisation",
  "get /api/certificates/{id}",
  "get /api/auth/methods",
  "get /api/auth/oidc/start",
  "get /api/auth/oidc/callback",
  "get /api/roulette/{pairId}",
  "post /api/roulette/{pairId}/met",
  "put /api/roulette/{pairId}/preferences",
];

describe("the API document", () => {
  it("in production lists no development route and no schema only they use", async () => {
    const doc = await documentIn({ ENVIRONMENT: "production" });
    expect(Object.keys(doc.paths).filter((p) => p.startsWith("/api/dev"))).toEqual([]);
    expect(Object.keys(doc.components.schemas)).not.toContain("DevMail");
    expect(operations(doc).length).toBeGreaterThan(80);
  });

  it("in development lists the development routes too", async () => {
    const doc = await documentIn();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/dev/mail", "/api/dev/seed", "/api/dev/tick"]));
    expect(Object.keys(doc.components.schemas)).toContain("DevMail");
  });

  it("gives every operation a unique camelCase operationId", async () => {
    const ids = operations(await documentIn()).map(({ op }) => op.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdFor("get", "/api/programs/{id}/match-runs/{runId}")).toBe("getProgramsMatchRunsByRunId");
    expect(operationIdFor("post", "/api/programs/{id}/rotate-key")).toBe("postProgramsRotateKey");
    expect(operationIdFor("get", "/api/events/{id}/calendar.ics")).toBe("getEventsCalendarIcs");
  });

  it("describes the session cookie and needs it everywhere but the public routes", async () => {
    const doc = await documentIn({ ENVIRONMENT: "production" });
    expect(doc.components.securitySchemes.session).toMatchObject({
      type: "apiKey",
      in: "cookie",
      name: "__Host-tandem_session",
    });
    expect(doc.security).toEqual([{ session: [] }]);
    const ops = operations(doc);
    expect(ops.filter(({ op }) => isPublic(op)).map(({ method, path }) => `${method} ${path}`)).toEqual(
      expect.arrayContaining(PUBLIC),
    );
    expect(ops.filter(({ op }) => isPublic(op)).length).toBe(PUBLIC.length);
    for (const { method, path, op } of ops.filter(({ op }) => !isPublic(op))) {
      expect(op.responses, `${method} ${path} answers 401 signed out`).toHaveProperty("401");
    }
    expect(doc.paths["/api/health"]!.get!.responses).not.toHaveProperty("401");
  });

  it("matches what the routes do: signed out, those needing the session refuse, public ones never say 401", async () => {
    for (const { method, path, op } of operations(await documentIn())) {
      // Input is checked before the handler, so only routes that need none can reach the session check.
      const needsInput = !!op.requestBody || !!op.parameters?.some((p) => p.in === "query" && p.required);
      if (!isPublic(op) && needsInput) continue;
      const url = path.replace(/\{token\}/, "t".repeat(20)).replace(/\{\w+\}/g, "1");
      const res = await exports.default.fetch(`${ORIGIN}${url}`, { method, headers: { origin: ORIGIN } });
      await res.body?.cancel();
      if (isPublic(op)) expect(res.status, `${method} ${path}`).not.toBe(401);
      // A few look the record up first, and say 404 for one that does not exist.
      else expect([401, 404], `${method} ${path} answered ${res.status}`).toContain(res.status);
    }
  });

  it("names the request's own origin as the server, or APP_URL when set", async () => {
    expect((await documentIn()).servers).toEqual([expect.objectContaining({ url: ORIGIN })]);
    const configured = await documentIn({ APP_URL: "https://mentoring.acme.com/" });
    expect(configured.servers).toEqual([expect.objectContaining({ url: "https://mentoring.acme.com" })]);
  });
});
