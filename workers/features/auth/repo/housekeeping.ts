/** @module features/auth/repo/housekeeping — removes rows that can no longer matter: spent limits, old tokens and sessions. */
import { lt } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { emailTokens, rateLimits, sessions, ssoStates } from "../../../db/schema";

const DAY = 24 * 60 * 60 * 1000;

/** Deletes expired rows in one batch; safe to run on every tick. */
export async function purgeExpired(db: DB, now = Date.now()) {
  const [limits, tokens, ended, states] = await db.batch([
    db
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, now - DAY))
      .returning({ key: rateLimits.key }),
    db
      .delete(emailTokens)
      .where(lt(emailTokens.expiresAt, now - 7 * DAY))
      .returning({ h: emailTokens.tokenHash }),
    db
      .delete(sessions)
      .where(lt(sessions.expiresAt, now - DAY))
      .returning({ id: sessions.id }),
    db
      .delete(ssoStates)
      .where(lt(ssoStates.expiresAt, now - DAY))
      .returning({ h: ssoStates.stateHash }),
  ]);
  return { rateLimits: limits.length, tokens: tokens.length, sessions: ended.length, ssoStates: states.length };
}
