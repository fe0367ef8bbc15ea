/**
 * @module features/programs/repo/participation
 * Who still takes part in a program: someone who withdrew loses every page of it (groups, rotations,
 * mentorships, meetings, goals, event picks) and disappears from everyone else's, email included. One
 * rule in one place, so each access check and each list of people asks the same question.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { enrollments } from "../../../db/schema";
import type { DB } from "../../../platform/db";

/** SQL: whether `person` has withdrawn from `program` (both SQL expressions, e.g. column references). */
export const withdrewFrom = (program: SQL, person: SQL) =>
  sql`EXISTS (SELECT 1 FROM enrollments w WHERE w.program_id = ${program} AND w.person_id = ${person} AND w.status = 'withdrawn')`;

/** The person's enrollment role in the program when it is active, else null. */
export const activeRole = async (db: DB, programId: string, personId: string) =>
  (
    await db
      .select({ role: enrollments.role })
      .from(enrollments)
      .where(
        and(eq(enrollments.programId, programId), eq(enrollments.personId, personId), eq(enrollments.status, "active")),
      )
      .limit(1)
  )[0]?.role ?? null;

/** Whether the person takes part in the program now (an active enrollment). */
export const isActiveMember = async (db: DB, programId: string, personId: string) =>
  (await activeRole(db, programId, personId)) !== null;
