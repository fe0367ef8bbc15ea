/**
 * @module features/programs
 * What other features use of programs: the manager's guard, the program's row and its shared link,
 * how programs are made, and a person's enrollments.
 */
export { managedProgram, onManagedProgram, programManager, programRoutesFor } from "./access";
export {
  getProgram,
  newJoinKey,
  programByLink,
  programBySlug,
  programManagersOf,
  setManagers,
  type Program,
  type ProgramInput,
} from "./repo/programs";
export { activeRole, isActiveMember, withdrewFrom } from "./repo/participation";
export {
  confirmEnrollment,
  enrollmentDto,
  enrollmentsOfPerson,
  signupEnrollment,
  updateOwnEnrollment,
} from "./repo/enrollments";
export { AgreementTermsSchema, PageQuery } from "./schemas";
export { newProgram, setUpProgram } from "./setup";
