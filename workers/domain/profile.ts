/**
 * @module domain/profile
 * What a participant tells Tandem about themselves, validated the same way whether it comes from
 * the sign-up form, the profile editor or a CSV import. Plain TypeScript and zod: no platform imports.
 */
import { z } from "zod";
import { personName } from "./person-name";

export { PROFILE_FIELDS, type ProfileField } from "./profile-fields";

export const ROLES_BY_KIND: Record<string, readonly string[]> = {
  "one-to-one": ["mentor", "mentee", "both"],
  group: ["mentor", "mentee", "both"],
  peer: ["mentor", "mentee", "both"],
  speed: ["mentor", "mentee", "both"],
  reverse: ["junior", "senior"],
  roulette: ["both"],
};

/** Whether `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address." }));

/** A skill keeps the capitals its owner wrote ("SQL", "Kubernetes"); matching compares by `skillKey`. */
export const skillSchema = z.object({
  name: z.string().trim().min(1).max(60),
  level: z.number().int().min(1).max(3),
});
export type Skill = z.infer<typeof skillSchema>;

const text = (max: number) => z.string().trim().max(max);

/** Profile fields stored on the person (shared across programs). */
export const personProfileSchema = z.object({
  name: personName,
  department: text(120).optional(),
  title: text(120).optional(),
  location: text(120).optional(),
  timezone: z.string().refine(isTimeZone, "Choose a valid time zone.").optional(),
  yearsExperience: z.number().int().min(0).max(70).nullable().optional(),
  languages: z.array(text(20).toLowerCase().min(1)).max(20).optional(),
});

/** Profile fields stored on the enrollment (specific to one program). */
export const enrollmentProfileSchema = z.object({
  goals: text(2000).optional(),
  skillsOffered: z.array(skillSchema).max(30).optional(),
  skillsSought: z.array(skillSchema).max(30).optional(),
  format: z.enum(["remote", "in-person", "either"]).nullable().optional(),
  frequency: z.enum(["weekly", "biweekly", "monthly"]).nullable().optional(),
  capacity: z.number().int().min(0).max(50).nullable().optional(),
});

export type PersonProfile = z.infer<typeof personProfileSchema>;
export type EnrollmentProfile = z.infer<typeof enrollmentProfileSchema>;

/** What two skill names are compared by: "SQL" and "sql" are the same skill. */
export const skillKey = (name: string) => name.toLowerCase();

/** Skills outside the program's vocabulary, by name; an empty vocabulary accepts any skill. */
export function unknownSkills(vocabulary: string[], skills: Skill[] | undefined): string[] {
  if (vocabulary.length === 0 || !skills) return [];
  const known = new Set(vocabulary.map(skillKey));
  return skills.map((s) => s.name).filter((n) => !known.has(skillKey(n)));
}

/** Parses `skill:2;other` into skills; a missing level means 2 (working knowledge). */
export function parseSkillList(value: string): { skills: Skill[]; errors: string[] } {
  const skills: Skill[] = [];
  const errors: string[] = [];
  for (const part of value.split(";")) {
    const item = part.trim();
    if (!item) continue;
    const m = /^(.*?)(?::\s*(\d+))?$/.exec(item)!;
    const name = m[1]!.trim();
    const level = m[2] === undefined ? 2 : Number(m[2]);
    if (!name) errors.push(`"${item}" has no skill name`);
    else if (!(level >= 1 && level <= 3)) errors.push(`level of "${name}" must be 1 to 3`);
    else skills.push({ name, level });
  }
  return { skills, errors };
}

/** The inverse of `parseSkillList`. */
export const formatSkillList = (skills: Skill[]) => skills.map((s) => `${s.name}:${s.level}`).join(";");

/** A URL-safe slug from a program name. */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 48)
    .replace(/^-+|-+$/g, "");
  return base || "program";
}

/** What a sign-up through the shared link carries until its email confirms it; applied once confirmed. */
export type SignupPayload = {
  person: PersonProfile;
  enrollment: EnrollmentProfile & { role: string };
  consentAt: number;
};

/** The part of a person's profile others see: who they are and where and when they work. */
export type PublicProfile = {
  name: string;
  department: string;
  title: string;
  location: string;
  timezone: string;
  yearsExperience: number | null;
  languages: string[];
};

export const publicProfile = (p: PublicProfile): PublicProfile => ({
  name: p.name,
  department: p.department,
  title: p.title,
  location: p.location,
  timezone: p.timezone,
  yearsExperience: p.yearsExperience,
  languages: p.languages,
});
