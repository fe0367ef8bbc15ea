/**
 * A company-wide import at the import's limit: a generated company of 20,000 people (the demo file
 * `scripts/company-csv.ts` writes) is imported in the background and enrolled whole; a file one row
 * longer is refused with why, and imports nothing.
 */
import { describe, expect, it } from "vitest";
import { companyCsv } from "../../bench/company-csv";
import { ADMIN, createProgram, env, importCsvAndWait, signIn } from "../helpers";
import { heldQueues } from "../queues";

const enrolled = async (programId: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM enrollments WHERE program_id = ? AND status = 'active'")
    .bind(programId)
    .first<{ n: number }>())!.n;

describe("a company of 20,000", () => {
  it("is imported whole, and a file of 20,001 rows is refused", async () => {
    const csv = companyCsv(20_000);
    expect(csv.length).toBeLessThan(8 * 1024 * 1024);
    const queues = heldQueues();
    const admin = await signIn(ADMIN, queues);

    const tooLong = await createProgram(admin);
    const extra = "someone.else@example.com,Someone Else,mentee,Sales,Associate,Berlin,Europe/Berlin,1,,en,,sql:1,,\n";
    const refused = await admin.request("POST", `/api/programs/${tooLong.id}/people/import`, {
      raw: csv + extra,
      headers: { "content-type": "text/csv" },
    });
    expect(refused.status).toBe(400);
    const why = JSON.stringify(await refused.json());
    expect(why).toMatch(/20,?000/);
    expect(await enrolled(tooLong.id)).toBe(0);

    const program = await createProgram(admin);
    const state = await importCsvAndWait(admin, queues, program.id, csv);
    expect(state).toMatchObject({ status: "done", total: 20_000, processed: 20_000 });
    expect(await enrolled(program.id)).toBe(20_000);
  }, 300_000);
});
