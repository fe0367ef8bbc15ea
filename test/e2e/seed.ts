/**
 * One way to set a browser test's program up, as an admin would through the API: the program, and its
 * people imported by CSV (any column of the import, by its header; `../seed-csv.ts`) under emails
 * unique to the run, `mia.1764…@example.com` for the key `mia`. A small import goes live before the
 * call answers, so the people can sign in at once.
 */
import { peopleCsv, type SeedPerson } from "../seed-csv";
import type { AdminCall, Program } from "./harness";

export type SeedOptions<K extends string> = {
  /** What the program is created with (`POST /api/programs`): its name, and its kind or template. */
  program: Record<string, unknown> & { name: string };
  /** People by the key the test calls them. */
  people?: Record<K, SeedPerson>;
  /** What makes the emails unique (now unless given): a test that also makes up emails of its own passes its stamp. */
  stamp?: number;
};

/** The program, created by `call`'s admin with its people imported; returns it and everyone's email by key. */
export async function seedProgram<K extends string = never>(call: AdminCall, options: SeedOptions<K>) {
  const stamp = options.stamp ?? Date.now();
  const program = await call<Program>("POST", "/api/programs", JSON.stringify(options.program));
  const people = Object.entries<SeedPerson>(options.people ?? ({} as Record<K, SeedPerson>));
  const emails = Object.fromEntries(people.map(([key]) => [key, `${key}.${stamp}@example.com`])) as Record<K, string>;
  if (people.length) {
    await call("POST", `/api/programs/${program.id}/people/import`, peopleCsv(people, emails), "text/csv");
  }
  return { program, emails };
}
