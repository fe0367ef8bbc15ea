/**
 * @module features/events/sign-up-routes
 * Registering for an event through its link without an account, as through a program's link
 * (features/join): the form travels in a mailed confirmation token, and only the address's owner
 * opening it registers them and signs them in. Hosts still add walk-ins at the door (day-routes).
 */
import { z } from "@hono/zod-openapi";
import { NO_SESSION } from "../../platform/api-document";
import { emailDomainAllowed } from "../../platform/config";
import { ApiError, badRequest } from "../../platform/errors";
import { routesFor } from "../../platform/routes";
import { IdParam, json, refusals } from "../../platform/schemas";
import { sessionCookie, signSession } from "../../platform/session";
import { router } from "../../platform/validate";
import { insertSession, redeemEmailToken } from "../auth";
import { limitByNetwork, limitByTarget, mailConfirmation, personToConfirm, type SignUpLink } from "../join";
import { applyProfile } from "../people";
import { linkedEvent } from "./access";
import { eventConfirmMail } from "./mail";
import { assertOpen, mailRegistered } from "./registration";
import { getEvent, register, registrationOf, type Registration } from "./repo/events";
import { personOf, signUpOf, type EventSignUp } from "./repo/sign-up";
import { roleAt } from "./roles";
import { EventSignUpConfirmSchema, EventSignUpSchema, EventSignedUpSchema } from "./schemas";
import { requestLanguage } from "../../platform/request-language";

const route = routesFor(["Events"]).with({ security: NO_SESSION, params: IdParam });
const LINK: SignUpLink = { scope: "event-sign-up", mailKey: "event-confirm", target: "event" };
const alreadyRegistered = () =>
  new ApiError(409, "already_registered", "This email is already registered for this event. Sign in to see your seat.");
const badToken = (reason: "unknown" | "used" | "expired") =>
  new ApiError(
    400,
    `token_${reason}`,
    reason === "expired"
      ? "This link has expired. Register again through the event's link."
      : "This link is not valid any more. Register again through the event's link.",
  );

export const eventSignUpRoutes = router()
  .openapi(
    route.post("/", "Register through the event's link without an account; emails a confirmation link", {
      description:
        "Name, email and role (none in a peer event). Refused with 409 when the event is over (`event_over`), the role's seats are taken (`event_full`) or the email is already registered (`already_registered`).",
      body: EventSignUpSchema,
      responses: {
        202: json(z.object({ ok: z.literal(true) }), "Check your email"),
        ...refusals(400, 404, 409, 429),
      },
    }),
    async (c) => {
      const { key, email, name, interests, ...body } = c.req.valid("json");
      await limitByNetwork(c, LINK);
      const event = await linkedEvent(c, c.req.valid("param").id, key);
      const role = roleAt(event, body.role);
      if (!emailDomainAllowed(c.var.config, email)) {
        throw badRequest("invalid_input", "Some fields are not valid.", {
          email: `Use your work email (${c.var.config.allowedDomains.map((d) => "@" + d).join(", ")}).`,
        });
      }
      await limitByTarget(c, LINK, event.id, email);
      await assertOpen(c, event, role);
      const person = await personToConfirm(c, email);
      if (await registrationOf(c.var.db, event.id, person.id)) throw alreadyRegistered();
      const payload: EventSignUp = { eventId: event.id, name, role, interests };
      await mailConfirmation(c, LINK, person, { payload }, (language, origin, token) =>
        eventConfirmMail(language, event.title, origin, { id: event.id, key }, token),
      );
      return c.json({ ok: true as const }, 202);
    },
  )
  .openapi(
    route.post("/confirm", "Confirm a registration by the mailed link: registers you and signs you in", {
      description:
        "Confirming again answers the registration as it is, without signing in again. 409 when the event filled up or ended meanwhile.",
      body: EventSignUpConfirmSchema,
      responses: { 200: json(EventSignedUpSchema, "Registered"), ...refusals(400, 409) },
    }),
    async (c) => {
      const db = c.var.db;
      const { token } = c.req.valid("json");
      const pending = await signUpOf(db, token);
      const event =
        pending?.payload.eventId === c.req.valid("param").id ? await getEvent(db, pending.payload.eventId) : null;
      if (!pending || !event) throw badToken("unknown");
      const existing = await registrationOf(db, event.id, pending.personId);
      const answer = (r: Pick<Registration, "status" | "role">, signedIn: boolean) =>
        c.json({ status: r.status, role: r.role, signedIn }, 200);
      // A second click (or a mail scanner's first) finds the registration made: the same answer, no new session.
      if (pending.usedAt !== null) {
        if (existing) return answer(existing, false);
        throw badToken("used");
      }
      if (!existing) await assertOpen(c, event, pending.payload.role);
      const redeemed = await redeemEmailToken(db, token);
      if (!redeemed.ok) {
        const now = await registrationOf(db, event.id, pending.personId);
        if (now && redeemed.reason === "used") return answer(now, false);
        throw badToken(redeemed.reason);
      }
      const { name, role, interests } = pending.payload;
      const row = existing ?? (await register(db, event.id, pending.personId, role, interests, null));
      const person = (await personOf(db, pending.personId))!;
      const now = Date.now();
      const sessionId = crypto.randomUUID();
      // The owner confirmed: a name still made from the address becomes the one they typed.
      const named = person.name === person.email.split("@")[0];
      await db.batch([
        insertSession(db, sessionId, person.id, now),
        applyProfile(db, person.id, named ? { name } : {}, now),
      ]);
      c.header(
        "Set-Cookie",
        sessionCookie(await signSession({ sub: person.id, sid: sessionId }, c.env.JWT_SECRET, now)),
      );
      if (!existing) {
        const language = person.uiLanguage ?? requestLanguage(c);
        await mailRegistered(c, event, { email: person.email, name: named ? name : person.name, language }, row);
      }
      return answer(row, true);
    },
  );
