// Kept at its old path for the pages that still import it from here; the module lives in lib/Field.tsx.
export * from "../lib/Field";
