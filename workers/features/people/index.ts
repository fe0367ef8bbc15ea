/** @module features/people — what other features use of people: finding or making a person, their profile and its shapes. */
export { applyProfile, ensurePerson, findPersonByEmail } from "./repo";
export { meOf } from "./me";
export { EnrollmentSchema, MeSchema, PersonSchema, Skill } from "./schemas";
