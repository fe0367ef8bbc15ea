/** @module features/people/repo — people and their shared profile, and a program's participants for its managers. */
import { and, asc, count, eq, or, sql, type SQL } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { enrollments, people } from "../../db/schema";
import type { PersonRow } from "../../domain/people-csv";
import { publicProfile, type PersonProfile } from "../../domain/profile";
import type { UiLanguage } from "../../domain/ui-languages";

/** What a person may change of their own profile: the shared profile and the language of their screens. */
export type ProfileChanges = Partial<PersonProfile> & { uiLanguage?: UiLanguage | null };

export type Person = typeof people.$inferSelect;

export async function findPersonByEmail(db: DB, email: string) {
  return (await db.select().from(people).where(eq(people.email, email)).limit(1))[0] ?? null;
}

/** Only the fields a profile actually sets, so an omitted field keeps its value. */
function personChanges(p: ProfileChanges) {
  const set: Partial<typeof people.$inferInsert> = {};
  if (p.name !== undefined) set.name = p.name;
  if (p.department !== undefined) set.department = p.department;
  if (p.title !== undefined) set.title = p.title;
  if (p.location !== undefined) set.location = p.location;
  if (p.timezone !== undefined) set.timezone = p.timezone;
  if (p.yearsExperience !== undefined) set.yearsExperience = p.yearsExperience;
  if (p.languages !== undefined) set.languages = p.languages;
  if (p.uiLanguage !== undefined) set.uiLanguage = p.uiLanguage;
  return set;
}

/** The person with this id, as a statement to batch. */
export const personById = (db: DB, id: string) => db.select().from(people).where(eq(people.id, id));

/** Saves the fields of a profile that are set; undefined if there is no such person. */
export async function updateProfile(db: DB, id: string, p: ProfileChanges) {
  const [saved] = await db.update(people).set(profileUpdate(p, Date.now())).where(eq(people.id, id)).returning();
  return saved;
}

/** The update applying a confirmed sign-up's profile (batched with the rest of the sign-in). */
export const applyProfile = (db: DB, id: string, p: Partial<PersonProfile>, now: number) =>
  db.update(people).set(profileUpdate(p, now)).where(eq(people.id, id));

const profileUpdate = (p: ProfileChanges, now: number) => ({ ...personChanges(p), updatedAt: now });

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
  return { id: p.id, email: p.email, ...publicProfile(p) };
}

/** The person as they see themselves: their profile and the language they chose for their screens. */
export const myPersonDto = (p: Person) => ({ ...personDto(p), uiLanguage: p.uiLanguage ?? null });

export type ParticipantFilter = {
  q?: string;
  role?: string;
  department?: string;
  status?: string;
  page: number;
  pageSize: number;
};

/** One page of participants, the total, and the departments for the filter, in one round trip. */
export async function listParticipants(db: DB, programId: string, f: ParticipantFilter) {
  const conditions: (SQL | undefined)[] = [eq(enrollments.programId, programId)];
  if (f.role) conditions.push(eq(enrollments.role, f.role as never));
  if (f.status) conditions.push(eq(enrollments.status, f.status as never));
  if (f.department) conditions.push(eq(people.department, f.department));
  if (f.q) {
    // instr, not LIKE: D1 refuses LIKE patterns over 50 bytes, and a search needs no wildcards.
    // SQLite's lower() folds ASCII only, as LIKE did, so the search term is folded the same way.
    const q = f.q.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
    conditions.push(or(sql`instr(lower(${people.name}), ${q}) > 0`, sql`instr(lower(${people.email}), ${q}) > 0`));
  }
  const where = and(...conditions);
  const [items, [total], departments] = await db.batch([
    db
      .select({
        personId: people.id,
        email: people.email,
        name: people.name,
        department: people.department,
        title: people.title,
        location: people.location,
        timezone: people.timezone,
        role: enrollments.role,
        status: enrollments.status,
        capacity: enrollments.capacity,
        joinedAt: enrollments.createdAt,
      })
      .from(enrollments)
      .innerJoin(people, eq(people.id, enrollments.personId))
      .where(where)
      .orderBy(asc(people.name), asc(people.email))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(enrollments).innerJoin(people, eq(people.id, enrollments.personId)).where(where),
    db
      .selectDistinct({ department: people.department })
      .from(enrollments)
      .innerJoin(people, eq(people.id, enrollments.personId))
      .where(eq(enrollments.programId, programId))
      .orderBy(asc(people.department)),
  ]);
  return {
    items,
    total: total?.n ?? 0,
    page: f.page,
    pageSize: f.pageSize,
    departments: departments.map((d) => d.department).filter(Boolean),
  };
}

/** Every enrolled (not withdrawn) participant, as import rows. */
export async function exportRows(db: DB, programId: string): Promise<PersonRow[]> {
  const rows = await db
    .select({ p: people, e: enrollments })
    .from(enrollments)
    .innerJoin(people, eq(people.id, enrollments.personId))
    .where(and(eq(enrollments.programId, programId), sql`${enrollments.status} != 'withdrawn'`))
    .orderBy(asc(people.email));
  return rows.map(({ p, e }) => ({
    email: p.email,
    name: p.name,
    role: e.role,
    department: p.department,
    title: p.title,
    location: p.location,
    timezone: p.timezone,
    yearsExperience: p.yearsExperience,
    managerEmail: p.managerEmail,
    languages: p.languages,
    skillsOffered: e.skillsOffered,
    skillsSought: e.skillsSought,
    goals: e.goals,
    capacity: e.capacity,
  }));
}
