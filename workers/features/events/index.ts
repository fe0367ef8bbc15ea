/**
 * @module features/events — what other features use of events: whether someone hosts one, and whom
 * someone met in the rounds that have ended (to thank them).
 */
export { getEvent, isHost } from "./repo/events";
export { metBy, roundsEnded } from "./picks";
