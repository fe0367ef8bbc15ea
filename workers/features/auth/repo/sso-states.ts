/** @module features/auth/repo/sso-states — each OpenID Connect state is redeemed once (ARCHITECTURE.md, invariant 4). */
import type { DB } from "../../../platform/db";
import { ssoStates } from "../../../db/schema";
import { sha256Hex } from "../../../platform/crypto";

/** Claims the state in one conditional insert; false when its callback already ran. */
export async function claimState(db: DB, state: string, expiresAt: number) {
  const claimed = await db
    .insert(ssoStates)
    .values({ stateHash: await sha256Hex(state), expiresAt })
    .onConflictDoNothing()
    .returning({ h: ssoStates.stateHash });
  return claimed.length === 1;
}
