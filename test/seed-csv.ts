/**
 * People as the people import's CSV, for the seeding helpers of the workerd tests (`seed.ts`) and of the
 * browser tests (`e2e/seed.ts`): both set a program up as an admin would, by importing this file.
 */
import { CSV_COLUMNS, type CsvColumn } from "../workers/domain/people-csv";

/**
 * A person as a row of the import: its columns by header, or the row after the email as CSV text
 * (`name,role,department,…` in the import's column order; columns left off at its end are empty).
 */
export type SeedPerson = (Partial<Record<CsvColumn, string | number>> & { name: string; role: string }) | string;

/** The import's file for `people`, each under `emails[key]`, with every column's header. */
export function peopleCsv(people: [string, SeedPerson][], emails: Record<string, string>) {
  // Commas are the only separator the import's CSV needs escaped here; no seeded value has one.
  const cells = ([key, p]: [string, SeedPerson]) => {
    if (typeof p !== "string") return CSV_COLUMNS.map((c) => (c === "email" ? emails[key] : String(p[c] ?? "")));
    const given = [emails[key], ...p.split(",")];
    return given.concat(Array(Math.max(0, CSV_COLUMNS.length - given.length)).fill(""));
  };
  return [CSV_COLUMNS, ...people.map(cells)].map((row) => row.join(",")).join("\n");
}
