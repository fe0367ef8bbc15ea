/** @module features/programs — what other features use of programs: the manager's guard and the program's row. */
export { managedProgram, programManager } from "./access";
export { getProgram, type Program } from "./repo/programs";
export { withdrewFrom } from "./repo/participation";
export { newJoinKey } from "./repo/programs";
