/** @module features/organisation/repo — the one row of branding. */
import { eq } from "drizzle-orm";
import { organisation } from "../../db/schema";
import type { DB } from "../../platform/db";

const ROW = 1;

export const readOrganisation = async (db: DB) =>
  (await db.select().from(organisation).where(eq(organisation.id, ROW)))[0] ?? null;

export const saveOrganisation = async (
  db: DB,
  values: { name: string; logo: string | null; accent: string | null; updatedBy: string },
) =>
  (
    await db
      .insert(organisation)
      .values({ id: ROW, ...values })
      .onConflictDoUpdate({ target: organisation.id, set: { ...values, updatedAt: Date.now() } })
      .returning()
  )[0]!;
