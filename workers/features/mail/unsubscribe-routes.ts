/**
 * @module features/mail/unsubscribe-routes
 * Unsubscribing from a category of mail: by the signed link in each mail (no sign-in, no cookie; mail
 * clients post the RFC 8058 one-click form to it), and on the signed-in person's preferences page.
 */
import { z } from "@hono/zod-openapi";
import type { DB } from "../../platform/db";
import { guardedRoutesFor } from "../auth";
import { badRequest } from "../../platform/errors";

import { router } from "../../platform/validate";
import { CATEGORY_KEYS, MAIL_CATEGORIES } from "./categories";
import { verifyUnsubscribe } from "./unsubscribe";
import { isOptedOut, optIn, optOut } from "./repo/opt-outs";
import { itemsOf, json, refusals } from "../../platform/schemas";

const { publicRoute, signedInRoute } = guardedRoutesFor(["Mail preferences"]);
// Every route of an unsubscribe link reads who and what from the link's signed token.
const linkRoute = publicRoute.with({ query: z.object({ token: z.string().min(1).max(2000) }) });
const Category = z.enum(CATEGORY_KEYS as [keyof typeof MAIL_CATEGORIES, ...(keyof typeof MAIL_CATEGORIES)[]]);
const Unsubscribed = z
  .object({ category: Category, label: z.string(), subscribed: z.boolean() })
  .openapi("MailCategoryState");
const Preferences = itemsOf(Unsubscribed, "MailPreferences");

async function fromToken(secret: string, token: string) {
  const who = await verifyUnsubscribe(token, secret);
  if (!who) throw badRequest("invalid_token", "This unsubscribe link is not valid.");
  return who;
}

async function preferencesOf(db: DB, email: string) {
  const items = await Promise.all(
    CATEGORY_KEYS.map(async (category) => ({
      category,
      label: MAIL_CATEGORIES[category],
      subscribed: !(await isOptedOut(db, email, category)),
    })),
  );
  return { items };
}

/** Mounted at `/unsubscribe`. */
export const unsubscribeRoutes = router()
  .openapi(
    linkRoute.get("/", "What an unsubscribe link is for (its category, and whether it is still subscribed)", {
      responses: { 200: json(Unsubscribed, "The link's category"), ...refusals(400) },
    }),
    async (c) => {
      const { email, category } = await fromToken(c.env.JWT_SECRET, c.req.valid("query").token);
      const subscribed = !(await isOptedOut(c.var.db, email, category));
      return c.json({ category, label: MAIL_CATEGORIES[category], subscribed }, 200);
    },
  )
  .openapi(
    linkRoute.post(
      "/",
      "Unsubscribe from the link's category: the RFC 8058 one-click post (`List-Unsubscribe=One-Click`)",
      {
        description: "Needs no cookie: the token in the URL says who and what. Posting again changes nothing.",
        responses: { 200: json(Unsubscribed, "Unsubscribed"), ...refusals(400) },
      },
    ),
    async (c) => {
      const { email, category } = await fromToken(c.env.JWT_SECRET, c.req.valid("query").token);
      await optOut(c.var.db, email, category);
      return c.json({ category, label: MAIL_CATEGORIES[category], subscribed: false }, 200);
    },
  );

/** Mounted at `/me/mail-preferences`. */
export const mailPreferenceRoutes = router()
  .openapi(
    signedInRoute.get("/", "Which kinds of mail you get", {
      responses: { 200: json(Preferences, "Your preferences"), ...refusals(401) },
    }),
    async (c) => c.json(await preferencesOf(c.var.db, c.var.me.email), 200),
  )
  .openapi(
    signedInRoute.put("/", "Subscribe to or unsubscribe from one kind of mail", {
      body: z.object({ category: Category, subscribed: z.boolean() }).openapi("MailPreferenceUpdate"),
      responses: { 200: json(Preferences, "Your preferences"), ...refusals(400, 401) },
    }),
    async (c) => {
      const { email } = c.var.me;
      const { category, subscribed } = c.req.valid("json");
      await (subscribed ? optIn : optOut)(c.var.db, email, category);
      return c.json(await preferencesOf(c.var.db, email), 200);
    },
  );
