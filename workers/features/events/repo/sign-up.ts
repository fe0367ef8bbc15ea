/**
 * @module features/events/repo/sign-up
 * Registering by a mailed confirmation: how many hold a role's seats, and the confirmation a token
 * stands for, read without using it up (auth redeems it).
 */
import { and, eq, sql } from "drizzle-orm";
import { emailTokens, eventRegistrations, people } from "../../../db/schema";
import type { EventRole } from "../../../domain/roles";
import type { DB } from "../../../platform/db";
import { sha256Hex } from "../../../platform/crypto";

/** What the mailed confirmation carries: the form as typed, applied once the address's owner confirms. */
export type EventSignUp = { eventId: string; name: string; role: EventRole; interests: string[] };

/** How many are registered in a role, whoever came or not: a seat is held from registering. */
export async function registeredWithRole(db: DB, eventId: string, role: EventRole) {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.role, role)));
  return row?.n ?? 0;
}

/** The event confirmation behind a token, used or not; null for any other token or none. */
export async function signUpOf(db: DB, token: string) {
  const [row] = await db
    .select({
      personId: emailTokens.personId,
      payload: emailTokens.payload,
      usedAt: emailTokens.usedAt,
      expiresAt: emailTokens.expiresAt,
    })
    .from(emailTokens)
    .where(eq(emailTokens.tokenHash, await sha256Hex(token)));
  const payload = row?.payload as Partial<EventSignUp> | null | undefined;
  if (!row || !payload?.eventId) return null;
  return { ...row, payload: payload as EventSignUp };
}

/** The name and address of someone confirming. */
export async function personOf(db: DB, id: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, email: people.email, uiLanguage: people.uiLanguage })
    .from(people)
    .where(eq(people.id, id));
  return row ?? null;
}
