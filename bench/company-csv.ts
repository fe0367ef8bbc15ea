/**
 * The bench's seeded company (people.ts) as a people file in the import's columns, for a demo of a
 * company-wide import and match (`scripts/company-csv.ts`) and the test that the import takes it.
 */
import Papa from "papaparse";
import { company } from "./people";
import { CSV_COLUMNS } from "../workers/domain/people-csv";

export function companyCsv(size: number, seed = 7) {
  const { mentors, mentees } = company(size, seed);
  const asMentor = new Map(mentors.map((m) => [m.id, m]));
  const asMentee = new Map(mentees.map((m) => [m.id, m]));
  const skills = (list: { name: string; level: number }[]) => list.map((s) => `${s.name}:${s.level}`).join(";");
  const rows = new Map<string, Record<(typeof CSV_COLUMNS)[number], string | number>>();
  for (const p of [...mentors, ...mentees]) {
    if (rows.has(p.id)) continue;
    const mentor = asMentor.get(p.id) ?? null;
    const mentee = asMentee.get(p.id) ?? null;
    rows.set(p.id, {
      email: p.email,
      name: p.name,
      role: mentor && mentee ? "both" : mentor ? "mentor" : "mentee",
      department: p.department,
      title: p.title,
      location: p.location,
      timezone: p.timezone,
      years_experience: p.yearsExperience ?? "",
      manager_email: p.managerEmail ?? "",
      languages: p.languages.join(";"),
      skills_offered: skills(mentor?.skillsOffered ?? []),
      skills_sought: skills(mentee?.skillsSought ?? []),
      goals: mentee?.goals ?? "",
      capacity: mentor?.capacity ?? "",
    });
  }
  return Papa.unparse([...rows.values()], { columns: [...CSV_COLUMNS], newline: "\n" }) + "\n";
}
