/**
 * @module features/scim/repo/tokens
 * SCIM bearer tokens: random, stored as SHA-256 only, shown once, revocable (ARCHITECTURE.md, invariant 4).
 */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { scimTokens } from "../../../db/schema";
import { randomToken, sha256Hex } from "../../../platform/crypto";
import type { DB } from "../../../platform/db";

/** Makes a token; the answer holds it in clear, the only time it is seen. */
export async function createScimToken(db: DB, name: string, createdBy: string) {
  const token = `scim_${randomToken()}`;
  const [row] = await db
    .insert(scimTokens)
    .values({ id: crypto.randomUUID(), name, tokenHash: await sha256Hex(token), createdBy })
    .returning();
  return { ...tokenDto(row!), token };
}

export async function listScimTokens(db: DB, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(scimTokens)
      .orderBy(desc(scimTokens.createdAt), desc(scimTokens.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(scimTokens),
  ]);
  return { items: rows.map(tokenDto), total: total?.n ?? 0, page, pageSize };
}

/** Revokes a token; undefined when there is no such token. Revoking twice keeps the first time. */
export async function revokeScimToken(db: DB, id: string, now = Date.now()) {
  await db
    .update(scimTokens)
    .set({ revokedAt: now })
    .where(and(eq(scimTokens.id, id), isNull(scimTokens.revokedAt)));
  const [row] = await db.select().from(scimTokens).where(eq(scimTokens.id, id));
  return row && tokenDto(row);
}

/** The live token with this value, marked used; undefined for an unknown or revoked one. */
export async function useScimToken(db: DB, token: string, now = Date.now()) {
  const [row] = await db
    .update(scimTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(scimTokens.tokenHash, await sha256Hex(token)), isNull(scimTokens.revokedAt)))
    .returning({ id: scimTokens.id });
  return row;
}

function tokenDto(t: typeof scimTokens.$inferSelect) {
  return { id: t.id, name: t.name, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt };
}
