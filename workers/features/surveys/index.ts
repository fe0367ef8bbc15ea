/** @module features/surveys — what other features use of surveys: an event's feedback survey. */
export { createEventSurvey } from "./repo";
