/** @module features/surveys — what other features use of surveys: a program's default schedule, an event's follow-up, an invitation's link. */
export { copySurveys, createEventSurvey, ensureDefaultSurveys } from "./repo/surveys";
export { eventSurveyLinks } from "./event-links";
export { invitationToken } from "./tokens";
