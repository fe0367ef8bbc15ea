/** @module features/people — what other features use of people: an enrollment as the API shows it. */
export { EnrollmentSchema } from "./schemas";
