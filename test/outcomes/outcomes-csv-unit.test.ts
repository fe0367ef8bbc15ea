import { describe, expect, it } from "vitest";
import { parseOutcomesCsv } from "../../workers/domain/outcomes/csv";

// 11:00 UTC on 30 November: already 1 December in Kiribati (UTC+14), not yet 2 December anywhere.
const NOW = Date.parse("2026-11-30T11:00:00Z");
const parse = (body: string) => parseOutcomesCsv(`\uFEFFEmail , EVENT,date\n${body}`, NOW);

describe("parsing the outcomes CSV", () => {
  it("reads a spreadsheet's export: a byte-order mark, loose headers, capitals, quotes and blank lines", () => {
    const { rows, errors } = parse('"Ana.Lee@Acme.com",Promoted,2025-06-01\n\n  raj@acme.com ,started, 2024-01-31 \n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { email: "ana.lee@acme.com", event: "promoted", date: "2025-06-01" },
      { email: "raj@acme.com", event: "started", date: "2024-01-31" },
    ]);
  });

  it("takes a day that is today somewhere on Earth, and refuses one that is today nowhere yet", () => {
    expect(parse("a@acme.com,promoted,2026-12-01\n").errors).toEqual([]);
    expect(parse("a@acme.com,promoted,2026-12-02\n").errors).toEqual([
      { row: 2, email: "a@acme.com", errors: ["date is in the future"] },
    ]);
  });

  it("numbers rows as a spreadsheet shows them, blank lines included, and names every problem of a row", () => {
    const { rows, errors } = parse(
      'a@acme.com,promoted,2025-01-01\n\nnope,hired,1899-12-31\n"b@acme.com,left_company,2025-01-01\n',
    );
    expect(rows).toHaveLength(1);
    expect(errors[0]).toEqual({
      row: 4,
      email: "nope",
      errors: [
        "email is not a valid address",
        "event must be one of promoted, moved_internally, left_company, started",
        "date is before 1900",
      ],
    });
    expect(errors[1]).toMatchObject({
      row: 5,
      errors: expect.arrayContaining([expect.stringMatching(/quoted cell is not closed/)]),
    });
  });

  it("refuses more rows than allowed before looking at any", () => {
    const body = Array.from({ length: 4 }, () => "x,y,z").join("\n");
    expect(parseOutcomesCsv(`email,event,date\n${body}`, NOW, 3).fatal).toBe("At most 3 rows at once.");
  });
});
