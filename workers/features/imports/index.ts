/** @module features/imports — what other features use of imports: enrolling people as an admin's import does (the demo seed). */
export { importPeople } from "./run";
