import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatSkillList,
  isTimeZone,
  parseSkillList,
  personProfileSchema,
  slugify,
  unknownSkills,
} from "../../workers/domain/profile";

describe("skill lists", () => {
  it("reads levels, defaults a missing level to 2, and keeps names as written", () => {
    expect(parseSkillList("Public Speaking:3; data analysis ;SQL:1")).toEqual({
      skills: [
        { name: "Public Speaking", level: 3 },
        { name: "data analysis", level: 2 },
        { name: "SQL", level: 1 },
      ],
      errors: [],
    });
  });

  it("reports levels outside 1–3 and nameless entries", () => {
    expect(parseSkillList("sql:4;:2").errors).toEqual(['level of "sql" must be 1 to 3', '":2" has no skill name']);
  });

  it("round-trips through its text form", () => {
    const skill = fc.record({
      name: fc.stringMatching(/^[a-z][a-z ]{0,20}[a-z]$/),
      level: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(skill, { maxLength: 6 }), (skills) => {
        expect(parseSkillList(formatSkillList(skills)).skills).toEqual(skills);
      }),
    );
  });

  it("finds skills outside a program's vocabulary; an empty vocabulary allows any", () => {
    const skills = [
      { name: "sql", level: 1 },
      { name: "knitting", level: 2 },
    ];
    expect(unknownSkills(["sql", "python"], skills)).toEqual(["knitting"]);
    // Capitals do not make another skill: "SQL" is the vocabulary's "sql".
    expect(
      unknownSkills(
        ["sql", "Python"],
        [
          { name: "SQL", level: 1 },
          { name: "python", level: 2 },
        ],
      ),
    ).toEqual([]);
    expect(unknownSkills([], skills)).toEqual([]);
  });
});

describe("profile rules", () => {
  it("knows IANA time zones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("America/Sao_Paulo")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("requires a name and bounds years of experience", () => {
    expect(personProfileSchema.safeParse({ name: "  " }).success).toBe(false);
    expect(personProfileSchema.safeParse({ name: "Ana", yearsExperience: 71 }).success).toBe(false);
    expect(personProfileSchema.safeParse({ name: "Ana", yearsExperience: 7 }).success).toBe(true);
  });

  it("makes URL-safe slugs from any name", () => {
    expect(slugify("Mentoring 2027")).toBe("mentoring-2027");
    expect(slugify("Café Crème — Ünïcode!")).toBe("cafe-creme-unicode");
    expect(slugify("!!!")).toBe("program");
    expect(slugify("a".repeat(47) + " tail")).toBe("a".repeat(47));
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});
