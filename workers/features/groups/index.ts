/** @module features/groups — what other features use of groups: nothing yet; its routes are mounted by the app. */
export {};
