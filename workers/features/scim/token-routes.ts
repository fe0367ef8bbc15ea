/**
 * @module features/scim/token-routes
 * Admins make the bearer tokens an identity provider's SCIM client uses (the token is shown once,
 * only its hash is kept) and revoke them.
 */
import { z } from "@hono/zod-openapi";
import { notFound } from "../../platform/errors";
import { routesFor } from "../../platform/routes";
import { IdParam, PageQuery, json, pageOf, refusals } from "../../platform/schemas";
import { router } from "../../platform/validate";
import { forAdmins } from "../auth";
import { createScimToken, listScimTokens, revokeScimToken } from "./repo/tokens";
import { audit } from "../audit";

const route = routesFor(["SCIM"]).with(forAdmins);

/** When a token was made, last used and revoked; null where that has not happened. */
const tokenTimes = { createdAt: z.number(), lastUsedAt: z.number().nullable(), revokedAt: z.number().nullable() };
const ScimToken = z.object({ id: z.string(), name: z.string(), ...tokenTimes }).openapi("ScimToken");
const NewScimToken = ScimToken.extend({
  token: z.string().openapi({ description: "The bearer token, shown this once; Tandem keeps only its hash" }),
}).openapi("NewScimToken");

export const scimTokenRoutes = router()
  .openapi(
    route.get("/", "SCIM tokens, newest first (admins)", {
      query: PageQuery,
      responses: { 200: json(pageOf(ScimToken, "ScimTokenPage"), "A page of tokens"), ...refusals(400, 401, 403) },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid("query");
      return c.json(await listScimTokens(c.var.db, page, pageSize), 200);
    },
  )
  .openapi(
    route.post("/", "Make a SCIM token for an identity provider (admins)", {
      body: z.object({ name: z.string().trim().min(1).max(100) }),
      responses: { 201: json(NewScimToken, "The token, shown once"), ...refusals(400, 401, 403) },
    }),
    async (c) => {
      const made = await createScimToken(c.var.db, c.req.valid("json").name, c.var.me.id);
      await audit(c, "scim_token.created", { targetId: made.id });
      return c.json(made, 201);
    },
  )
  .openapi(
    route.delete("/{id}", "Revoke a SCIM token (admins)", {
      params: IdParam,
      responses: { 200: json(ScimToken, "The token, revoked"), ...refusals(401, 403, 404) },
    }),
    async (c) => {
      const revoked = await revokeScimToken(c.var.db, c.req.valid("param").id);
      if (!revoked) throw notFound("Token");
      await audit(c, "scim_token.revoked", { targetId: revoked.id });
      return c.json(revoked, 200);
    },
  );
