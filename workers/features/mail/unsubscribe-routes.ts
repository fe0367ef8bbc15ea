/**
 * @module features/mail/unsubscribe-routes
 * Unsubscribing from a category of mail: by the signed link in each mail (no sign-in, no cookie; mail
 * clients post the RFC 8058 one-click form to it), and on the signed-in person's preferences page.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { requireUser } from "../auth";
import { badRequest } from "../../platform/errors";
import { NO_SESSION } from "../../platform/api-document";
import { router } from "../../platform/validate";
import { CATEGORY_KEYS, MAIL_CATEGORIES } from "./categories";
import { isOptedOut, optIn, optOut, verifyUnsubscribe } from "./unsubscribe";
import { errors, json, jsonBody } from "../../platform/schemas";

const tags = ["Mail preferences"];
const TokenQuery = z.object({ token: z.string().min(1).max(2000) });
const Category = z.enum(CATEGORY_KEYS as [keyof typeof MAIL_CATEGORIES, ...(keyof typeof MAIL_CATEGORIES)[]]);
const Unsubscribed = z
  .object({ category: Category, label: z.string(), subscribed: z.boolean() })
  .openapi("MailCategoryState");
const Preferences = z.object({ items: z.array(Unsubscribed) }).openapi("MailPreferences");

async function fromToken(c: Context<AppEnv>, token: string) {
  const who = await verifyUnsubscribe(token, c.env.JWT_SECRET);
  if (!who) throw badRequest("invalid_token", "This unsubscribe link is not valid.");
  return who;
}

async function preferencesOf(c: Context<AppEnv>, email: string) {
  const items = await Promise.all(
    CATEGORY_KEYS.map(async (category) => ({
      category,
      label: MAIL_CATEGORIES[category],
      subscribed: !(await isOptedOut(c.var.db, email, category)),
    })),
  );
  return { items };
}

export const unsubscribeRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/unsubscribe",
      security: NO_SESSION,
      tags,
      summary: "What an unsubscribe link is for (its category, and whether it is still subscribed)",
      request: { query: TokenQuery },
      responses: { 200: json(Unsubscribed, "The link's category"), 400: errors[400] },
    }),
    async (c) => {
      const { email, category } = await fromToken(c, c.req.valid("query").token);
      const subscribed = !(await isOptedOut(c.var.db, email, category));
      return c.json({ category, label: MAIL_CATEGORIES[category], subscribed }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/unsubscribe",
      security: NO_SESSION,
      tags,
      summary: "Unsubscribe from the link's category: the RFC 8058 one-click post (`List-Unsubscribe=One-Click`)",
      description: "Needs no cookie: the token in the URL says who and what. Posting again changes nothing.",
      request: { query: TokenQuery },
      responses: { 200: json(Unsubscribed, "Unsubscribed"), 400: errors[400] },
    }),
    async (c) => {
      const { email, category } = await fromToken(c, c.req.valid("query").token);
      await optOut(c.var.db, email, category);
      return c.json({ category, label: MAIL_CATEGORIES[category], subscribed: false }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/mail-preferences",
      tags,
      summary: "Which kinds of mail you get",
      responses: { 200: json(Preferences, "Your preferences"), 401: errors[401] },
    }),
    async (c) => c.json(await preferencesOf(c, requireUser(c.var.user).email), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/me/mail-preferences",
      tags,
      summary: "Subscribe to or unsubscribe from one kind of mail",
      request: jsonBody(z.object({ category: Category, subscribed: z.boolean() }).openapi("MailPreferenceUpdate")),
      responses: { 200: json(Preferences, "Your preferences"), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const { email } = requireUser(c.var.user);
      const { category, subscribed } = c.req.valid("json");
      await (subscribed ? optIn : optOut)(c.var.db, email, category);
      return c.json(await preferencesOf(c, email), 200);
    },
  );
