/** @module features/programs/repo/programs — programs, their shared link and their managers. */
import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { DB } from "../../../platform/db";
import { people, programManagers, programs } from "../../../db/schema";
import { inJson, insertChunks } from "../../../platform/statements";
import { randomToken, timingSafeEqual } from "../../../platform/crypto";
import { slugify } from "../../../domain/profile";

export type Program = typeof programs.$inferSelect;
export type ProgramInput = Omit<typeof programs.$inferInsert, "id" | "slug" | "joinKey" | "createdAt" | "updatedAt">;

export const newJoinKey = () => randomToken(18);

export type Statement = BatchItem<"sqlite">;

/**
 * Creates a program under a slug made from its name, adding a suffix if that slug is taken. `with`
 * gives statements written in the same batch (its managers, say), so the program never exists without them.
 */
export async function createProgram(
  db: DB,
  input: ProgramInput,
  withIt: (programId: string) => Statement[] = () => [],
): Promise<Program> {
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug =
      attempt === 0
        ? base
        : `${base}-${randomToken(3)
            .toLowerCase()
            .replace(/[^a-z0-9]/g, "x")}`;
    const id = crypto.randomUUID();
    try {
      const [[row]] = await db.batch([
        db
          .insert(programs)
          .values({ ...input, id, slug, joinKey: newJoinKey() })
          .returning(),
        ...withIt(id),
      ]);
      return row!;
    } catch (err) {
      // The batch rolled back as a whole; only a taken slug is worth another try.
      if (/UNIQUE constraint failed: programs\.slug/.test(`${err} ${(err as Error).cause ?? ""}`)) continue;
      throw err;
    }
  }
  throw new Error("could not find a free slug");
}

export async function getProgram(db: DB, id: string) {
  return (await db.select().from(programs).where(eq(programs.id, id)).limit(1))[0] ?? null;
}

/** The program behind a shared link, only when the key matches. */
export async function programByLink(db: DB, slug: string, key: string) {
  const row = (await db.select().from(programs).where(eq(programs.slug, slug)).limit(1))[0];
  return row && timingSafeEqual(row.joinKey, key) ? row : null;
}

export async function programManagersOf(db: DB, programIds: string[]) {
  if (programIds.length === 0) return [];
  return db
    .select({ programId: programManagers.programId, id: people.id, email: people.email, name: people.name })
    .from(programManagers)
    .innerJoin(people, eq(people.id, programManagers.personId))
    .where(inJson(programManagers.programId, programIds));
}

/** The inserts naming these people (who must already exist) managers of the program. */
export const managerInserts = (db: DB, programId: string, personIds: string[]) =>
  insertChunks(
    programManagers,
    personIds.map((personId) => ({ programId, personId })),
  ).map((rows) => db.insert(programManagers).values(rows).onConflictDoNothing());

/** Replaces a program's managers with these people (who must already exist), in one batch. */
export async function setManagers(db: DB, programId: string, personIds: string[]) {
  await db.batch([
    db.delete(programManagers).where(eq(programManagers.programId, programId)),
    ...managerInserts(db, programId, personIds),
  ]);
}

/** Counts of enrollments by status, per program. */
export async function enrollmentCounts(db: DB, programIds: string[]) {
  if (programIds.length === 0) return new Map<string, Record<string, number>>();
  const rows = await db.all<{ program_id: string; status: string; n: number }>(sql`
    SELECT program_id, status, count(*) AS n FROM enrollments
    WHERE ${inJson(sql.raw("program_id"), programIds)} GROUP BY program_id, status`);
  const map = new Map<string, Record<string, number>>();
  for (const r of rows) map.set(r.program_id, { ...map.get(r.program_id), [r.status]: r.n });
  return map;
}

/** The shared sign-up link. */
export const signupUrl = (origin: string, p: Program) =>
  `${origin}/join/${p.slug}?key=${encodeURIComponent(p.joinKey)}`;
