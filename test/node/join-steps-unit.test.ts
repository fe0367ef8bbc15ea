/**
 * What each step of the join form asks for each role, what it checks before moving on, where the
 * API's refusals send the person, and the request it sends: only the questions it asked.
 */
import { describe, expect, it } from "vitest";
import { PROFILE_FIELDS, ROLES_BY_KIND } from "../../workers/domain/profile";
import {
  blankAnswers,
  body,
  check as checkIn,
  stepOf,
  stepsFor,
  stepTitle as titleIn,
} from "../../web/src/features/account/join/form";
import shell from "../../web/src/locales/en.json";
import account from "../../web/src/features/account/locales/en.json";

// The form's words come from the English catalogs (the shell's and the join flow's), as an English reader sees them.
const en: Record<string, string> = { ...shell, ...account };
const t = (id: string) => en[id] ?? id;
const stepTitle = (key: Parameters<typeof titleIn>[0], role: string) => titleIn(key, role, t);
const check = (questions: Parameters<typeof checkIn>[0], a: Parameters<typeof checkIn>[1]) => checkIn(questions, a, t);

const program = (kind: string, profileFields: string[] = [...PROFILE_FIELDS]) => ({
  roles: [...ROLES_BY_KIND[kind]!],
  profileFields,
  skills: ["ux research"],
});
const asked = (kind: string, role: string, fields?: string[]) =>
  Object.fromEntries(stepsFor(program(kind, fields), role).map((s) => [s.key, s.questions]));

describe("the join form's steps", () => {
  it("asks a mentee what they seek, a mentor what they offer and how many mentees", () => {
    expect(asked("one-to-one", "mentee").offer).toEqual(["yearsExperience", "skillsSought", "goals"]);
    expect(asked("one-to-one", "mentor").offer).toEqual(["yearsExperience", "skillsOffered", "goals", "capacity"]);
    expect(asked("peer", "both").offer).toEqual([
      "yearsExperience",
      "skillsOffered",
      "skillsSought",
      "goals",
      "capacity",
    ]);
    expect([stepTitle("offer", "mentee"), stepTitle("offer", "mentor"), stepTitle("offer", "both")]).toEqual([
      "What you seek",
      "What you offer",
      "What you offer and seek",
    ]);
  });

  it("asks a reverse program's junior what they offer, with no capacity the API would drop", () => {
    expect(asked("reverse", "junior").offer).toEqual(["yearsExperience", "skillsOffered", "goals"]);
    expect(asked("reverse", "senior").offer).toEqual(["yearsExperience", "skillsSought", "goals"]);
    expect(blankAnswers(program("reverse"), "UTC").role).toBe("senior");
  });

  it("leaves out the profile fields the program does not ask, and a step left with no question", () => {
    const steps = stepsFor(program("one-to-one", ["timezone"]), "mentee");
    expect(steps.map((s) => s.key)).toEqual(["about", "preferences"]);
    expect(steps[0]!.questions).toEqual(["name", "email", "role"]);
    expect(steps[1]!.questions).toEqual(["timezone", "consent"]);
    expect(stepsFor(program("one-to-one", []), "mentor").map((s) => s.key)).toEqual(["about", "offer", "preferences"]);
  });

  it("stops a step at what is missing or out of range, and only at that step's questions", () => {
    const a = { ...blankAnswers(program("one-to-one"), "UTC"), role: "mentor", capacity: "51", yearsExperience: "x" };
    const [about, offer, preferences] = stepsFor(program("one-to-one"), "mentor");
    expect(Object.keys(check(about!.questions, a))).toEqual(["name", "email"]);
    expect(Object.keys(check(offer!.questions, a))).toEqual(["yearsExperience", "capacity"]);
    expect(Object.keys(check(preferences!.questions, a))).toEqual(["consent"]);
    expect(check(about!.questions, { ...a, name: "Ana", email: "ana@example.com" })).toEqual({});
  });

  it("sends a refusal about a field back to the step that asked it", () => {
    const steps = stepsFor(program("one-to-one"), "mentor");
    expect(stepOf(steps, "name")).toBe(0);
    expect(stepOf(steps, "skillsOffered.0.name")).toBe(1);
    expect(stepOf(steps, "languages.3")).toBe(2);
    expect(stepOf(steps, "key")).toBe(-1);
  });

  it("sends the answers to the questions asked, and nothing a changed role no longer asks", () => {
    const p = program("one-to-one");
    const answers = {
      ...blankAnswers(p, "Europe/Berlin"),
      name: " Ana ",
      email: "ana@example.com",
      role: "mentee",
      skillsOffered: [{ name: "ux research", level: 3 }], // chosen as a mentor before switching to mentee
      languages: ["de", "pt-br"],
      consent: true,
    };
    const sent = body(stepsFor(p, "mentee"), answers, "k");
    expect(sent).toMatchObject({
      key: "k",
      name: "Ana",
      role: "mentee",
      timezone: "Europe/Berlin",
      languages: ["de", "pt-br"],
    });
    expect(sent).not.toHaveProperty("skillsOffered");
    expect(sent).not.toHaveProperty("capacity");
    expect(body(stepsFor(p, "mentor"), { ...answers, role: "mentor" }, "k")).toMatchObject({ capacity: 2 });
  });
});
