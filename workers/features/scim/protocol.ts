/**
 * @module features/scim/protocol
 * How SCIM answers (RFC 7644, section 3.12): `application/scim+json`, and every refusal in SCIM's
 * error schema, whether the guard, the validation or the handler refuses. Identity providers read
 * `status` and `scimType`, not Tandem's own error envelope.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../../platform/env";
import { ScimPatchError } from "../../domain/scim-user";
import { SCIM_ERROR, SCIM_LIST, SCIM_TYPE, ScimErrorSchema } from "./schemas";

export class ScimError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly scimType?: string,
  ) {
    super(message);
  }
}

export const scimErrorBody = (status: number, detail: string, scimType?: string) => ({
  schemas: [SCIM_ERROR],
  status: String(status),
  ...(scimType ? { scimType } : {}),
  detail,
});

/** A JSON answer in SCIM's media type. */
export const scimJson = <T, S extends ContentfulStatusCode>(c: Context<AppEnv>, body: T, status: S) =>
  c.json(body, status, { "Content-Type": `${SCIM_TYPE}; charset=utf-8` });

/** One page of resources as a SCIM ListResponse. */
export const listResponse = <R>(c: Context<AppEnv>, total: number, startIndex: number, Resources: R[]) =>
  scimJson(
    c,
    { schemas: [SCIM_LIST], totalResults: total, startIndex, itemsPerPage: Resources.length, Resources },
    200,
  );

/** A PatchOp's operations as `read` reads them; what it cannot read is SCIM's 400, with the reason. */
export function readPatch<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ScimPatchError) throw new ScimError(400, e.message, e.scimType);
    throw e;
  }
}

/** A route group of SCIM: invalid input is SCIM's 400 `invalidValue`, any refusal SCIM's error. */
export function scimRouter() {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
        throw new ScimError(400, `${where}${issue?.message ?? "Invalid request."}`, "invalidValue");
      }
    },
  });
  app.onError((err, c) => {
    if (err instanceof ScimError) return scimJson(c, scimErrorBody(err.status, err.message, err.scimType), err.status);
    const status = "status" in err && typeof err.status === "number" && err.status < 500 ? err.status : 500;
    if (status === 500) console.error(`request ${c.var.requestId ?? "?"} failed`, err);
    const detail = status === 500 ? "Something went wrong on our side. Try again in a moment." : err.message;
    return scimJson(c, scimErrorBody(status, detail), status as ContentfulStatusCode);
  });
  return app;
}

/** SCIM error answers for the API document. */
export const scimRefusals = <S extends 400 | 401 | 404 | 409>(...statuses: S[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { content: { [SCIM_TYPE]: { schema: ScimErrorSchema } }, description: `SCIM error ${s}` }]),
  ) as Record<S, { content: { "application/scim+json": { schema: typeof ScimErrorSchema } }; description: string }>;
