/**
 * The synthetic company of 300 (`fixtures/company-300.csv`: a manager tree, eleven time zones,
 * languages, skills with levels) imported into a new one-to-one program through the API, with the
 * queues held so the test drains them itself.
 */
import csv from "../fixtures/company-300.csv?raw";
import { parsePeopleCsv } from "../../workers/domain/people-csv";
import { ADMIN, createProgram, importCsvAndWait, signIn } from "../helpers";
import { heldQueues } from "../queues";

/** The program, its admin's client, the held queues and the company's rows as the import reads them. */
export async function company300() {
  const { rows } = parsePeopleCsv(csv, ["mentor", "mentee", "both"]);
  const skills = [...new Set(rows.flatMap((r) => [...r.skillsOffered, ...r.skillsSought].map((s) => s.name)))];
  const queues = heldQueues();
  const admin = await signIn(ADMIN, queues);
  const program = await createProgram(admin, { skills, defaultCapacity: 2 });
  await importCsvAndWait(admin, queues, program.id, csv);
  return { program, admin, queues, rows };
}
