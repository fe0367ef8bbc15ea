import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreMatrix, type Mentee, type Mentor } from "../workers/domain/matching/constraints";
import { planMatches } from "../workers/domain/matching/plan";
import { DEFAULT_SETTINGS, type MatchSettings } from "../workers/domain/matching/score";
import { FORBIDDEN, solveAssignment } from "../workers/domain/matching/solver";

const AT = new Date("2027-03-28T12:00:00Z");
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const skill = fc.record({
  name: pick("sql", "python", "finance", "design", "sales"),
  level: fc.integer({ min: 1, max: 3 }),
});
const person = fc.record({
  name: pick("A", "B"),
  department: pick("", "Sales", "Engineering"),
  title: pick("", "Data lead", "Finance manager"),
  location: pick("Berlin", "Lagos"),
  timezone: pick("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"),
  yearsExperience: fc.option(fc.integer({ min: 0, max: 30 })),
  languages: fc.subarray(["en", "de", "fr"]),
  skillsOffered: fc.array(skill, { maxLength: 3 }),
  skillsSought: fc.array(skill, { maxLength: 3 }),
  goals: pick("", "lead data projects", "move into finance and design"),
  format: pick<Mentor["format"]>(null, "remote", "in-person", "either"),
  manager: fc.option(fc.integer({ min: 0, max: 29 })),
  capacity: fc.integer({ min: 0, max: 2 }),
});
/** Up to 14 mentors and 24 mentees, some people both, managers among them: more mentors than a mentee keeps. */
const company = fc
  .record({ mentors: fc.array(person, { minLength: 9, maxLength: 14 }), mentees: fc.array(person, { maxLength: 24 }) })
  .chain(({ mentors, mentees }) =>
    fc.record({
      mentors: fc.constant(
        mentors.map(({ manager, ...p }, i): Mentor => ({
          ...p,
          id: `p${i}`,
          email: `p${i}@x.io`,
          managerEmail: manager === null ? null : `p${manager}@x.io`,
        })),
      ),
      mentees: fc.constant(
        mentees.map(({ manager, capacity: _, ...p }, k): Mentee => {
          const id = `p${k % 3 === 0 ? k / 3 : 100 + k}`; // every third mentee is also a mentor
          return { ...p, id, email: `${id}@x.io`, managerEmail: manager === null ? null : `p${manager}@x.io` };
        }),
      ),
      excluded: fc.array(
        fc.tuple(fc.nat(13), fc.nat(23)).map(([i, k]) => `p${i}|p${k % 3 === 0 ? k / 3 : 100 + k}` as const),
        { maxLength: 6 },
      ),
      settings: fc.record({
        weights: fc.constant(DEFAULT_SETTINGS.weights),
        department: pick("same", "different", "ignore"),
        seniority: fc.constant(DEFAULT_SETTINGS.seniority),
        requireSharedLanguage: fc.boolean(),
      }) as fc.Arbitrary<MatchSettings>,
    }),
  );

describe("a run too large for a score matrix", () => {
  it("scores rows as it goes and reaches the optimum of every allowed pair", () => {
    fc.assert(
      fc.property(company, ({ mentors, mentees, excluded, settings }) => {
        const input = { mentors, mentees, excluded, settings, at: AT };
        // One candidate a mentee and a mentor: the optimum mostly needs pairs that only the proof adds back.
        const streamed = planMatches(input, undefined, { matrixMaxCells: 0, pruning: { perMentee: 1, perSeat: 0 } });
        // The reference: every allowed pair as an edge, solved without pruning.
        const scores = scoreMatrix(mentors, mentees, settings, excluded, AT);
        const edges = mentees.flatMap((_, k) =>
          mentors.flatMap((_, i) => {
            const score = scores[k * mentors.length + i]!;
            return score === FORBIDDEN ? [] : [{ mentor: i, mentee: k, score }];
          }),
        );
        const full = solveAssignment({
          capacities: mentors.map((m) => m.capacity),
          menteeCount: mentees.length,
          edges,
        });
        expect(streamed.stats).toEqual({ matched: full.matched, totalScore: full.totalScore });
        expect(streamed.unmatched.map((u) => u.reason)).toEqual(planMatches(input).unmatched.map((u) => u.reason));
        const banned = new Set<string>(excluded);
        for (const p of streamed.pairs) expect(banned.has(`${p.mentorId}|${p.menteeId}`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
