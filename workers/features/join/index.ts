/**
 * @module features/join — what other features use of sign-up: what confirming a pending sign-up would do,
 * and the counting and confirmation mail of signing up through a shared link.
 */
export { pendingConfirmation } from "./repo";
export { limitByNetwork, limitByTarget, mailConfirmation, personToConfirm, type SignUpLink } from "./link-sign-up";
