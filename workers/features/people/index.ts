/** @module features/people — what other features use of people: finding or creating someone by email. */
export { ensurePerson } from "./repo";
