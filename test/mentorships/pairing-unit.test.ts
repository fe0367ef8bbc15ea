/**
 * Who may mentor whom: the one rule of domain/pairing, and the SQL built from the same role lists
 * (features/mentorships/repo), held to the meaning domain/roles documents. Changing either side of
 * the rule, or letting the SQL drift from it, fails here.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { pairRefusal, type PairSide } from "../../workers/domain/pairing";
import { DEFAULT_SETTINGS } from "../../workers/domain/matching/score";
import { ROLES } from "../../workers/domain/roles";
import { mayMentorSql } from "../../workers/features/mentorships";
import { createDb } from "../../workers/platform/db";
import { env } from "../helpers";

const side = (id: string, role: string, over: Partial<PairSide> = {}): PairSide => ({
  person: {
    id,
    email: `${id}@example.com`,
    name: id,
    department: "",
    title: "",
    location: "",
    timezone: "UTC",
    yearsExperience: null,
    languages: [],
    skillsOffered: [],
    skillsSought: [],
    goals: "",
    format: null,
    capacity: 1,
    managerEmail: null,
  },
  role,
  seatsLeft: 1,
  paused: false,
  hasMentor: false,
  ...over,
});
const rules = { settings: DEFAULT_SETTINGS, excluded: new Set<string>() };

describe("may this mentor take this mentee", () => {
  it("lets mentors, `both` and juniors mentor, and mentees, `both` and seniors be mentored: nobody else", () => {
    const allowed = ROLES.flatMap((a) =>
      ROLES.filter((b) => pairRefusal(side("a", a), side("b", b), rules) === null).map((b) => `${a}>${b}`),
    );
    const mentors = ["mentor", "both", "junior"];
    const mentees = ["mentee", "both", "senior"];
    expect(allowed.sort()).toEqual(mentors.flatMap((a) => mentees.map((b) => `${a}>${b}`)).sort());
  });

  it("refuses, in this order, a non-mentor, a non-mentee, a mentee with a mentor, a paused or full mentor", () => {
    expect(pairRefusal(undefined, side("b", "mentee"), rules)).toBe("not_mentor");
    expect(pairRefusal(side("a", "mentee"), side("b", "mentor"), rules)).toBe("not_mentor");
    expect(pairRefusal(side("a", "mentor"), undefined, rules)).toBe("not_mentee");
    const taken = side("b", "mentee", { hasMentor: true });
    expect(pairRefusal(side("a", "mentor", { paused: true }), taken, rules)).toBe("has_mentor");
    expect(pairRefusal(side("a", "mentor", { paused: true, seatsLeft: 0 }), side("b", "mentee"), rules)).toBe("paused");
    expect(pairRefusal(side("a", "mentor", { seatsLeft: 0 }), side("b", "mentee"), rules)).toBe("no_seat");
    expect(pairRefusal(side("a", "mentor", { seatsLeft: 0 }), side("b", "mentee"), { ...rules, seatsLeft: 1 })).toBe(
      null,
    );
    expect(pairRefusal(side("a", "mentor"), side("b", "mentee"), { ...rules, seatsLeft: 0 })).toBe("no_seat");
  });

  it("refuses the hard constraints of matching (oneself, a banned pair) before a full mentor", () => {
    expect(pairRefusal(side("a", "both"), side("a", "both"), rules)).toBe("the same person");
    const excluded = new Set(["a|b"]);
    const full = side("a", "mentor", { seatsLeft: 0 });
    expect(pairRefusal(full, side("b", "mentee"), { ...rules, excluded })).toBe("excluded");
  });

  it("builds the SQL of who may mentor from the same rule", async () => {
    const rows = await createDb(env.DB).all<{ role: string }>(
      sql`SELECT value AS role FROM json_each(${JSON.stringify(ROLES)}) WHERE ${mayMentorSql(sql`value`)}`,
    );
    const mentee = side("b", "mentee");
    expect(rows.map((r) => r.role).sort()).toEqual(
      ROLES.filter((r) => pairRefusal(side("a", r), mentee, rules) === null).sort(),
    );
  });
});
