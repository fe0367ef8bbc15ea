/** @module features/events — what other features use of events: whether someone hosts an event. */
export { isHost } from "./repo/events";
