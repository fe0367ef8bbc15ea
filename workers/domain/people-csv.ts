/**
 * @module domain/people-csv
 * The people-import CSV (HRIS-style columns): parsing, per-row validation, and export.
 * Parsing uses papaparse (quoted fields, embedded commas and newlines); this module only knows the columns.
 */
import Papa from "papaparse";
import { emailCell, readCsvFile } from "./csv-file";
import { personName } from "./person-name";
import { emailSchema, formatSkillList, isTimeZone, parseSkillList, type Skill } from "./profile";

/** The columns of a person's shared profile, besides their name. */
export const PROFILE_CSV_COLUMNS = [
  "department",
  "title",
  "location",
  "timezone",
  "years_experience",
  "manager_email",
  "languages",
] as const;
/** The columns of their enrollment in the program, besides their role. */
export const ENROLLMENT_CSV_COLUMNS = ["skills_offered", "skills_sought", "goals", "capacity"] as const;

export const CSV_COLUMNS = ["email", "name", "role", ...PROFILE_CSV_COLUMNS, ...ENROLLMENT_CSV_COLUMNS] as const;

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

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type RowError = { row: number; email: string; errors: string[] };
/** `columns` are the file's columns: an import updates only those, leaving what a file does not mention. */
export type ParsedCsv = {
  rows: PersonRow[];
  /** Each row's number in the file, as a spreadsheet shows it. */
  rowNumbers: number[];
  errors: RowError[];
  columns: CsvColumn[];
  fatal?: string;
};

const REQUIRED = ["email", "name", "role"] as const;
// The profile editor's limits (domain/profile.ts), so an imported person can save their profile as it is.
const MAX_TEXT = 120;
const MAX_LANGUAGES = 20;
const MAX_SKILLS = 30;
const MAX_SKILL_NAME = 60;

/**
 * A cell a spreadsheet would run as a formula, possibly already escaped: the export prefixes one `'`
 * and the import takes exactly one off, so every value survives a round trip.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const unescapeFormula = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell);
/**
 * The same for each `;`-separated item after the first (the cell's own escape covers the first), as a
 * spreadsheet splitting the list into columns would run an item starting with = + - @.
 */
const escapeItems = (items: string[]) => items.map((s, i) => (i > 0 && FORMULA.test(s) ? `'${s}` : s)).join(";");
const unescapeItems = (cell: string) =>
  cell
    .split(";")
    .map((s, i) => (i > 0 ? unescapeFormula(s.trim()) : s))
    .join(";");
const LIST_COLUMNS = new Set(["languages", "skills_offered", "skills_sought"]);

function intOrNull(value: string, field: string, min: number, max: number, errors: string[]) {
  if (value === "") return null;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
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
  const file = readCsvFile(csv, { required: REQUIRED, known: CSV_COLUMNS, maxRows });
  if (file.fatal !== undefined) return { rows: [], rowNumbers: [], errors: [], columns: [], fatal: file.fatal };
  // Building a time zone's formatter is slow, and a company has few zones.
  const zones = new Map<string, boolean>();
  const knownZone = (tz: string) => zones.get(tz) ?? zones.set(tz, isTimeZone(tz)).get(tz)!;
  const rows: PersonRow[] = [];
  const rowNumbers: number[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const record of file.records) {
    const { row: rowNumber, problems: errs } = record;
    const get = (c: string) => {
      const cell = unescapeFormula(record.get(c));
      return LIST_COLUMNS.has(c) ? unescapeItems(cell) : cell;
    };
    const email = emailCell(record, get);
    const emailValue = email.email;
    if (email.ok) {
      const first = seen.get(emailValue);
      if (first) errs.push(`email repeats row ${first}`);
      else seen.set(emailValue, rowNumber);
    }
    const name = get("name");
    const nameCheck = personName.safeParse(name);
    if (!name) errs.push("name is empty");
    else if (!nameCheck.success) errs.push(`name: ${nameCheck.error.issues[0]!.message}`);
    for (const c of ["department", "title", "location"] as const) {
      if (get(c).length > MAX_TEXT) errs.push(`${c} is longer than ${MAX_TEXT} characters`);
    }
    const role = get("role").toLowerCase();
    if (!roles.includes(role)) errs.push(`role must be one of ${roles.join(", ")}`);
    const timezone = get("timezone") || "UTC";
    if (!knownZone(timezone)) errs.push(`timezone "${timezone}" is not an IANA time zone`);
    const manager = get("manager_email");
    const managerEmail = manager ? emailSchema.safeParse(manager) : null;
    if (managerEmail && !managerEmail.success) errs.push("manager_email is not a valid address");
    const offered = parseSkillList(get("skills_offered"));
    const sought = parseSkillList(get("skills_sought"));
    for (const [column, list] of [
      ["skills_offered", offered],
      ["skills_sought", sought],
    ] as const) {
      errs.push(...list.errors.map((e) => `${column}: ${e}`));
      if (list.skills.length > MAX_SKILLS) errs.push(`${column} has more than ${MAX_SKILLS} skills`);
      const long = list.skills.find((s) => s.name.length > MAX_SKILL_NAME);
      if (long) errs.push(`${column}: "${long.name.slice(0, 20)}…" is longer than ${MAX_SKILL_NAME} characters`);
    }
    const languages = get("languages")
      .split(";")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    if (languages.length > MAX_LANGUAGES || languages.some((l) => l.length > 20)) {
      errs.push(`languages takes at most ${MAX_LANGUAGES} codes of up to 20 characters`);
    }
    const yearsExperience = intOrNull(get("years_experience"), "years_experience", 0, 70, errs);
    const capacity = intOrNull(get("capacity"), "capacity", 0, 50, errs);
    const goals = get("goals");
    if (goals.length > 2000) errs.push("goals is longer than 2000 characters");

    if (errs.length) {
      errors.push({ row: rowNumber, email: emailValue, errors: errs });
      continue;
    }
    rowNumbers.push(rowNumber);
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
      languages,
      skillsOffered: offered.skills,
      skillsSought: sought.skills,
      goals,
      capacity,
    });
  }
  return { rows, rowNumbers, errors, columns: file.header as CsvColumn[] };
}

/** Writes rows back in the import format, so an export can be edited and imported again. */
export function formatPeopleCsv(rows: PersonRow[]): string {
  // A cell starting with =, +, -, @ (after any quote marks) gets one more `'`, so a spreadsheet shows it
  // as text instead of running it, and so does each list item; parsePeopleCsv takes that `'` off again.
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
        escapeItems(r.languages),
        escapeItems(formatSkillList(r.skillsOffered).split(";")),
        escapeItems(formatSkillList(r.skillsSought).split(";")),
        r.goals,
        r.capacity ?? "",
      ]),
    },
    { escapeFormulae: FORMULA },
  );
}
