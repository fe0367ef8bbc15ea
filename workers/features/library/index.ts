/** @module features/library — what other features use of the library: the demo's entries. */
export { addDemoEntries, type DemoEntry } from "./demo";
