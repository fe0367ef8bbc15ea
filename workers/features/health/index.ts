/** @module features/health — what other features use of pair health: the pairs that need attention. */
export { attentionRows } from "./attention";
