/**
 * A generated company (bench/people.ts) written into the local D1 as one program's active participants,
 * a thousand people a statement through `json_each`: one bound parameter each, so 50,000 people take
 * a hundred statements instead of a statement a person.
 */
import type { Mentee, Mentor } from "../../workers/domain/matching/plan";
import { company } from "../people";

const CHUNK = 1000;

export async function seedCompany(db: D1Database, participants: number, programId: string) {
  const { mentors, mentees } = company(participants, 7);
  // Someone in both lists mentors and is mentored: one enrollment with the role `both`.
  const byId = new Map<string, { person: Mentor | Mentee; mentor?: Mentor; mentee?: Mentee }>();
  for (const m of mentors) byId.set(m.id, { person: m, mentor: m });
  for (const m of mentees) byId.set(m.id, { ...byId.get(m.id), person: m, mentee: m });
  const rows = [...byId.values()].map(({ person: p, mentor, mentee }) => ({
    id: p.id,
    email: p.email,
    name: p.name,
    department: p.department,
    title: p.title,
    location: p.location,
    timezone: p.timezone,
    years: p.yearsExperience,
    manager: p.managerEmail,
    languages: JSON.stringify(p.languages),
    role: mentor && mentee ? "both" : mentor ? "mentor" : "mentee",
    capacity: mentor?.capacity ?? null,
    offered: JSON.stringify(mentor?.skillsOffered ?? []),
    sought: JSON.stringify(mentee?.skillsSought ?? []),
    goals: mentee?.goals ?? "",
    format: p.format,
  }));
  const statements = [
    db
      .prepare(`INSERT INTO programs (id, slug, name, kind, join_key) VALUES (?, ?, 'Company-wide', 'one-to-one', 'k')`)
      .bind(programId, programId),
  ];
  const field = (name: string) => `(value ->> '$.${name}')`; // parenthesised: `||` binds as tightly as `->>`
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    statements.push(
      db
        .prepare(
          `INSERT INTO people (id, email, name, department, title, location, timezone, years_experience,
            manager_email, languages)
          SELECT ${["id", "email", "name", "department", "title", "location", "timezone", "years", "manager", "languages"].map(field)}
          FROM json_each(?)`,
        )
        .bind(chunk),
      db
        .prepare(
          `INSERT INTO enrollments (id, program_id, person_id, role, status, capacity, skills_offered, skills_sought,
            goals, format)
          SELECT 'e-' || ${field("id")}, ?, ${["id", "role"].map(field)}, 'active',
            ${["capacity", "offered", "sought", "goals", "format"].map(field)}
          FROM json_each(?)`,
        )
        .bind(programId, chunk),
    );
  }
  await db.batch(statements);
  return { mentors: mentors.length, mentees: mentees.length };
}
