/**
 * @module features/auth/repo/tokens
 * Single-use email tokens: created with a hash only, redeemed by one atomic UPDATE so two
 * simultaneous clicks cannot both succeed (ARCHITECTURE.md, invariants 2 and 4).
 */
import { and, eq, isNull } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { emailTokens } from "../../../db/schema";
import { randomToken, sha256Hex } from "../../../platform/crypto";

export const SIGNIN_TTL_MS = 10 * 60 * 1000;
export const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000;

type NewToken = {
  purpose: "signin" | "confirm";
  personId: string;
  enrollmentId?: string;
  payload?: unknown;
  ttlMs: number;
};

/** Creates a token and returns it in clear; only its hash is stored. */
export async function createEmailToken(db: DB, t: NewToken, now = Date.now()): Promise<string> {
  const token = randomToken();
  await db.insert(emailTokens).values({
    tokenHash: await sha256Hex(token),
    purpose: t.purpose,
    personId: t.personId,
    enrollmentId: t.enrollmentId ?? null,
    payload: t.payload ?? null,
    expiresAt: now + t.ttlMs,
  });
  return token;
}

export type RedeemFailure = "unknown" | "used" | "expired";

/**
 * Redeems a token once, and with it every other unused sign-in link of the same person. On failure,
 * says why, so the page can tell the person what to do.
 */
export async function redeemEmailToken(db: DB, token: string, now = Date.now()) {
  const hash = await sha256Hex(token);
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.tokenHash, hash), isNull(emailTokens.usedAt)))
    .returning();
  if (row && row.expiresAt > now) {
    // An older sign-in link left in a mailbox must not outlive the one the person used.
    await db
      .update(emailTokens)
      .set({ usedAt: now })
      .where(
        and(eq(emailTokens.personId, row.personId), eq(emailTokens.purpose, "signin"), isNull(emailTokens.usedAt)),
      );
    return { ok: true as const, token: row };
  }
  if (row) return { ok: false as const, reason: "expired" as RedeemFailure };
  const existing = await db
    .select({ usedAt: emailTokens.usedAt })
    .from(emailTokens)
    .where(eq(emailTokens.tokenHash, hash));
  return { ok: false as const, reason: (existing.length ? "used" : "unknown") as RedeemFailure };
}
