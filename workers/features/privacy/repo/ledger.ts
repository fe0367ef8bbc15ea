/**
 * @module features/privacy/repo/ledger
 * The erasure ledger: whether an address belongs to someone who erased their account, and clearing it
 * when they sign up again themselves. Addresses are compared by their SHA-256 only (repo/erase).
 */
import { eq } from "drizzle-orm";
import { erasures, people } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { inJson } from "../../../platform/statements";
import { ledgerHash } from "./erase";

/** Hashes a statement looks up: its one JSON parameter stays far below D1's 2 MB for a value. */
const PER_STATEMENT = 5_000;

/** The addresses among these whose owner erased their account; one statement per 5,000 addresses. */
export async function erasedAmong(db: DB, emails: readonly string[]): Promise<Set<string>> {
  const hashes = new Map(await Promise.all(emails.map(async (e) => [await ledgerHash(e), e] as const)));
  const keys = [...hashes.keys()];
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += PER_STATEMENT) {
    const rows = await db
      .select({ h: erasures.emailHash })
      .from(erasures)
      .where(inJson(erasures.emailHash, keys.slice(i, i + PER_STATEMENT)));
    for (const r of rows) found.add(hashes.get(r.h)!);
  }
  return found;
}

export const isErased = async (db: DB, email: string) => (await erasedAmong(db, [email])).size > 0;

/** The person signed up again themselves (a confirmed link, or their identity provider): their entry goes. */
export async function clearErasureOf(db: DB, personId: string) {
  const [person] = await db.select({ email: people.email }).from(people).where(eq(people.id, personId));
  if (person) await db.delete(erasures).where(eq(erasures.emailHash, await ledgerHash(person.email)));
}
