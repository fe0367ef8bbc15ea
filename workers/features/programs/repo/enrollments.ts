/** @module features/programs/repo/enrollments — a person's enrollments in programs. */
import { eq } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { enrollments, programs } from "../../../db/schema";

export type Enrollment = typeof enrollments.$inferSelect;

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
      program: {
        name: programs.name,
        kind: programs.kind,
        description: programs.description,
        startsOn: programs.startsOn,
        endsOn: programs.endsOn,
        skills: programs.skills,
        matchMode: programs.matchMode,
        choiceClosesOn: programs.choiceClosesOn,
        defaultCapacity: programs.defaultCapacity,
      },
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.personId, personId))
    .orderBy(enrollments.createdAt);
}
