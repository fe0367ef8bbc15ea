/**
 * @module domain/people-csv
 * The people-import CSV (HRIS-style columns): parsing, per-row validation, and export.
 * Parsing uses papaparse (quoted fields, embedded commas and newlines); this module only knows the columns.
 */
import Papa from "papaparse";
import { emailSchema, formatSkillList, isTimeZone, parseSkillList, type Skill } from "./profile";

export const CSV_COLUMNS = [
  "email",
  "name",
  "role",
  "department",
  "title",
  "location",
  "timezone",
  "years_experience",
  "manager_email",
  "languages",
  "skills_offered",
  "skills_sought",
  "goals",
  "capacity",
] as const;

export type PersonRow = {
  email: string;
  name: string;
  role: string;
  department: string;
  title: string;
  location: string;
  timezone: string;
  yearsExperience: number | null;
  managerEmail: string | null;
  languages: string[];
  skillsOffered: Skill[];
  skillsSought: Skill[];
  goals: string;
  capacity: number | null;
};

export type RowError = { row: number; email: string; errors: string[] };
export type ParsedCsv = { rows: PersonRow[]; errors: RowError[]; fatal?: string };

const REQUIRED = ["email", "name", "role"] as const;

function intOrNull(value: string, field: string, min: number, max: number, errors: string[]) {
  if (value === "") return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    errors.push(`${field} must be a whole number from ${min} to ${max}`);
    return null;
  }
  return n;
}

/**
 * Parses and validates a whole file. Row numbers count the header as row 1, as a spreadsheet shows them.
 * `roles` are the roles the program's kind allows.
 */
export function parsePeopleCsv(csv: string, roles: readonly string[], maxRows = 20000): ParsedCsv {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const header = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { rows: [], errors: [], fatal: `The header lacks: ${missing.join(", ")}.` };
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) return { rows: [], errors: [], fatal: `Unknown columns: ${unknown.join(", ")}.` };
  if (parsed.data.length === 0) return { rows: [], errors: [], fatal: "The file has no rows." };
  if (parsed.data.length > maxRows) return { rows: [], errors: [], fatal: `At most ${maxRows} rows at once.` };

  const rows: PersonRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((raw, i) => {
    const rowNumber = i + 2;
    const get = (c: string) => (raw[c] ?? "").trim();
    const errs: string[] = [];
    const email = emailSchema.safeParse(get("email"));
    if (!email.success) errs.push("email is not a valid address");
    const emailValue = email.success ? email.data : get("email");
    if (email.success) {
      const first = seen.get(email.data);
      if (first) errs.push(`email repeats row ${first}`);
      else seen.set(email.data, rowNumber);
    }
    const name = get("name");
    if (!name) errs.push("name is empty");
    if (name.length > 120) errs.push("name is longer than 120 characters");
    const role = get("role").toLowerCase();
    if (!roles.includes(role)) errs.push(`role must be one of ${roles.join(", ")}`);
    const timezone = get("timezone") || "UTC";
    if (!isTimeZone(timezone)) errs.push(`timezone "${timezone}" is not an IANA time zone`);
    const manager = get("manager_email");
    const managerEmail = manager ? emailSchema.safeParse(manager) : null;
    if (managerEmail && !managerEmail.success) errs.push("manager_email is not a valid address");
    const offered = parseSkillList(get("skills_offered"));
    const sought = parseSkillList(get("skills_sought"));
    errs.push(...offered.errors.map((e) => `skills_offered: ${e}`), ...sought.errors.map((e) => `skills_sought: ${e}`));
    const yearsExperience = intOrNull(get("years_experience"), "years_experience", 0, 70, errs);
    const capacity = intOrNull(get("capacity"), "capacity", 0, 50, errs);
    const goals = get("goals");
    if (goals.length > 2000) errs.push("goals is longer than 2000 characters");

    if (errs.length) {
      errors.push({ row: rowNumber, email: emailValue, errors: errs });
      return;
    }
    rows.push({
      email: emailValue,
      name,
      role,
      department: get("department"),
      title: get("title"),
      location: get("location"),
      timezone,
      yearsExperience,
      managerEmail: managerEmail?.success ? managerEmail.data : null,
      languages: get("languages")
        .split(";")
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
      skillsOffered: offered.skills,
      skillsSought: sought.skills,
      goals,
      capacity,
    });
  });
  return { rows, errors };
}

/** Writes rows back in the import format, so an export can be edited and imported again. */
export function formatPeopleCsv(rows: PersonRow[]): string {
  // escapeFormulae: a cell starting with =, +, - or @ is not run as a formula when opened in a spreadsheet.
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: rows.map((r) => [
        r.email,
        r.name,
        r.role,
        r.department,
        r.title,
        r.location,
        r.timezone,
        r.yearsExperience ?? "",
        r.managerEmail ?? "",
        r.languages.join(";"),
        formatSkillList(r.skillsOffered),
        formatSkillList(r.skillsSought),
        r.goals,
        r.capacity ?? "",
      ]),
    },
    { escapeFormulae: true },
  );
}
