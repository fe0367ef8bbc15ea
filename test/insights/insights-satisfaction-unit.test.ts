/** Satisfaction month by month, on its own: the months a range touches, and what the floor hides in a month. */
import { describe, expect, it } from "vitest";
import { monthsBetween, satisfactionOf, type RatingRow } from "../../workers/domain/insights/satisfaction";
import type { Suppression } from "../../workers/domain/insights/privacy";

const row = (month: string, type: RatingRow["type"], answers: number, total = 0): RatingRow => ({
  month,
  type,
  answers,
  total,
  promoters: 0,
  detractors: 0,
});

describe("satisfaction by month", () => {
  it("lists every month a range touches, across the year's end", () => {
    expect(monthsBetween(Date.parse("2026-11-30T23:00:00Z"), Date.parse("2027-02-01T00:00:00Z"))).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
    ]);
    expect(monthsBetween(Date.parse("2027-01-31"), Date.parse("2027-01-31"))).toEqual(["2027-01"]);
  });

  it("hides a month's rating given by fewer than five, even when five answered that month", () => {
    const suppressed: Suppression[] = [];
    const s = satisfactionOf(
      [row("2027-01", "responses", 6), row("2027-01", "rating", 3, 12), row("2027-01", "nps", 6)],
      { invited: 0, responded: 0 },
      { from: Date.parse("2027-01-01"), to: Date.parse("2027-01-31") },
      suppressed,
    );
    expect(s.byMonth).toEqual([{ month: "2027-01", answers: 6, averageRating: null, nps: 0 }]);
    expect(suppressed.map((x) => x.cell)).toEqual([
      "satisfaction:averageRating",
      "satisfaction:byMonth:2027-01:averageRating",
    ]);
  });
});
