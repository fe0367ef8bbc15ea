/** @module features/groups — what other features use of groups: the group page's guard and its members' notes. */
export { groupGuard } from "./access";
export { notesOfMembers } from "./repo/pages";
