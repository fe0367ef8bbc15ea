/** @module features/join — what other features use of sign-up: what confirming a pending sign-up would do. */
export { pendingConfirmation } from "./repo";
