import { describe, expect, it } from "vitest";
import { toCsv } from "../../web/src/lib/csv";

describe("an insights table as CSV", () => {
  it("quotes what needs it, defuses formulas as the participants export does, and names hidden figures", () => {
    const csv = toCsv(
      ["department", "people", "matched"],
      [
        ["=HYPERLINK(1)", 7, null],
        ["+Sales", 5, 5],
        ["-Ops", 6, 2],
        ["@Legal", 8, 3],
        ['R&D, "Labs"', 9, 0],
      ],
    );
    expect(csv.split("\r\n")).toEqual([
      "department,people,matched",
      `"'=HYPERLINK(1)",7,hidden`,
      `"'+Sales",5,5`,
      `"'-Ops",6,2`,
      `"'@Legal",8,3`,
      `"R&D, ""Labs""",9,0`,
    ]);
  });
});
