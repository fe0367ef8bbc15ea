import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  forbiddenBecause,
  pairKey,
  scoreMatrix,
  type Mentee,
  type Mentor,
} from "../../workers/domain/matching/constraints";
import { pairScorer } from "../../workers/domain/matching/fast-score";
import { CRITERIA, scorePair, type MatchPerson, type MatchSettings } from "../../workers/domain/matching/score";
import { FORBIDDEN } from "../../workers/domain/matching/solver";

const AT = new Date("2027-03-28T12:00:00Z"); // a daylight-saving change in Europe
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const skill = fc.record({
  name: pick("sql", "python", "public speaking", "finance", "design"),
  level: fc.integer({ min: 1, max: 3 }),
});
const person = fc.record({
  id: pick("a", "b", "c", "d", "e"),
  name: pick("A", "B"),
  department: pick("", "Sales", "Engineering"),
  title: pick("", "Data lead", "Finance manager"),
  location: pick("", "Berlin", "Lagos"),
  timezone: pick("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"),
  yearsExperience: fc.option(fc.integer({ min: 0, max: 30 })),
  languages: fc.subarray(["en", "de", "fr"]),
  skillsOffered: fc.array(skill, { maxLength: 4 }),
  skillsSought: fc.array(skill, { maxLength: 4 }),
  goals: pick("", "lead data projects", "speak in public with confidence", "move into finance and design"),
  format: pick<MatchPerson["format"]>(null, "remote", "in-person", "either"),
  managerEmail: fc.option(pick("a@x.io", "b@x.io", "c@x.io")),
  capacity: fc.integer({ min: 0, max: 3 }),
});
const settings: fc.Arbitrary<MatchSettings> = fc.record({
  weights: fc.record(Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 10 })])) as never),
  department: pick("same", "different", "ignore"),
  seniority: fc.record({
    minGap: fc.integer({ min: 0, max: 10 }),
    maxGap: fc.option(fc.integer({ min: 0, max: 20 })),
    reversed: fc.boolean(),
  }),
  requireSharedLanguage: fc.boolean(),
});
// Ids are unique within a list; a person's email follows from their id, so managers can be found.
const people = fc
  .uniqueArray(person, { minLength: 1, maxLength: 5, selector: (p) => p.id })
  .map((list) => list.map((p) => ({ ...p, email: `${p.id}@x.io` })));

describe("scoring many pairs at once", () => {
  it("gives every pair exactly the score of scorePair", () => {
    fc.assert(
      fc.property(people, people, settings, (mentors, mentees, s) => {
        const score = pairScorer(mentors, mentees, s, AT);
        mentors.forEach((mentor, i) =>
          mentees.forEach((mentee, k) => expect(score(i, k)).toBe(scorePair(mentor, mentee, s, AT).score)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("forbids exactly the pairs the hard constraints name", () => {
    fc.assert(
      fc.property(people, people, settings, fc.boolean(), (mentors: Mentor[], mentees: Mentee[], s, ban) => {
        const excluded = ban ? [pairKey(mentors[0]!.id, mentees[0]!.id)] : [];
        const scores = scoreMatrix(mentors, mentees, s, excluded, AT);
        mentees.forEach((mentee, k) =>
          mentors.forEach((mentor, i) => {
            const why = forbiddenBecause(mentor, mentee, s, new Set(excluded));
            expect(scores[k * mentors.length + i] === FORBIDDEN).toBe(why !== null);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
