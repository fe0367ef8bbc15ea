/** @module features/retention — the clock's deletion of ended programs' data, after a month's warning. */
export { runRetention } from "./jobs";
