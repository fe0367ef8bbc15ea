/** @module features/mentorships — what other features use of mentorships: who may see one, and its row. */
export { mentorshipGuard, mentorshipPages, ownMentorship } from "./access";
export type { Mentorship } from "./repo";
export { leaveProgram } from "./close";
export { SQL_UUID } from "./repo";
