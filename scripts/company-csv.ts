/**
 * A demo company's people file, to try a company-wide import and match on `npm start`:
 * `node --import tsx scripts/company-csv.ts 20000 > company-20000.csv` writes 20,000 seeded people
 * (the bench's company: departments, offices, managers, skills with levels) in the import's columns.
 */
import { companyCsv } from "../bench/company-csv";

const size = Number(process.argv[2] ?? 20_000);
if (!Number.isInteger(size) || size < 1 || size > 20_000) {
  console.error("Give a number of people from 1 to 20000 (the import takes at most 20,000 rows).");
  process.exit(1);
}
process.stdout.write(companyCsv(size));
