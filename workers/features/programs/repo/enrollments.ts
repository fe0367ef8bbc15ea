/** @module features/programs/repo/enrollments — a person's enrollments in programs. */
import { and, eq, sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { columnsOf } from "../../../platform/statements";
import { enrollments, programs } from "../../../db/schema";

export type Enrollment = typeof enrollments.$inferSelect;
type Role = Enrollment["role"];
type EnrollmentChange = Partial<Omit<typeof enrollments.$inferInsert, "id" | "programId" | "personId" | "role">>;
/** A profile as a sign-up carries it: its role unchecked against the column's list (the route checks it). */
type SignupEnrollment = EnrollmentChange & { role: string };

const ofPerson = (personId: string, programId: string) =>
  and(eq(enrollments.personId, personId), eq(enrollments.programId, programId));

/** Changes the person's own enrollment in a program; undefined if they have none there. */
export async function updateOwnEnrollment(db: DB, personId: string, programId: string, change: EnrollmentChange) {
  const [saved] = await db
    .update(enrollments)
    .set({ updatedAt: Date.now(), ...change })
    .where(ofPerson(personId, programId))
    .returning();
  return saved;
}

/** The pending enrollment a sign-up waits in; one that exists is left as it is until the sign-up is confirmed. */
export async function signupEnrollment(db: DB, programId: string, personId: string, e: SignupEnrollment) {
  const [row] = await db
    .insert(enrollments)
    .values({ ...e, id: crypto.randomUUID(), programId, personId, role: e.role as Role })
    .onConflictDoUpdate({
      target: [enrollments.programId, enrollments.personId],
      set: { updatedAt: sql`${enrollments.updatedAt}` },
    })
    .returning({ id: enrollments.id });
  return row!;
}

/** The update that applies a confirmed sign-up to its enrollment (batched with the rest of the sign-in). */
export const confirmEnrollment = (db: DB, id: string, personId: string, e: SignupEnrollment, now: number) =>
  db
    .update(enrollments)
    .set({ ...e, role: e.role as Role, status: "active", confirmedAt: now, withdrawnAt: null, updatedAt: now })
    .where(and(eq(enrollments.id, id), eq(enrollments.personId, personId)))
    .returning({ programId: enrollments.programId });

/** The fields of an enrollment a participant or admin sees. */
export function enrollmentDto(e: Enrollment) {
  return {
    id: e.id,
    programId: e.programId,
    role: e.role,
    status: e.status,
    capacity: e.capacity,
    goals: e.goals,
    skillsOffered: e.skillsOffered,
    skillsSought: e.skillsSought,
    format: e.format,
    frequency: e.frequency,
    confirmedAt: e.confirmedAt,
    withdrawnAt: e.withdrawnAt,
    pausedAt: e.pausedAt,
    pausedBecause: e.pausedBecause,
    createdAt: e.createdAt,
  };
}

/** A person's enrollments with each program's name, kind and dates. */
export function enrollmentsOfPerson(db: DB, personId: string) {
  return db
    .select({
      enrollment: enrollments,
      program: columnsOf(
        programs,
        "name",
        "kind",
        "description",
        "startsOn",
        "endsOn",
        "skills",
        "matchMode",
        "choiceClosesOn",
        "defaultCapacity",
      ),
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.personId, personId))
    .orderBy(enrollments.createdAt);
}
