/** @module features/insights — what other features use of insights: a few numbers per program, in one batch. */
export { programSummaries } from "./repo/overview";
