/** @module schemas/common — response pieces shared by the API document. */
import { z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi("Error");

const err = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });

/** Error responses a route may give, for the document. */
export const errors = {
  400: err("Invalid input; `fields` names each problem"),
  401: err("Not signed in"),
  403: err("Signed in without the needed role"),
  404: err("Not found, or not visible to you"),
  409: err("Not possible in the current state; `code` says why"),
  429: err("Too many requests; try again later"),
};

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

export const IdParam = z.object({ id: z.string().min(1).max(64) });
