/** @module features/auth/repo/sessions — server-side session rows, so a logout revokes a token that has not expired. */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { sessions } from "../../../db/schema";
import { SESSION_TTL_SECONDS } from "../../../platform/session";

/** The insert for a new session (batched with whatever else the sign-in changes). */
export function insertSession(db: DB, id: string, personId: string, now = Date.now(), adminByGroup = false) {
  return db.insert(sessions).values({ id, personId, expiresAt: now + SESSION_TTL_SECONDS * 1000, adminByGroup });
}

export function revokeSession(db: DB, id: string, now = Date.now()) {
  return db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
}

/** Ends every live session of a person (deprovisioned): their next request is signed out. */
export const revokeSessionsOf = (db: DB, personId: string, now = Date.now()) =>
  db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.personId, personId), isNull(sessions.revokedAt)));

/** SQL: the person `p` was deprovisioned by the identity provider and may not sign in. */
const deactivated = sql`EXISTS (SELECT 1 FROM scim_users su WHERE su.person_id = p.id AND su.active = 0)`;

/** Whether the person with this email was deprovisioned; false for an unknown email. */
export const isDeactivated = async (db: DB, email: string) =>
  !!(await db.get<{ one: number } | undefined>(
    sql`SELECT 1 AS one FROM people p WHERE p.email = ${email} AND ${deactivated}`,
  ));

type SessionPerson = {
  id: string;
  email: string;
  name: string;
  ui_language: string | null;
  managed: string;
  admin_by_group: number;
};

/**
 * The person of a live session (not revoked, not expired, not deprovisioned) with the ids of the programs they manage as
 * a JSON array, in one round trip; undefined otherwise.
 */
export const sessionPerson = (db: DB, sessionId: string, personId: string, now: number) =>
  db.get<SessionPerson | undefined>(sql`
    SELECT p.id, p.email, p.name, p.ui_language, s.admin_by_group,
      (SELECT json_group_array(pm.program_id) FROM program_managers pm WHERE pm.person_id = p.id) AS managed
    FROM sessions s JOIN people p ON p.id = s.person_id
    WHERE s.id = ${sessionId} AND s.person_id = ${personId}
      AND s.revoked_at IS NULL AND s.expires_at > ${now} AND NOT ${deactivated}`);
