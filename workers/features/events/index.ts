/** @module features/events — what other features use of events: whether someone hosts one. */
export { isHost } from "./repo/events";
