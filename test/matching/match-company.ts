/** Small random companies for the matching property tests: some people both mentor and mentee, managers among them. */
import fc from "fast-check";
import type { Mentee, Mentor } from "../../workers/domain/matching/constraints";
import { DEFAULT_SETTINGS, type MatchSettings } from "../../workers/domain/matching/score";

export const AT = new Date("2027-03-28T12:00:00Z");
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
export const company = fc
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
export type Company = typeof company extends fc.Arbitrary<infer T> ? T : never;
