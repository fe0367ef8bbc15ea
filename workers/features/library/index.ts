/** @module features/library — what other features use of the library: the demo's entries and a new program's first entries. */
export { addDemoEntries, type DemoEntry } from "./demo";
export { pinnedCopies, starterInserts } from "./repo/starters";
