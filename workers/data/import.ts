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
import { CSV_COLUMNS, type CsvColumn, type PersonRow } from "../domain/people-csv";
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

// Optional CSV columns by the property they update; each CSV column is named after its database column.
const PERSON_FIELDS = {
  department: "department",
  title: "title",
  location: "location",
  timezone: "timezone",
  yearsExperience: "years_experience",
  managerEmail: "manager_email",
  languages: "languages",
} as const;
const ENROLLMENT_FIELDS = {
  capacity: "capacity",
  goals: "goals",
  skillsOffered: "skills_offered",
  skillsSought: "skills_sought",
} as const;
/** The upsert's `set` for the columns the file has: a column it lacks keeps what people entered. */
const fromFile = (fields: Record<string, CsvColumn>, columns: readonly CsvColumn[]) =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([, column]) => columns.includes(column))
      .map(([key, column]) => [key, excluded(column)]),
  );

/** The idempotency key of a person's welcome to a program: one welcome, however often they are imported. */
export const welcomeKey = (programId: string, email: string) => `welcome:${programId}:${email}`;

/**
 * Upserts people by email, enrolls them as active, adds their skills to the vocabulary and queues a
 * welcome mail for each (unless `welcome` is null), all in one batch. Existing people and enrollments
 * are updated only in `columns` (the file's). Returns each row's email and whether it was new to the program.
 */
export async function importPeople(
  db: DB,
  program: Program,
  rows: PersonRow[],
  welcome: ((row: PersonRow) => RenderedMail) | null,
  { columns = CSV_COLUMNS, now = Date.now() }: { columns?: readonly CsvColumn[]; now?: number } = {},
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
          set: { name: excluded("name"), ...fromFile(PERSON_FIELDS, columns), updatedAt: excluded("updated_at") },
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
            ...fromFile(ENROLLMENT_FIELDS, columns),
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
