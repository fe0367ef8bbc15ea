/** @module features/programs — what other features use of programs: the manager's guard and the program's row. */
export { managedProgram, programManager } from "./access";
export { getProgram, programManagersOf, type Program } from "./repo/programs";
export { enrollmentDto } from "./repo/enrollments";
export { withdrewFrom } from "./repo/participation";
export { PageQuery } from "./schemas";
