import { describe, expect, it } from "vitest";
import { planMatches, pairKey, type Mentee, type Mentor } from "../../workers/domain/matching/plan";
import { DEFAULT_SETTINGS } from "../../workers/domain/matching/score";

const AT = new Date("2027-01-15T12:00:00Z");
const base = {
  department: "Engineering",
  title: "",
  location: "Berlin",
  timezone: "Europe/Berlin",
  yearsExperience: 10,
  languages: ["en"],
  skillsOffered: [{ name: "sql", level: 3 }],
  skillsSought: [],
  goals: "",
  format: null,
  managerEmail: null,
};
const mentor = (id: string, over: Partial<Mentor> = {}): Mentor => ({
  ...base,
  id,
  email: `${id}@example.com`,
  name: id,
  capacity: 1,
  ...over,
});
const mentee = (id: string, over: Partial<Mentee> = {}): Mentee => ({
  ...base,
  id,
  email: `${id}@example.com`,
  name: id,
  yearsExperience: 1,
  skillsOffered: [],
  skillsSought: [{ name: "sql", level: 2 }],
  ...over,
});

describe("a matching run", () => {
  it("never pairs someone with themselves, their manager, their report, or a banned partner", () => {
    const result = planMatches({
      mentors: [mentor("both"), mentor("boss"), mentor("report", { managerEmail: "m3@example.com" }), mentor("banned")],
      mentees: [mentee("both"), mentee("m2", { managerEmail: "boss@example.com" }), mentee("m3"), mentee("m4")],
      settings: DEFAULT_SETTINGS,
      excluded: [pairKey("banned", "m4")],
      at: AT,
    });
    const made = new Set(result.pairs.map((p) => pairKey(p.mentorId, p.menteeId)));
    for (const bad of ["both|both", "boss|m2", "report|m3", "banned|m4"]) expect(made.has(bad as never)).toBe(false);
    expect(result.stats.matched).toBe(4); // everyone still finds someone
    expect(made.has(pairKey("both", "m2")) || made.has(pairKey("both", "m3")) || made.has(pairKey("both", "m4"))).toBe(
      true,
    );
  });

  it("requires a shared language when the program says so", () => {
    const result = planMatches({
      mentors: [mentor("de", { languages: ["de"] })],
      mentees: [mentee("ja", { languages: ["ja"] })],
      settings: DEFAULT_SETTINGS,
      at: AT,
    });
    expect(result.pairs).toEqual([]);
    expect(result.unmatched).toEqual([
      {
        personId: "ja",
        email: "ja@example.com",
        name: "ja",
        reason: "No mentor can be paired with them (no shared language).",
      },
    ]);
    const relaxed = planMatches({
      mentors: [mentor("de", { languages: ["de"] })],
      mentees: [mentee("ja", { languages: ["ja"] })],
      settings: { ...DEFAULT_SETTINGS, requireSharedLanguage: false },
      at: AT,
    });
    expect(relaxed.stats.matched).toBe(1);
  });

  it("keeps locked pairs whatever they score, and fills the remaining seats optimally", () => {
    const result = planMatches({
      mentors: [mentor("a", { capacity: 2 }), mentor("b")],
      mentees: [mentee("x"), mentee("y"), mentee("z", { skillsSought: [] })],
      settings: DEFAULT_SETTINGS,
      locked: [pairKey("a", "z")],
      at: AT,
    });
    expect(result.pairs.find((p) => p.menteeId === "z")).toMatchObject({ mentorId: "a", locked: true });
    expect(result.stats.matched).toBe(3);
    expect(result.pairs.filter((p) => p.mentorId === "a")).toHaveLength(2);
  });

  it("says why someone is left over when seats run out", () => {
    const result = planMatches({
      mentors: [mentor("a")],
      mentees: [mentee("x"), mentee("y")],
      settings: DEFAULT_SETTINGS,
      at: AT,
    });
    expect(result.stats.matched).toBe(1);
    expect(result.unmatched[0]!.reason).toMatch(/full/);
    expect(result.pairs[0]!.reasons[0]).toBe("You both care about sql");
  });

  it("lets someone who is both mentor and mentee hold both roles in one run", () => {
    // Sam mentors Kim in SQL and is mentored by Ada in public speaking.
    const result = planMatches({
      mentors: [mentor("ada", { skillsOffered: [{ name: "public speaking", level: 3 }] }), mentor("sam")],
      mentees: [mentee("sam", { skillsSought: [{ name: "public speaking", level: 2 }] }), mentee("kim")],
      settings: DEFAULT_SETTINGS,
      at: AT,
    });
    const made = result.pairs.map((p) => pairKey(p.mentorId, p.menteeId)).sort();
    expect(made).toEqual([pairKey("ada", "sam"), pairKey("sam", "kim")]);
  });
});
