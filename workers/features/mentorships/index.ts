/** @module features/mentorships — what other features use of mentorships: who may see one, and its row. */
export { mentorshipGuard, mentorshipPages, ownMentorship } from "./access";
export { SQL_UUID, mayMentorSql, seatsInUse, seatsOf, type Mentorship } from "./repo";
