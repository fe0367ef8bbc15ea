/**
 * @module platform/csv-http
 * CSV files over HTTP, said once for every route that takes or gives one: the upload's size limit,
 * content type and document entries, and a download's headers.
 */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./env";
import { ApiError, errorBody } from "./errors";
import { errors, refusals } from "./schemas";

const csvContent = { "text/csv": { schema: z.string() } };

/** A route's body that is a CSV file. */
export const csvBody = { content: csvContent, required: true } as const;

/** A CSV file as a route's answer, for the document. */
export const csvFile = (description: string) => ({ content: csvContent, description });

/** Refuses a body larger than `maxBytes` (whole megabytes) with 413, before it is read. */
export function csvSizeLimit(maxBytes: number) {
  const megabytes = maxBytes / (1024 * 1024);
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json(errorBody(413, `The file is larger than ${megabytes} MB. Split it into smaller files.`), 413),
  });
  // Typed as the app's middleware, so the route's guard keeps its variables (bodyLimit's own type has none).
  return createMiddleware<AppEnv>((c, next) => limit(c, next));
}

/** The invalid rows of a refused file, each with its problems: a file is taken whole or not at all. */
export const csvRowsError = (name: string) =>
  z
    .object({
      error: z.object({
        code: z.literal("invalid_csv"),
        message: z.string(),
        rows: z.array(z.object({ row: z.number(), email: z.string(), errors: z.array(z.string()) })),
      }),
    })
    .openapi(name);

/** The refusals of a CSV upload: its invalid rows (400), the guard's, too large (413), not CSV (415). */
export const csvUploadRefusals = <S extends z.ZodType>(rowsError: S, nothing: string) => ({
  400: { content: { "application/json": { schema: rowsError } }, description: `Invalid rows; ${nothing}` },
  ...refusals(401, 404),
  413: errors[400],
  415: errors[400],
});

/** The uploaded file's text; anything not sent as text/csv is refused with 415. */
export async function csvText(c: Context) {
  if (!(c.req.header("content-type") ?? "").startsWith("text/csv")) {
    throw new ApiError(415, "unsupported_media_type", "Send the file as text/csv.");
  }
  return c.req.text();
}

/** Headers of a CSV download saved as `filename`. */
export const csvDownload = (filename: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${filename}"`,
});
