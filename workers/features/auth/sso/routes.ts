/**
 * @module features/auth/sso/routes
 * Single sign-on's routes: which ways of signing in this Tandem offers, and OpenID Connect's start
 * and callback, both browser redirects.
 */
import { z } from "@hono/zod-openapi";
import { NO_SESSION } from "../../../platform/api-document";
import { routesFor } from "../../../platform/routes";
import { json, refusals } from "../../../platform/schemas";
import { router } from "../../../platform/validate";
import { finishAttempt, startAttempt } from "./oidc";

const route = routesFor(["Auth"]).with({ security: NO_SESSION });

const redirect = (description: string) => ({ description, headers: z.object({ location: z.string() }) });
const upstream = json(
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
  "The provider could not be reached",
);

const SignInMethods = z
  .object({
    magicLinks: z
      .enum(["all", "guests", "off"])
      .openapi({ description: "Who may ask for a link: anyone, `guestDomains` only, or nobody" }),
    guestDomains: z.array(z.string()),
    oidc: z
      .object({ name: z.string(), start: z.string() })
      .nullable()
      .openapi({ description: "The provider's button, if any" }),
    access: z.boolean().openapi({ description: "Cloudflare Access signs people in in front of Tandem" }),
  })
  .openapi("SignInMethods");

/** Only a path on this site, so the redirect after sign-in cannot send anyone elsewhere. */
const LocalPath = z
  .string()
  .max(512)
  .regex(/^\/(?![/\\])[^\s]*$/, "Give a path on this site, such as /programs.")
  .default("/");

export const ssoRoutes = router()
  .openapi(
    route.get("/methods", "The ways of signing in this Tandem offers", {
      responses: { 200: json(SignInMethods, "The sign-in methods") },
    }),
    (c) => {
      const sso = c.var.config.sso;
      const magicLinks: "all" | "guests" | "off" = sso.magicLinksForAll
        ? "all"
        : sso.guestDomains.length
          ? "guests"
          : "off";
      const oidc = sso.oidc ? { name: sso.oidc.name, start: "/api/auth/oidc/start" } : null;
      return c.json(
        { magicLinks, guestDomains: sso.magicLinksForAll ? [] : sso.guestDomains, oidc, access: !!sso.access },
        200,
      );
    },
  )
  .openapi(
    route.get("/oidc/start", "Start signing in with the OpenID Connect provider", {
      description: "Redirects to the provider; its answer comes back to `/api/auth/oidc/callback`.",
      query: z.object({ to: LocalPath.optional() }),
      responses: { 302: redirect("To the provider's sign-in page"), ...refusals(400, 404), 502: upstream },
    }),
    async (c) => c.redirect(await startAttempt(c, c.req.valid("query").to ?? "/"), 302),
  )
  .openapi(
    route.get("/oidc/callback", "Where the OpenID Connect provider sends the browser back; sets the session cookie", {
      query: z.object({
        state: z.string().min(1).max(512),
        code: z.string().min(1).max(4096).optional(),
        error: z.string().max(256).optional(),
        error_description: z.string().max(2048).optional(),
      }),
      responses: {
        302: redirect("Signed in: to where the sign-in started"),
        ...refusals(400, 403, 404),
        502: upstream,
      },
    }),
    async (c) => c.redirect(await finishAttempt(c, c.req.valid("query")), 302),
  );
