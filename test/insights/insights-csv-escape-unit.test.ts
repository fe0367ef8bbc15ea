/** The insights' CSV: a value a spreadsheet would run as a formula is written as text. */
import { describe, expect, it } from "vitest";
import type { Insights } from "../../workers/domain/insights/compute";
import { insightsCsv } from "../../workers/domain/insights/csv";

describe("insights as CSV", () => {
  it("escapes formula-like values and writes hidden cells as 'hidden'", () => {
    const insights = {
      breakdowns: {
        department: [
          { value: '=HYPERLINK("http://x")', people: 12, matched: null },
          { value: null, people: 7, matched: 6 },
        ],
        location: [],
        seniority: [],
        role: [],
      },
    } as unknown as Insights;
    expect(insightsCsv(insights, "breakdowns").split("\r\n")).toEqual([
      "breakdown,value,people,matched",
      `department,"'=HYPERLINK(""http://x"")",12,hidden`,
      "department,Others (fewer than 5 each),7,6",
    ]);
  });
});
