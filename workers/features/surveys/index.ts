/** @module features/surveys — what other features use of surveys: the surveys a new program starts with. */
export { ensureDefaultSurveys } from "./repo";
