/**
 * @module platform/errors
 * The one error envelope of ARCHITECTURE.md (invariant 3): `{ error: { code, message, fields? } }`.
 */
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type FieldErrors = Record<string, string>;

/** An expected failure with a machine-readable code; `onError` renders it. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(status, { message });
  }
}

export const badRequest = (code: string, message: string, fields?: FieldErrors) =>
  new ApiError(400, code, message, fields);
export const unauthorized = () => new ApiError(401, "unauthorized", "Sign in to continue.");
export const forbidden = (message = "You do not have access to this.") => new ApiError(403, "forbidden", message);
export const notFound = (what = "That") => new ApiError(404, "not_found", `${what} was not found.`);

const CODES: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
};

/** The envelope for any status, used by `onError` and `notFound`. */
export function errorBody(status: number, message: string, code?: string, fields?: FieldErrors) {
  return { error: { code: code ?? CODES[status] ?? "error", message, ...(fields ? { fields } : {}) } };
}

/** Turns zod issues into `{ "path.to.field": "message" }`. */
export function issuesToFields(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}
