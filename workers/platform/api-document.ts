/**
 * @module platform/api-document
 * What the API document adds to the routes' own definitions, in one place so that every route gets it
 * without repeating it: the session cookie as the default security, an `operationId` derived from the
 * method and path, a 401 answer on every route that needs the session, the server, and (outside
 * development) no `/api/dev` routes.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { SESSION_COOKIE } from "./session";
import { ErrorSchema } from "./schemas";

type Document = ReturnType<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>;
type Operation = { operationId?: string; security?: Record<string, string[]>[]; responses?: Record<string, unknown> };

/** The security scheme's name in the document. */
export const SESSION = "session";
/** For `createRoute({ security })`: anyone may call the route, signed in or not. */
export const NO_SESSION: Record<string, string[]>[] = [];
/** What every route anyone may call says: `route.with(openToAll)`. */
export const openToAll = { security: NO_SESSION };
/** For `createRoute({ security })`: the route works signed out, and uses the session when there is one. */
export const OPTIONAL_SESSION: Record<string, string[]>[] = [{}, { [SESSION]: [] }];

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const DEV_PREFIX = "/api/dev/";

/** The session cookie's scheme, and the error envelope that the added 401s point at. */
export function registerComponents(api: OpenAPIHono<AppEnv>) {
  api.openAPIRegistry.register("Error", ErrorSchema);
  api.openAPIRegistry.registerComponent("securitySchemes", SESSION, {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The HttpOnly session cookie that `POST /api/auth/verify` sets.",
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "scim", {
    type: "http",
    scheme: "bearer",
    description: "A SCIM token an admin made (`POST /api/admin/scim-tokens`), for an identity provider's provisioning.",
  });
}

/** The document's top: every operation needs the session unless it says `security: NO_SESSION`. */
export const documentConfig = (origin: string) => ({
  openapi: "3.1.0",
  info: {
    title: "Tandem API",
    version: "0.1.0",
    license: { name: "MIT", identifier: "MIT" },
    description:
      "JSON over HTTPS. Sign in with a magic link; the session is an HttpOnly cookie. Errors are `{ error: { code, message, fields? } }`.",
  },
  servers: [{ url: origin, description: "This Tandem" }],
  security: [{ [SESSION]: [] }],
});

/**
 * `GET /api/programs/{id}/match-runs/{runId}` → `getProgramsMatchRunsByRunId`: the method, then each
 * fixed segment, then the last segment's parameter if the path ends in one (`By…`), in camelCase.
 */
export function operationIdFor(method: string, path: string): string {
  const segments = path
    .replace(/^\/api\//, "")
    .split("/")
    .filter(Boolean);
  const words = segments.flatMap((segment, i) => {
    const param = /^\{(\w+)\}$/.exec(segment);
    if (param) return i === segments.length - 1 ? ["by", param[1]!] : [];
    return segment.split(/[^A-Za-z0-9]+/);
  });
  return method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}

const needsSession = (op: Operation) =>
  op.security === undefined || (op.security.length > 0 && op.security.every((r) => SESSION in r));

/** The served document: ids, 401s, and the `/api/dev` routes only in development. */
export function finishDocument(generated: Document, isDev: boolean): Document {
  const doc = structuredClone(generated);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!isDev && path.startsWith(DEV_PREFIX)) {
      delete doc.paths![path];
      continue;
    }
    for (const [method, value] of Object.entries(item as Record<string, Operation>)) {
      if (!METHODS.has(method)) continue;
      value.operationId ??= operationIdFor(method, path);
      if (needsSession(value) && value.responses && !value.responses["401"]) {
        value.responses["401"] = { description: "Not signed in", content: { "application/json": { schema: ERROR } } };
      }
    }
  }
  pruneUnusedSchemas(doc);
  return doc;
}

const ERROR = { $ref: "#/components/schemas/Error" };

/**
 * Drops the named schemas that only the removed routes used, so the document has none unused. By hand
 * because Redocly's `--remove-unused-components` works on files, not on the document a request gets.
 */
function pruneUnusedSchemas(doc: Document) {
  const schemas = (doc.components?.schemas ?? {}) as Record<string, unknown>;
  const used = new Set<string>();
  const visit = (node: unknown) => {
    for (const [, name] of JSON.stringify(node).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (!used.has(name!) && schemas[name!]) {
        used.add(name!);
        visit(schemas[name!]);
      }
    }
  };
  visit(doc.paths);
  visit({ ...doc.components, schemas: undefined });
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
