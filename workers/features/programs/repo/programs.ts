/** @module features/programs/repo/programs — programs, their shared link and their managers. */
import { count, desc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { DB } from "../../../platform/db";
import { enrollments, people, programManagers, programs } from "../../../db/schema";
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

export async function programBySlug(db: DB, slug: string) {
  return (await db.select().from(programs).where(eq(programs.slug, slug)).limit(1))[0] ?? null;
}

/** A page of programs, newest first, and how many there are; `ids` limits them (all when undefined). */
export async function pageOfPrograms(db: DB, ids: string[] | undefined, page: number, pageSize: number) {
  const where = ids ? inJson(programs.id, ids) : undefined;
  const [rows, [total]] = await db.batch([
    db
      .select()
      .from(programs)
      .where(where)
      .orderBy(desc(programs.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(programs).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function updateProgram(db: DB, id: string, changes: Partial<ProgramInput & { joinKey: string }>) {
  const [saved] = await db
    .update(programs)
    .set({ ...changes, updatedAt: Date.now() })
    .where(eq(programs.id, id))
    .returning();
  return saved!;
}

export async function hasEnrollments(db: DB, programId: string) {
  const [n] = await db.select({ n: count() }).from(enrollments).where(eq(enrollments.programId, programId));
  return !!n && n.n > 0;
}

/** Finds people by email, creating a bare profile for those who have none yet, so they can sign in. */
export async function peopleForEmails(db: DB, emails: string[]) {
  const unique = [...new Set(emails)];
  if (unique.length === 0) return [];
  const rows = unique.map((email) => ({ id: crypto.randomUUID(), email, name: email.split("@")[0]! }));
  const inserts = insertChunks(people, rows).map((chunk) =>
    db.insert(people).values(chunk).onConflictDoNothing({ target: people.email }),
  );
  await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts]);
  return db.select({ id: people.id }).from(people).where(inJson(people.email, unique));
}

/** The program behind a shared link, only when the key matches. */
export async function programByLink(db: DB, slug: string, key: string) {
  const row = await programBySlug(db, slug);
  return row && timingSafeEqual(row.joinKey, key) ? row : null;
}

export async function programManagersOf(db: DB, programIds: string[]) {
  if (programIds.length === 0) return [];
  return managersQuery(db, programIds);
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
const managersQuery = (db: DB, programIds: string[]) =>
  db
    .select({ programId: programManagers.programId, id: people.id, email: people.email, name: people.name })
    .from(programManagers)
    .innerJoin(people, eq(people.id, programManagers.personId))
    .where(inJson(programManagers.programId, programIds));

const countsQuery = (db: DB, programIds: string[]) =>
  db
    .select({ programId: enrollments.programId, status: enrollments.status, n: count() })
    .from(enrollments)
    .where(inJson(enrollments.programId, programIds))
    .groupBy(enrollments.programId, enrollments.status);

/** Each program's managers and its enrollments counted by status, in one round trip. */
export async function managersAndCounts(db: DB, programIds: string[]) {
  const counts = new Map<string, Record<string, number>>();
  if (programIds.length === 0) return { managers: [], counts };
  const [managers, rows] = await db.batch([managersQuery(db, programIds), countsQuery(db, programIds)]);
  for (const r of rows) counts.set(r.programId, { ...counts.get(r.programId), [r.status]: r.n });
  return { managers, counts };
}

/** The shared sign-up link. */
export const signupUrl = (origin: string, p: Program) =>
  `${origin}/join/${p.slug}?key=${encodeURIComponent(p.joinKey)}`;
