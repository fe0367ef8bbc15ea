/** The 5-person floor and the measures of program insights, on their own. */
import { describe, expect, it } from "vitest";
import { floorBreakdown, floorCounts, floored } from "../../workers/domain/insights/privacy";
import { healthOf, median, nps, weekOf, weeksBetween } from "../../workers/domain/insights/measures";
import { nextStep } from "../../workers/domain/insights/overview";

const DAY = 86_400_000;

describe("the 5-person floor", () => {
  it("shows zero and five or more, hides one to four", () => {
    expect([0, 1, 4, 5, 12].map(floored)).toEqual([0, null, null, 5, 12]);
  });

  it("hides a second matched count when one hidden count would be the total's remainder", () => {
    const { rows, suppressed } = floorBreakdown("department", [
      { value: "Engineering", people: 20, matched: 10 },
      { value: "Sales", people: 8, matched: 3 },
      { value: "Support", people: 12, matched: 6 },
    ]);
    // Sales' 3 is hidden; alone it would be total matched minus the others, so Support's 6 goes too.
    expect(rows).toEqual([
      { value: "Sales", people: 8, matched: null },
      { value: "Support", people: 12, matched: null },
      { value: "Engineering", people: 20, matched: 10 },
    ]);
    expect(suppressed).toEqual([
      { cell: "department:Sales:matched", reason: "fewer than 5 people" },
      { cell: "department:Support:matched", reason: "would reveal a hidden count by difference" },
    ]);
  });

  it("hides a merged row that still counts fewer than five when nothing is left to merge", () => {
    const { rows } = floorBreakdown("location", [
      { value: "Oslo", people: 1, matched: 0 },
      { value: "Lima", people: 2, matched: 1 },
    ]);
    expect(rows).toEqual([{ value: null, people: null, matched: null }]);
  });

  it("merges small counts by key until the others count five", () => {
    expect(floorCounts("endReasons", { time: 7, fit: 2, moved: 2, other: 6 })).toEqual({
      counts: { time: 7 },
      others: 10,
      suppressed: [
        { cell: "endReasons:fit", reason: "fewer than 5 people" },
        { cell: "endReasons:moved", reason: "fewer than 5 people" },
        { cell: "endReasons:other", reason: "fewer than 5 people" },
      ],
    });
  });
});

describe("insight measures", () => {
  it("take medians, NPS, weeks and pair health as organisers read them", () => {
    expect([median([]), median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([null, 2, 2.5]);
    expect([nps([]), nps([10, 9, 8, 6]), nps([0, 0])]).toEqual([null, 25, -100]);
    expect(weekOf(Date.parse("2026-11-29T23:00:00Z"))).toBe("2026-11-23"); // a Sunday
    expect(weekOf(Date.parse("2026-11-30T00:00:00Z"))).toBe("2026-11-30"); // a Monday
    expect(weeksBetween(Date.parse("2026-11-01"), Date.parse("2026-11-30"))).toEqual([
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
      "2026-11-30",
    ]);
    const now = Date.parse("2026-11-30");
    expect([20, 21, 41, 42].map((d) => healthOf(now - d * DAY, now).status)).toEqual([
      "healthy",
      "quiet",
      "quiet",
      "stalled",
    ]);
  });
});

describe("the next step", () => {
  const base = {
    id: "p",
    name: "P",
    kind: "one-to-one",
    matchMode: "admin",
    joined: 20,
    pending: 0,
    mentees: 10,
    matchedMentees: 10,
    waiting: 0,
    requestsWaiting: 0,
    quiet: 0,
    stalled: 0,
    survey: null,
    nextEvent: null,
  };
  const now = Date.parse("2026-11-30T12:00:00Z");
  it("says what to do first, in the order organisers act", () => {
    expect(nextStep({ ...base, waiting: 14, quiet: 5 }, now).text).toBe("14 people wait for a match");
    expect(nextStep({ ...base, waiting: 1 }, now).text).toBe("1 person waits for a match");
    expect(nextStep({ ...base, waiting: 3, matchMode: "choice", stalled: 5 }, now)).toMatchObject({
      kind: "quiet-pairs",
      text: "5 pairs have not met for 3 weeks or more",
    });
    expect(nextStep({ ...base, requestsWaiting: 2 }, now).kind).toBe("requests");
    const survey = {
      title: "Check-in survey",
      invited: 50,
      responded: 19,
      closesAt: Date.parse("2026-12-04T12:00:00Z"),
    };
    expect(nextStep({ ...base, survey }, now).text).toBe("Check-in survey closes Friday, 38% answered");
    expect(nextStep({ ...base, survey: { ...survey, responded: 40 } }, now).kind).toBe("none");
    expect(nextStep({ ...base, joined: 0 }, now)).toMatchObject({ kind: "share", action: "Share the join link" });
  });
});
