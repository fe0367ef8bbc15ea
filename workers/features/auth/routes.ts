/**
 * @module features/auth/routes
 * Magic-link sign-in. The link in the mail opens a page with a button; only that page's POST to
 * /auth/verify redeems the token, so a mail scanner that follows links cannot use it up.
 */
import { z } from "@hono/zod-openapi";
import { clearedSessionCookie, sessionCookie, signSession } from "../../platform/session";
import { publicOrigin } from "../../platform/config";
import { magicLinkAllowed } from "../../platform/sso-config";
import { MeSchema, applyProfile, ensurePerson, findPersonByEmail, meOf } from "../people";
import { confirmEnrollment } from "../programs";
import { insertSession, isDeactivated, revokeSession } from "./repo/sessions";
import { pendingConfirmation } from "../join";
import { clearErasureOf } from "../privacy";
import { SIGNIN_TTL_MS, createEmailToken, redeemEmailToken, type RedeemFailure } from "./repo/tokens";
import { emailSchema, type SignupPayload } from "../../domain/profile";
import { ApiError } from "../../platform/errors";
import { allowHit, clientIp } from "../../platform/rate-limit";
import { OPTIONAL_SESSION } from "../../platform/api-document";
import { guardedRoutesFor } from "./guards";

import { router } from "../../platform/validate";
import { sendMail } from "../mail";
import { signInMail } from "./mail";
import { json, refusals } from "../../platform/schemas";
import { requestLanguage } from "../../platform/request-language";

const { route, publicRoute } = guardedRoutesFor(["Auth"]);

const TOKEN_MESSAGES: Record<RedeemFailure, string> = {
  expired: "This link has expired. Ask for a new one.",
  used: "This link was already used, or a newer one was. Ask for a new one.",
  unknown: "This link is not valid. Ask for a new one.",
};

const TokenSchema = z.string().min(16).max(128);

const Confirmation = z
  .object({
    purpose: z.enum(["signin", "confirm"]),
    email: z.string().optional(),
    program: z.object({ id: z.string(), name: z.string() }).optional(),
    changes: z
      .array(z.object({ field: z.string(), label: z.string(), from: z.string(), to: z.string() }))
      .optional()
      .openapi({ description: "Each field of the existing profile that confirming would change" }),
    conflict: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: "Why this confirmation is refused (a role change that would leave a partner alone)" }),
  })
  .openapi("PendingConfirmation");

const VerifyResult = z
  .object({
    personId: z.string(),
    purpose: z.enum(["signin", "confirm"]),
    programId: z.string().nullable(),
  })
  .openapi("VerifyResult");

const SessionSchema = z
  .union([MeSchema, z.object({ person: z.null() })])
  .openapi("Session", { description: "The signed-in person, or `person: null` when nobody is signed in" });

/** Mounted at `/session`. */
export const sessionRoutes = router().openapi(
  route.get("/", "Who is signed in, if anyone", {
    security: OPTIONAL_SESSION,
    description:
      "Answers 200 either way, so a signed-out page asks without an error: `{ person: null }` when signed out.",
    responses: { 200: json(SessionSchema, "The session") },
  }),
  async (c) => {
    const me = c.var.user ? await meOf(c.var.db, c.var.user) : null;
    return c.json(me ?? { person: null }, 200);
  },
);

