/**
 * A pair's reasons as each reader reads them: strengths apart from weak points ("Watch out"), worded
 * for the organiser, the mentee or the mentor; and skills compared whatever their capitals, shown as
 * their owner wrote them.
 */
import { describe, expect, it } from "vitest";
import { explainFor, readReasons } from "../../workers/domain/matching/reasons";
import { pairScorer } from "../../workers/domain/matching/fast-score";
import { DEFAULT_SETTINGS, scorePair } from "../../workers/domain/matching/score";
import { JAN, person } from "./match-person";

describe("reasons for their reader", () => {
  const stored = [
    "You both care about SQL and Public Speaking",
    "Their experience speaks to your goal (board)",
    "10 years of experience between you",
    "No working hours in common",
  ];

  it("tell the organiser why they fit and, apart, what to watch out for", () => {
    expect(readReasons(stored, "organiser")).toEqual({
      reasons: [
        "Both care about SQL and Public Speaking",
        "The mentor's experience speaks to the mentee's goal (board)",
        "10 years of experience between them",
      ],
      watchOut: ["No shared working hours"],
    });
  });

  it("speak to the mentee and to the mentor in their own words", () => {
    expect(readReasons(stored, "mentee").reasons).toEqual(stored.slice(0, 3));
    expect(readReasons(stored, "mentor").reasons).toContain("Your experience speaks to their goal (board)");
    expect(readReasons(stored, "mentor").watchOut).toEqual(["No shared working hours"]);
  });

  it("count one or two shared hours as a weak point and three or more as a fit", () => {
    expect(readReasons(["1 working hours overlap"], "organiser")).toEqual({
      reasons: [],
      watchOut: ["Only 1 working hour overlaps"],
    });
    expect(readReasons(["2 working hours overlap"], "mentee").watchOut).toEqual(["Only 2 working hours overlap"]);
    expect(readReasons(["3 working hours overlap", "Same working hours"], "organiser")).toEqual({
      reasons: ["3 working hours overlap", "Same working hours"],
      watchOut: [],
    });
  });

  it("leave weak points out of a mail's sentence", () => {
    expect(explainFor(stored, "mentor")).toBe(
      "You both care about SQL and Public Speaking; Your experience speaks to their goal (board); 10 years of experience between you.",
    );
    expect(explainFor(["No working hours in common"], "mentee")).toBe("");
  });

  it("read what scoring writes: a pair across the world has its hours as a weak point only", () => {
    const mentor = person({ timezone: "Asia/Tokyo", skillsOffered: [{ name: "SQL", level: 3 }] });
    const mentee = person({ timezone: "America/New_York", skillsSought: [{ name: "sql", level: 2 }] });
    const read = readReasons(scorePair(mentor, mentee, DEFAULT_SETTINGS, JAN).reasons, "organiser");
    expect(read.reasons.join(" ")).not.toMatch(/working hours/i);
    expect(read.watchOut).toEqual(["No shared working hours"]);
  });
});

describe("skills with capitals", () => {
  it("match whatever their capitals, and are named as the mentee wrote them", () => {
    const mentor = person({
      skillsOffered: [
        { name: "sql", level: 3 },
        { name: "Kubernetes", level: 2 },
      ],
    });
    const mentee = person({
      department: "Finance",
      skillsSought: [
        { name: "SQL", level: 2 },
        { name: "kubernetes", level: 2 },
      ],
    });
    const { breakdown, reasons } = scorePair(mentor, mentee, DEFAULT_SETTINGS, JAN);
    expect(breakdown.skills).toBeGreaterThan(0);
    expect(reasons[0]).toBe("You both care about SQL and kubernetes");
    // A run's fast scoring agrees, and so gives the same pairs.
    const full = scorePair(mentor, mentee, DEFAULT_SETTINGS, JAN).score;
    expect(pairScorer([mentor], [mentee], DEFAULT_SETTINGS, JAN)(0, 0)).toBe(full);
  });
});
