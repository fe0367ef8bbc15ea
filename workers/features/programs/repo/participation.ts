/**
 * @module features/programs/repo/participation
 * Who still takes part in a program: someone who withdrew loses every page of it (groups, rotations,
 * mentorships, meetings, goals, event picks) and disappears from everyone else's, email included. One
 * rule in one place, so each access check and each list of people asks the same question.
 */
import { sql, type SQL } from "drizzle-orm";

/** SQL: whether `person` has withdrawn from `program` (both SQL expressions, e.g. column references). */
export const withdrewFrom = (program: SQL, person: SQL) =>
  sql`EXISTS (SELECT 1 FROM enrollments w WHERE w.program_id = ${program} AND w.person_id = ${person} AND w.status = 'withdrawn')`;
