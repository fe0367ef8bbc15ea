/**
 * The sign-up form as data: its answers, which step asks what for the chosen role, the checks each
 * step makes before moving on, and the request it finally sends. The API checks everything again;
 * these checks only save a round trip, so they are written here rather than pulling zod into the page.
 */
import type { api } from "../../../lib/api";
import type { FieldErrors } from "../../../lib/api";
import type { Skill } from "../../profile/SkillPicker";
import type { Translate } from "../../../lib/i18n";
import { isMenteeRole, isMentorRole } from "../../../lib/roles";

export type Body = Parameters<(typeof api.join)[":slug"]["$post"]>[0]["json"];
export type Program = { roles: string[]; profileFields: string[]; skills: string[] };

export type Answers = {
  name: string;
  email: string;
  role: string;
  department: string;
  title: string;
  location: string;
  yearsExperience: string;
  skillsOffered: Skill[];
  skillsSought: Skill[];
  goals: string;
  capacity: string;
  timezone: string;
  languages: string[];
  format: string;
  frequency: string;
  consent: boolean;
};

/** Nothing answered yet; the time zone is the device's, set when the step that asks it shows. */
export const blankAnswers = (program: Program, timezone = ""): Answers => ({
  name: "",
  email: "",
  // A newcomer is most often someone who wants to learn: the mentee's side is chosen to start with.
  role: program.roles.find((r) => isMenteeRole(r) && !isMentorRole(r)) ?? program.roles[0] ?? "",
  department: "",
  title: "",
  location: "",
  yearsExperience: "",
  skillsOffered: [],
  skillsSought: [],
  goals: "",
  capacity: "2",
  timezone,
  languages: [],
  format: "",
  frequency: "",
  consent: false,
});

export type StepKey = "about" | "offer" | "preferences";
type Question = keyof Answers;

/** What every step's component is given: the answers so far, how to change them, and what it asks. */
export type StepProps = {
  answers: Answers;
  set: (change: Partial<Answers>) => void;
  errors: FieldErrors;
  asks: (q: Question) => boolean;
};

/** Who takes a mentee's capacity: the API keeps it for mentors and for people who are both. */
export const takesMentees = (role: string) => role === "mentor" || role === "both";

/** The questions this program asks someone of `role`, step by step; a step with none is left out. */
export function stepsFor(program: Program, role: string): { key: StepKey; questions: Question[] }[] {
  const asks = (q: Question) => program.profileFields.includes(q);
  const about: Question[] = ["name", "email", "role", "department", "title", "location"];
  const offer: Question[] = [
    "yearsExperience",
    ...(isMentorRole(role) ? (["skillsOffered"] as const) : []),
    ...(isMenteeRole(role) ? (["skillsSought"] as const) : []),
    "goals",
    ...(takesMentees(role) ? (["capacity"] as const) : []),
  ];
  const preferences: Question[] = ["timezone", "languages", "format", "frequency", "consent"];
  const always = new Set<Question>(["name", "email", "role", "capacity", "consent"]);
  const steps = [
    { key: "about" as const, questions: about },
    { key: "offer" as const, questions: offer },
    { key: "preferences" as const, questions: preferences },
  ].map((s) => ({ ...s, questions: s.questions.filter((q) => always.has(q) || asks(q)) }));
  return steps.filter((s) => s.questions.length > 0);
}

/** The title of a step for someone of `role`: a mentee is asked what they seek, a mentor what they offer. */
export function stepTitle(key: StepKey, role: string, t: Translate): string {
  if (key === "about") return t("join.about.title");
  if (key === "preferences") return t("join.preferences.title");
  const [offers, seeks] = [isMentorRole(role), isMenteeRole(role)];
  return offers && seeks ? t("join.offer.titleBoth") : offers ? t("join.offer.title") : t("join.offer.titleSeek");
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const wholeIn = (value: string, min: number, max: number) =>
  /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/** What is wrong with the answers to `questions`, by field, before the step may be left. */
export function check(questions: Question[], a: Answers, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const asked = new Set(questions);
  if (asked.has("name") && !a.name.trim()) errors.name = t("join.check.name");
  if (asked.has("email") && !EMAIL.test(a.email.trim())) errors.email = t("join.check.email");
  if (asked.has("role") && !a.role) errors.role = t("join.check.role");
  if (asked.has("yearsExperience") && a.yearsExperience !== "" && !wholeIn(a.yearsExperience, 0, 70)) {
    errors.yearsExperience = t("join.check.years");
  }
  if (asked.has("capacity") && !wholeIn(a.capacity, 0, 50)) errors.capacity = t("join.check.capacity");
  if (asked.has("goals") && a.goals.trim().length > 2000) errors.goals = t("join.check.goals");
  if (asked.has("consent") && !a.consent) errors.consent = t("join.check.consent");
  return errors;
}

/** The step that asks `field` ("skillsOffered.0.name" is asked with skillsOffered), if any does. */
export function stepOf(steps: { key: StepKey; questions: Question[] }[], field: string): number {
  const name = field.split(".")[0] as Question;
  return steps.findIndex((s) => s.questions.includes(name));
}

/** The request for the questions the steps asked; a question not asked is not sent. */
export function body(steps: { questions: Question[] }[], a: Answers, key: string): Body {
  const asked = new Set(steps.flatMap((s) => s.questions));
  const has = (q: Question) => asked.has(q);
  return {
    key,
    name: a.name.trim(),
    email: a.email.trim(),
    role: a.role,
    consent: a.consent as true,
    ...(has("department") && { department: a.department }),
    ...(has("title") && { title: a.title }),
    ...(has("location") && { location: a.location }),
    ...(has("timezone") && a.timezone && { timezone: a.timezone }),
    ...(has("yearsExperience") && a.yearsExperience !== "" && { yearsExperience: Number(a.yearsExperience) }),
    ...(has("languages") && { languages: a.languages }),
    ...(has("goals") && { goals: a.goals }),
    ...(has("format") && a.format && { format: a.format as Body["format"] }),
    ...(has("frequency") && a.frequency && { frequency: a.frequency as Body["frequency"] }),
    ...(has("skillsOffered") && { skillsOffered: a.skillsOffered }),
    ...(has("skillsSought") && { skillsSought: a.skillsSought }),
    ...(has("capacity") && { capacity: Number(a.capacity) }),
  };
}
