/** @module features/auth/repo/sessions — server-side session rows, so a logout revokes a token that has not expired. */
import { eq } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { sessions } from "../../../db/schema";
import { SESSION_TTL_SECONDS } from "../../../platform/session";

/** The insert for a new session (batched with whatever else the sign-in changes). */
export function insertSession(db: DB, id: string, personId: string, now = Date.now()) {
  return db.insert(sessions).values({ id, personId, expiresAt: now + SESSION_TTL_SECONDS * 1000 });
}

export function revokeSession(db: DB, id: string, now = Date.now()) {
  return db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
}
