/** @module features/matching/repo/settings — a program's matching mode and criteria, saved on its row. */
import { eq } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { programs } from "../../../db/schema";
import type { Program } from "../../programs";

export type MatchingFields = Pick<Program, "matchMode" | "matchSettings" | "requestDays" | "choiceClosesOn">;

/** Saves the program's matching mode and criteria; returns the program as saved. */
export async function saveMatchSettings(db: DB, programId: string, fields: MatchingFields, now: number) {
  const [saved] = await db
    .update(programs)
    .set({ ...fields, updatedAt: now })
    .where(eq(programs.id, programId))
    .returning();
  return saved!;
}
