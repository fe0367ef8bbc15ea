/**
 * @module features/scim/guard
 * SCIM's only credential is a bearer token an admin made; a session cookie, anyone's, is not one.
 */
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../platform/env";
import { ScimError } from "./protocol";
import { useScimToken } from "./repo/tokens";

export const scimBearer = createMiddleware<AppEnv>(async (c, next) => {
  const found = /^Bearer\s+(\S{16,200})\s*$/i.exec(c.req.header("authorization") ?? "");
  if (!found || !(await useScimToken(c.var.db, found[1]!))) {
    c.header("WWW-Authenticate", 'Bearer realm="Tandem SCIM"');
    throw new ScimError(401, "A valid SCIM bearer token is required.");
  }
  await next();
});
