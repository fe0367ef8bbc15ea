/** @module features/requests — what other features use of mentee's-choice requests: what leaving a program does to them. */
export { leaveProgram } from "./leave";
