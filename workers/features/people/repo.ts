/** @module features/people/repo — people and their shared profile. */
import { eq, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { people } from "../../db/schema";
import type { PersonProfile } from "../../domain/profile";

export type Person = typeof people.$inferSelect;

export async function findPersonByEmail(db: DB, email: string) {
  return (await db.select().from(people).where(eq(people.email, email)).limit(1))[0] ?? null;
}

/** Only the fields a profile actually sets, so an omitted field keeps its value. */
export function personChanges(p: Partial<PersonProfile>) {
  const set: Partial<typeof people.$inferInsert> = {};
  if (p.name !== undefined) set.name = p.name;
  if (p.department !== undefined) set.department = p.department;
  if (p.title !== undefined) set.title = p.title;
  if (p.location !== undefined) set.location = p.location;
  if (p.timezone !== undefined) set.timezone = p.timezone;
  if (p.yearsExperience !== undefined) set.yearsExperience = p.yearsExperience;
  if (p.languages !== undefined) set.languages = p.languages;
  return set;
}

/** Finds or creates the person with this email, in one statement; a new person gets `profile`. */
export async function ensurePerson(db: DB, email: string, profile: PersonProfile) {
  const [row] = await db
    .insert(people)
    .values({ id: crypto.randomUUID(), email, ...personChanges(profile), name: profile.name })
    .onConflictDoUpdate({ target: people.email, set: { email: sql`excluded.email` } })
    .returning();
  return row!;
}

/** The public view of a person. */
export function personDto(p: Person) {
  return {
    id: p.id,
    email: p.email,
    name: p.name,
    department: p.department,
    title: p.title,
    location: p.location,
    timezone: p.timezone,
    yearsExperience: p.yearsExperience,
    languages: p.languages,
  };
}
