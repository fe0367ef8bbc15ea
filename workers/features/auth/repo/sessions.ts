/** @module features/auth/repo/sessions — server-side session rows, so a logout revokes a token that has not expired. */
import { eq, sql } from "drizzle-orm";
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

type SessionPerson = { id: string; email: string; name: string; managed: string };

/**
 * The person of a live session (not revoked, not expired) with the ids of the programs they manage as
 * a JSON array, in one round trip; undefined otherwise.
 */
export const sessionPerson = (db: DB, sessionId: string, personId: string, now: number) =>
  db.get<SessionPerson | undefined>(sql`
    SELECT p.id, p.email, p.name,
      (SELECT json_group_array(pm.program_id) FROM program_managers pm WHERE pm.person_id = p.id) AS managed
    FROM sessions s JOIN people p ON p.id = s.person_id
    WHERE s.id = ${sessionId} AND s.person_id = ${personId}
      AND s.revoked_at IS NULL AND s.expires_at > ${now}`);
