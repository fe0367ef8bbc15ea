/** @module features/people — what other features use of people: a person and an enrollment as the API shows them. */
export { EnrollmentSchema, PersonSchema, Skill } from "./schemas";
