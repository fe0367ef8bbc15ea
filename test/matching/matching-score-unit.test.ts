import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedWorkingHours, utcOffsetMinutes } from "../../workers/domain/matching/hours";
import { CRITERIA, DEFAULT_SETTINGS, explain, scorePair, type MatchPerson } from "../../workers/domain/matching/score";
import { JAN, person } from "./match-person";

describe("working hours", () => {
  it("reads offsets from time-zone data, daylight saving included", () => {
    expect(utcOffsetMinutes("Asia/Kolkata", JAN)).toBe(330);
    expect(utcOffsetMinutes("America/New_York", JAN)).toBe(-300);
    expect(utcOffsetMinutes("America/New_York", new Date("2027-07-15T12:00:00Z"))).toBe(-240);
  });

  it("counts the hours two offices share", () => {
    expect(sharedWorkingHours("Europe/Berlin", "Europe/Berlin", JAN)).toBe(8);
    expect(sharedWorkingHours("Europe/Berlin", "Europe/London", JAN)).toBe(7);
    expect(sharedWorkingHours("Europe/Berlin", "America/New_York", JAN)).toBe(2);
    expect(sharedWorkingHours("Asia/Tokyo", "America/New_York", JAN)).toBe(0);
    expect(sharedWorkingHours("Asia/Tokyo", "America/Los_Angeles", JAN)).toBe(1); // Tokyo's 9:00 is LA's 16:00
    expect(sharedWorkingHours("Pacific/Auckland", "Pacific/Honolulu", JAN)).toBe(7); // a day apart, 1 hour apart
  });

  it("is symmetric", () => {
    const zones = fc.constantFrom("UTC", "Asia/Kolkata", "America/Sao_Paulo", "Australia/Sydney", "Europe/Berlin");
    fc.assert(fc.property(zones, zones, (a, b) => sharedWorkingHours(a, b, JAN) === sharedWorkingHours(b, a, JAN)));
  });
});

describe("scoring a pair", () => {
  const mentor = person({
    department: "Engineering",
    yearsExperience: 12,
    skillsOffered: [
      { name: "data analysis", level: 3 },
      { name: "public speaking", level: 2 },
    ],
  });
  const mentee = person({
    department: "Finance",
    timezone: "Europe/London",
    yearsExperience: 2,
    skillsSought: [
      { name: "data analysis", level: 2 },
      { name: "public speaking", level: 3 },
    ],
    goals: "Present data analysis to the board",
  });

  it("explains itself in plain words", () => {
    const { score, reasons } = scorePair(mentor, mentee, DEFAULT_SETTINGS, JAN);
    expect(score).toBeGreaterThan(60);
    expect(explain(reasons)).toBe(
      "You both care about data analysis and public speaking; Different departments (Engineering and Finance); 10 years of experience between you; 7 working hours overlap.",
    );
  });

  it("breaks the score down by criterion, summing to the score, within 0–100", () => {
    const skills = fc.array(
      fc.record({ name: fc.constantFrom("a", "b", "c"), level: fc.integer({ min: 1, max: 3 }) }),
      {
        maxLength: 3,
      },
    );
    const someone = fc.record({
      department: fc.constantFrom("", "Eng", "Sales"),
      timezone: fc.constantFrom("UTC", "Asia/Tokyo", "America/Denver"),
      yearsExperience: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      skillsOffered: skills,
      skillsSought: skills,
      goals: fc.constantFrom("", "grow in a and b", "lead c"),
      format: fc.constantFrom(null, "remote", "in-person", "either"),
    });
    fc.assert(
      fc.property(someone, someone, (a, b) => {
        const r = scorePair(
          person(a as Partial<MatchPerson>),
          person(b as Partial<MatchPerson>),
          DEFAULT_SETTINGS,
          JAN,
        );
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        const sum = CRITERIA.reduce((s, c) => s + r.breakdown[c], 0);
        expect(Math.abs(sum - r.score)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("follows the admin's weights and department rule", () => {
    const onlySkills = {
      ...DEFAULT_SETTINGS,
      weights: { skills: 1, goals: 0, department: 0, seniority: 0, hours: 0, format: 0 },
    };
    expect(scorePair(mentor, mentee, onlySkills, JAN).score).toBe(75); // data analysis fully, public speaking half
    const same = { ...DEFAULT_SETTINGS, department: "same" as const };
    const different = { ...DEFAULT_SETTINGS, department: "different" as const };
    const colleague = { ...mentee, department: "Engineering" };
    expect(scorePair(mentor, colleague, same, JAN).score).toBeGreaterThan(
      scorePair(mentor, colleague, different, JAN).score,
    );
  });

  it("reverses the seniority gap in reverse programs", () => {
    const junior = person({ yearsExperience: 1 });
    const senior = person({ yearsExperience: 20 });
    const reverse = { ...DEFAULT_SETTINGS, seniority: { minGap: 5, maxGap: null, reversed: true } };
    expect(scorePair(junior, senior, reverse, JAN).breakdown.seniority).toBeGreaterThan(0);
    expect(scorePair(senior, junior, reverse, JAN).breakdown.seniority).toBe(0);
  });
});

describe("explaining a pair once", () => {
  it("keeps nothing about the people when asked not to remember them", () => {
    // A remembered person's skills are read once; a forgotten one's are read again on every call.
    const mentor = person({ skillsOffered: [{ name: "sql", level: 3 }] });
    const mentee = person({ skillsSought: [{ name: "sql", level: 2 }] });
    const before = scorePair(mentor, mentee, DEFAULT_SETTINGS, JAN, false).breakdown.skills;
    mentor.skillsOffered = [];
    expect(before).toBeGreaterThan(0);
    expect(scorePair(mentor, mentee, DEFAULT_SETTINGS, JAN, false).breakdown.skills).toBe(0);
  });
});
