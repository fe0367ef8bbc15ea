/**
 * @module features/join/link-sign-up
 * What signing up through a shared link (a program's here, an event's in features/events)
 * does before anyone is signed in. Each request mails any address typed, so it is counted three ways:
 * by network, by program or event, and by address. The form waits in a confirmation token until the
 * address's owner opens the mailed link.
 */
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { publicOrigin } from "../../platform/config";
import { ApiError } from "../../platform/errors";
import { allowHit, clientIp } from "../../platform/rate-limit";
import { requestLanguage } from "../../platform/request-language";
import type { UiLanguage } from "../../platform/i18n";
import { sendMail, type RenderedMail } from "../mail";
import { ensurePerson } from "../people";
import { CONFIRM_TTL_MS, createEmailToken } from "../auth";

/** One kind of shared link: its rate-limit keys, and what it signs up for (which words its refusals use). */
export interface SignUpLink {
  /** Starts its rate-limit keys. */
  scope: string;
  /** Starts its confirmation mails' idempotency keys. */
  mailKey: string;
  target: "program" | "event";
}

const PER_EMAIL = 5;
const WINDOW_MS = 15 * 60_000;

const tooMany = (message: string) => new ApiError(429, "rate_limited", message);

/** A refusal for each count, in whole sentences for each kind of link, so each is translated whole. */
const REFUSALS = {
  program: {
    network: () => tooMany("Too many sign-ups from your network. Wait a few minutes and try again."),
    target: () => tooMany("This program has had many sign-ups in the last minutes. Try again shortly."),
    email: () => tooMany("Too many sign-ups for this email. Wait a few minutes and try again."),
  },
  event: {
    network: () => tooMany("Too many registrations from your network. Wait a few minutes and try again."),
    target: () => tooMany("This event has had many registrations in the last minutes. Try again shortly."),
    email: () => tooMany("Too many registrations for this email. Wait a few minutes and try again."),
  },
};

/** Counted before the link is checked, so guessing keys costs the same as signing up. */
export async function limitByNetwork(c: Context<AppEnv>, link: SignUpLink) {
  const { joinPerIp } = c.var.config.limits;
  if (!(await allowHit(c.var.db, `${link.scope}:ip:${clientIp(c)}`, joinPerIp, WINDOW_MS))) {
    throw REFUSALS[link.target].network();
  }
}

/** Counts a request into one program or event, and one for its address. */
export async function limitByTarget(c: Context<AppEnv>, link: SignUpLink, targetId: string, email: string) {
  const { db } = c.var;
  const [byTarget, byEmail] = await Promise.all([
    allowHit(db, `${link.scope}:${link.target}:${targetId}`, c.var.config.limits.joinPerProgram, WINDOW_MS),
    allowHit(db, `${link.scope}:${targetId}:${email}`, PER_EMAIL, WINDOW_MS),
  ]);
  if (!byTarget) throw REFUSALS[link.target].target();
  if (!byEmail) throw REFUSALS[link.target].email();
}

/**
 * Until the address's owner confirms, a new person is named after the address: what the requester typed
 * waits in the token, which `mailConfirmation` mails to the address.
 */
export const personToConfirm = (c: Context<AppEnv>, email: string) =>
  ensurePerson(c.var.db, email, { name: email.split("@")[0]! });

type Pending = Awaited<ReturnType<typeof personToConfirm>>;

/** Mails the address's owner the link that confirms what `payload` holds. */
export async function mailConfirmation(
  c: Context<AppEnv>,
  link: SignUpLink,
  to: Pending,
  pending: { payload: unknown; enrollmentId?: string },
  mail: (language: UiLanguage, origin: string, token: string) => RenderedMail,
) {
  const { db } = c.var;
  const token = await createEmailToken(db, { purpose: "confirm", personId: to.id, ...pending, ttlMs: CONFIRM_TTL_MS });
  const written = mail(to.uiLanguage ?? requestLanguage(c), publicOrigin(c.var.config, c.req.url), token);
  await sendMail(db, c.env, `${link.mailKey}:${token.slice(0, 16)}`, to.email, written);
}
