/**
 * @module routes/auth
 * Magic-link sign-in. The link in the mail opens a page with a button; only that page's POST to
 * /auth/verify redeems the token, so a mail scanner that follows links cannot use it up.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { AppEnv } from "../app-env";
import { clearedSessionCookie, sessionCookie, signSession } from "../auth/session";
import { publicOrigin } from "../config";
import { enrollments, people } from "../db/schema";
import { findPersonByEmail, personChanges } from "../data/people";
import { insertSession, revokeSession } from "../data/sessions";
import { CONFIRM_TTL_MS, SIGNIN_TTL_MS, createEmailToken, redeemEmailToken } from "../data/tokens";
import { emailSchema, type EnrollmentProfile, type PersonProfile } from "../domain/profile";
import { ApiError } from "../lib/errors";
import { allowHit } from "../lib/rate-limit";
import { NO_SESSION, OPTIONAL_SESSION } from "../lib/api-document";
import { router } from "../lib/validate";
import { sendMail } from "../mail/send";
import { signInMail } from "../mail/templates";
import { errors, json, jsonBody } from "../schemas/common";
import type { Context } from "hono";

export { CONFIRM_TTL_MS };
const tags = ["Auth"];

/** What a confirmation token carries: the sign-up as submitted, applied once confirmed. */
export type SignupPayload = {
  person: PersonProfile;
  enrollment: EnrollmentProfile & { role: string };
  consentAt: number;
};

const VerifyResult = z
  .object({
    personId: z.string(),
    purpose: z.enum(["signin", "confirm"]),
    programId: z.string().nullable(),
  })
  .openapi("VerifyResult");

const clientIp = (c: Context<AppEnv>) => c.req.header("cf-connecting-ip") ?? "local";

export const authRoutes = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/magic-link",
      security: NO_SESSION,
      tags,
      summary: "Email a sign-in link",
      description:
        "Answers 202 whether or not the email is known, so it cannot be used to find out who has an account.",
      request: jsonBody(z.object({ email: emailSchema })),
      responses: { 202: json(z.object({ ok: z.literal(true) }), "Accepted"), 400: errors[400], 429: errors[429] },
    }),
    async (c) => {
      const { email } = c.req.valid("json");
      const db = c.var.db;
      const [byEmail, byIp] = await Promise.all([
        allowHit(db, `magic:email:${email}`, 5, 15 * 60_000),
        allowHit(db, `magic:ip:${clientIp(c)}`, 30, 15 * 60_000),
      ]);
      if (!byEmail || !byIp) {
        throw new ApiError(429, "rate_limited", "Too many sign-in requests. Wait a few minutes and try again.");
      }
      let person = await findPersonByEmail(db, email);
      if (!person && c.var.config.adminEmails.has(email)) {
        person = (
          await db
            .insert(people)
            .values({ id: crypto.randomUUID(), email, name: "Administrator" })
            .onConflictDoUpdate({ target: people.email, set: { email } })
            .returning()
        )[0]!;
      }
      if (person) {
        const token = await createEmailToken(db, { purpose: "signin", personId: person.id, ttlMs: SIGNIN_TTL_MS });
        const url = `${publicOrigin(c.var.config, c.req.url)}/auth/verify?token=${token}`;
        await sendMail(db, c.env.MAIL_QUEUE, `signin:${token.slice(0, 16)}`, email, signInMail(person.name, url));
      }
      return c.json({ ok: true as const }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/verify",
      security: NO_SESSION,
      tags,
      summary: "Redeem a sign-in or confirmation token; sets the session cookie",
      request: jsonBody(z.object({ token: z.string().min(16).max(128) })),
      responses: {
        200: json(VerifyResult, "Signed in; a confirmation also activates the enrollment"),
        400: errors[400],
      },
    }),
    async (c) => {
      const db = c.var.db;
      const result = await redeemEmailToken(db, c.req.valid("json").token);
      if (!result.ok) {
        const message = {
          expired: "This link has expired. Ask for a new one.",
          used: "This link was already used. Ask for a new one.",
          unknown: "This link is not valid. Ask for a new one.",
        }[result.reason];
        throw new ApiError(400, `token_${result.reason}`, message);
      }
      const t = result.token;
      const now = Date.now();
      const sessionId = crypto.randomUUID();
      let programId: string | null = null;
      if (t.purpose === "confirm" && t.enrollmentId) {
        const p = t.payload as SignupPayload;
        const { capacity, ...profile } = p.enrollment;
        const [, , confirmed] = await db.batch([
          insertSession(db, sessionId, t.personId, now),
          db
            .update(people)
            .set({ ...personChanges(p.person), updatedAt: now })
            .where(eq(people.id, t.personId)),
          db
            .update(enrollments)
            .set({
              ...profile,
              role: profile.role as (typeof enrollments.$inferInsert)["role"],
              ...(capacity !== undefined ? { capacity } : {}),
              status: "active",
              consentAt: p.consentAt,
              confirmedAt: now,
              withdrawnAt: null,
              updatedAt: now,
            })
            .where(and(eq(enrollments.id, t.enrollmentId), eq(enrollments.personId, t.personId)))
            .returning({ programId: enrollments.programId }),
        ]);
        programId = confirmed[0]?.programId ?? null;
      } else {
        await insertSession(db, sessionId, t.personId, now);
      }
      const jwt = await signSession({ sub: t.personId, sid: sessionId }, c.env.JWT_SECRET, now);
      c.header("Set-Cookie", sessionCookie(jwt));
      return c.json({ personId: t.personId, purpose: t.purpose, programId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/logout",
      security: OPTIONAL_SESSION,
      tags,
      summary: "Sign out; the session is revoked on the server",
      responses: { 204: { description: "Signed out" } },
    }),
    async (c) => {
      if (c.var.user) await revokeSession(c.var.db, c.var.user.sessionId);
      c.header("Set-Cookie", clearedSessionCookie());
      return c.body(null, 204);
    },
  );
