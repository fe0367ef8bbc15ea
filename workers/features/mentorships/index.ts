/**
 * @module features/mentorships
 * What other features use of mentorships: who may see one and its row, ending them when someone leaves
 * a program, the SQL of a mentor's seats and of who may mentor, and publishing a run.
 */
export { mentorshipGuard, mentorshipPages } from "./access";
export { endMentorshipsOf, type Departure } from "./close";
export type { Mentorship } from "./repo/mentorships";
export {
  SQL_UUID,
  mayBeMentoredSql,
  mayMentorSql,
  publishConflicts,
  publishRun,
  seatsInUse,
  seatsOf,
} from "./repo/seats";
