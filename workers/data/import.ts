/**
 * @module data/import
 * Enrolls validated CSV rows in one D1 batch, which D1 runs as a single transaction, so an import
 * lands whole or not at all (https://developers.cloudflare.com/d1/worker-api/d1-database/#batch).
 * Statements are multi-row but kept under D1's 100 bound parameters per statement
 * (https://developers.cloudflare.com/d1/platform/limits/).
 */
import { getTableColumns, sql, type Table } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { DB } from "../db/client";
import { enrollments, outgoingMail, people, programs } from "../db/schema";
import type { PersonRow } from "../domain/people-csv";
import type { Program } from "./programs";
import type { RenderedMail } from "../mail/templates";

const MAX_PARAMS = 100;
/** Rows per statement for a table: drizzle binds a value (or the column's default) for every column. */
const chunk = <T>(items: T[], table: Table) => {
  const size = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(getTableColumns(table)).length));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};
const excluded = (column: string) => sql.raw(`excluded.${column}`);
type Role = (typeof enrollments.$inferInsert)["role"];

/** The idempotency key of a person's welcome to a program: one welcome, however often they are imported. */
export const welcomeKey = (programId: string, email: string) => `welcome:${programId}:${email}`;

/**
 * Upserts people by email, enrolls them as active, adds their skills to the vocabulary and queues a
 * welcome mail for each (unless `welcome` is null), all in one batch. Returns the emails that were new to the program.
 */
export async function importPeople(
  db: DB,
  program: Program,
  rows: PersonRow[],
  welcome: ((row: PersonRow) => RenderedMail) | null,
  now = Date.now(),
) {
  const before = await db.all<{ email: string }>(sql`
    SELECT p.email FROM enrollments e JOIN people p ON p.id = e.person_id WHERE e.program_id = ${program.id}`);
  const enrolled = new Set(before.map((r) => r.email));

  const statements: BatchItem<"sqlite">[] = [];
  for (const part of chunk(rows, people)) {
    statements.push(
      db
        .insert(people)
        .values(
          part.map((r) => ({
            id: crypto.randomUUID(),
            email: r.email,
            name: r.name,
            department: r.department,
            title: r.title,
            location: r.location,
            timezone: r.timezone,
            yearsExperience: r.yearsExperience,
            managerEmail: r.managerEmail,
            languages: r.languages,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: people.email,
          set: {
            name: excluded("name"),
            department: excluded("department"),
            title: excluded("title"),
            location: excluded("location"),
            timezone: excluded("timezone"),
            yearsExperience: excluded("years_experience"),
            managerEmail: excluded("manager_email"),
            languages: excluded("languages"),
            updatedAt: excluded("updated_at"),
          },
        }),
    );
  }
  for (const part of chunk(rows, enrollments)) {
    statements.push(
      db
        .insert(enrollments)
        .values(
          part.map((r) => ({
            id: crypto.randomUUID(),
            programId: program.id,
            personId: sql`(SELECT id FROM people WHERE email = ${r.email})`,
            role: r.role as Role,
            status: "active" as const,
            capacity: r.capacity,
            goals: r.goals,
            skillsOffered: r.skillsOffered,
            skillsSought: r.skillsSought,
            confirmedAt: now,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [enrollments.programId, enrollments.personId],
          set: {
            role: excluded("role"),
            status: sql`'active'`,
            capacity: excluded("capacity"),
            goals: excluded("goals"),
            skillsOffered: excluded("skills_offered"),
            skillsSought: excluded("skills_sought"),
            confirmedAt: sql`coalesce(${enrollments.confirmedAt}, excluded.confirmed_at)`,
            withdrawnAt: sql`NULL`,
            updatedAt: excluded("updated_at"),
          },
        }),
    );
  }
  const vocabulary = new Set(program.skills);
  for (const r of rows) for (const s of [...r.skillsOffered, ...r.skillsSought]) vocabulary.add(s.name);
  if (vocabulary.size !== program.skills.length) {
    statements.push(
      db
        .update(programs)
        .set({ skills: [...vocabulary].sort(), updatedAt: now })
        .where(sql`${programs.id} = ${program.id}`),
    );
  }
  for (const part of welcome ? chunk(rows, outgoingMail) : []) {
    statements.push(
      db
        .insert(outgoingMail)
        .values(
          part.map((r) => ({
            id: crypto.randomUUID(),
            idempotencyKey: welcomeKey(program.id, r.email),
            toEmail: r.email,
            ...welcome!(r),
            createdAt: now,
          })),
        )
        .onConflictDoNothing({ target: outgoingMail.idempotencyKey }),
    );
  }
  await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return rows.map((r) => ({
    email: r.email,
    status: enrolled.has(r.email) ? ("updated" as const) : ("created" as const),
  }));
}