/** Mounted at `/auth`, beside single sign-on's routes. */
export const authRoutes = router()
  .openapi(
    publicRoute.post("/magic-link", "Email a sign-in link", {
      description:
        "Answers 202 whether or not the email is known, so it cannot be used to find out who has an account; " +
        "403 `sso_required` when this Tandem signs this address in through single sign-on only.",
      body: z.object({ email: emailSchema }),
      responses: {
        202: json(z.object({ ok: z.literal(true) }), "Accepted"),
        ...refusals(400, 403, 429),
      },
    }),
    async (c) => {
      const { email } = c.req.valid("json");
      const db = c.var.db;
      if (!magicLinkAllowed(c.var.config.sso, email)) {
        throw new ApiError(403, "sso_required", "Sign in with your organisation's single sign-on.");
      }
      const [byEmail, byIp] = await Promise.all([
        allowHit(db, `magic:email:${email}`, 5, 15 * 60_000),
        allowHit(db, `magic:ip:${clientIp(c)}`, c.var.config.limits.signInPerIp, 15 * 60_000),
      ]);
      if (!byEmail || !byIp) {
        throw new ApiError(429, "rate_limited", "Too many sign-in requests. Wait a few minutes and try again.");
      }
      let person = await findPersonByEmail(db, email);
      if (!person && c.var.config.adminEmails.has(email)) {
        person = await ensurePerson(db, email, { name: "Administrator" });
      }
      // Someone the identity provider turned off gets no link (their session would not load anyway).
      if (person && !(await isDeactivated(db, email))) {
        const token = await createEmailToken(db, { purpose: "signin", personId: person.id, ttlMs: SIGNIN_TTL_MS });
        const mail = signInMail(person.uiLanguage ?? requestLanguage(c), publicOrigin(c.var.config, c.req.url), token);
        await sendMail(db, c.env, `signin:${token.slice(0, 16)}`, email, mail);
      }
      return c.json({ ok: true as const }, 202);
    },
  )
  .openapi(
    publicRoute.get("/confirmation", "What a mailed link would do, without using it up", {
      description:
        "For a sign-up confirmation: the fields of the existing profile it would change, and why it is refused, if it is.",
      query: z.object({ token: TokenSchema }),
      responses: { 200: json(Confirmation, "The pending sign-in or confirmation"), ...refusals(400) },
    }),
    async (c) => {
      const pending = await pendingConfirmation(c.var.db, c.req.valid("query").token);
      if (pending.failure) throw new ApiError(400, `token_${pending.failure}`, TOKEN_MESSAGES[pending.failure]);
      return c.json(pending, 200);
    },
  )
  .openapi(
    publicRoute.post("/verify", "Redeem a sign-in or confirmation token; sets the session cookie", {
      description:
        "A confirmation that changes an existing profile needs `acceptChanges: true` (the person saw the changes); " +
        "one whose role change would leave a partner, group or rotation without them is refused with 409.",
      body: z.object({ token: TokenSchema, acceptChanges: z.boolean().optional() }),
      responses: {
        200: json(VerifyResult, "Signed in; a confirmation also activates the enrollment"),
        ...refusals(400, 409),
      },
    }),
    async (c) => {
      const db = c.var.db;
      const { token, acceptChanges } = c.req.valid("json");
      const pending = await pendingConfirmation(db, token);
      if (pending.purpose === "confirm") {
        if (pending.conflict) throw new ApiError(409, "role_in_use", pending.conflict);
        if (pending.changes.length && !acceptChanges) {
          throw new ApiError(
            409,
            "changes_not_accepted",
            `Confirming changes your profile: ${pending.changes.map((x) => x.label).join(", ")}. Review the changes and confirm them.`,
          );
        }
      }
      const result = await redeemEmailToken(db, token);
      if (!result.ok) throw new ApiError(400, `token_${result.reason}`, TOKEN_MESSAGES[result.reason]);
      const t = result.token;
      const now = Date.now();
      const sessionId = crypto.randomUUID();
      let programId: string | null = null;
      if (t.purpose === "confirm" && t.enrollmentId) {
        const p = t.payload as SignupPayload;
        const { capacity, ...profile } = p.enrollment;
        const enrollment = { ...profile, ...(capacity !== undefined ? { capacity } : {}), consentAt: p.consentAt };
        const [, , confirmed] = await db.batch([
          insertSession(db, sessionId, t.personId, now),
          applyProfile(db, t.personId, p.person, now),
          confirmEnrollment(db, t.enrollmentId, t.personId, enrollment, now),
        ]);
        programId = confirmed[0]?.programId ?? null;
      } else {
        await insertSession(db, sessionId, t.personId, now);
      }
      // Confirming from their own mailbox is a fresh sign-up: an erasure no longer keeps them out.
      await clearErasureOf(db, t.personId);
      const jwt = await signSession({ sub: t.personId, sid: sessionId }, c.env.JWT_SECRET, now);
      c.header("Set-Cookie", sessionCookie(jwt));
      return c.json({ personId: t.personId, purpose: t.purpose, programId }, 200);
    },
  )
  .openapi(
    route.post("/logout", "Sign out; the session is revoked on the server", {
      security: OPTIONAL_SESSION,
      responses: { 204: { description: "Signed out" } },
    }),
    async (c) => {
      if (c.var.user) await revokeSession(c.var.db, c.var.user.sessionId);
      c.header("Set-Cookie", clearedSessionCookie());
      return c.body(null, 204);
    },
  );
