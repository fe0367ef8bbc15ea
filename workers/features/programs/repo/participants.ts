/** @module features/programs/repo/participants — the admin's table of a program's participants, paginated in SQL. */
import { and, asc, count, eq, or, sql, type SQL } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import { enrollments, people, programs } from "../../../db/schema";
import type { PersonRow } from "../../../domain/people-csv";

export type ParticipantFilter = {
  q?: string;
  role?: string;
  department?: string;
  status?: string;
  page: number;
  pageSize: number;
};

/**
 * One page of participants, the total, and the departments for the filter, in one round trip;
 * null if there is no such program.
 */
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
  const [found, items, [total], departments] = await db.batch([
    db.select({ id: programs.id }).from(programs).where(eq(programs.id, programId)),
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
  if (found.length === 0) return null;
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
