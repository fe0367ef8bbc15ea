/**
 * @module features/applications/repo
 * Mentors' applications to programs that approve their mentors: one per person and program, pending
 * until a manager accepts or declines it, a decision taken once (a conditional update).
 */
import { and, count, desc, eq, ne } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { mentorApplications, people } from "../../db/schema";
import { MENTOR_ROLES } from "../../domain/roles";
import type { APPLICATION_STATUSES } from "../../domain/statuses";

export type Application = typeof mentorApplications.$inferSelect;
type Status = (typeof APPLICATION_STATUSES)[number];

export const mayMentor = (role: string | null) => !!role && MENTOR_ROLES.includes(role);

export const applicationOf = async (db: DB, programId: string, personId: string) =>
  (
    await db
      .select()
      .from(mentorApplications)
      .where(and(eq(mentorApplications.programId, programId), eq(mentorApplications.personId, personId)))
  )[0] ?? null;

/**
 * Applies, or applies again after a decline: the answer waits for a manager once more. An accepted
 * application is left as it is (the upsert's WHERE), so the answer is null then.
 */
export async function apply(
  db: DB,
  programId: string,
  personId: string,
  input: { why: string; experience: string; topics: string[] },
) {
  const [row] = await db
    .insert(mentorApplications)
    .values({ id: crypto.randomUUID(), programId, personId, ...input })
    .onConflictDoUpdate({
      target: [mentorApplications.programId, mentorApplications.personId],
      set: { ...input, status: "pending", reason: null, decidedBy: null, decidedAt: null },
      setWhere: ne(mentorApplications.status, "accepted"),
    })
    .returning();
  return row ?? null;
}

/** A page of a program's applications (optionally of one status), oldest waiting first, with who applied. */
export async function pageOfApplications(
  db: DB,
  programId: string,
  status: Status | undefined,
  page: number,
  size: number,
) {
  const where = and(
    eq(mentorApplications.programId, programId),
    status ? eq(mentorApplications.status, status) : undefined,
  );
  const [rows, [total]] = await db.batch([
    db
      .select({ a: mentorApplications, name: people.name, email: people.email, uiLanguage: people.uiLanguage })
      .from(mentorApplications)
      .innerJoin(people, eq(people.id, mentorApplications.personId))
      .where(where)
      .orderBy(desc(eq(mentorApplications.status, "pending")), mentorApplications.createdAt)
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(mentorApplications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Decides a pending application once: the row as decided, or null when it was not pending. */
export const decide = async (
  db: DB,
  id: string,
  programId: string,
  decision: { status: "accepted" | "declined"; reason: string; by: string; at: number },
) =>
  (
    await db
      .update(mentorApplications)
      .set({ status: decision.status, reason: decision.reason, decidedBy: decision.by, decidedAt: decision.at })
      .where(
        and(
          eq(mentorApplications.id, id),
          eq(mentorApplications.programId, programId),
          eq(mentorApplications.status, "pending"),
        ),
      )
      .returning()
  )[0] ?? null;

export const applicationById = async (db: DB, id: string, programId: string) =>
  (
    await db
      .select({ a: mentorApplications, name: people.name, email: people.email, uiLanguage: people.uiLanguage })
      .from(mentorApplications)
      .innerJoin(people, eq(people.id, mentorApplications.personId))
      .where(and(eq(mentorApplications.id, id), eq(mentorApplications.programId, programId)))
  )[0] ?? null;
