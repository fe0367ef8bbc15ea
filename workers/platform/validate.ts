/**
 * @module platform/validate
 * OpenAPIHono with one validation hook: every schema failure becomes the error envelope of ARCHITECTURE.md (invariant 3)
 * with the failing fields, before the handler runs.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { badRequest, issuesToFields } from "./errors";

/** A route group whose invalid input always answers 400 `invalid_input` with `fields`. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw badRequest("invalid_input", "Some fields are not valid.", issuesToFields(result.error.issues));
      }
    },
  });
}
