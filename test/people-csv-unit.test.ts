import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, formatPeopleCsv, parsePeopleCsv, type PersonRow } from "../workers/domain/people-csv";

const ROLES = ["mentor", "mentee", "both"];
const HEADER = CSV_COLUMNS.join(",");
// Two rows in the shape of an HRIS export: quoted titles with commas, ;-lists, skill levels.
const SAMPLE = `${HEADER}
carmen.nguyen.0@example.com,Carmen Nguyen,mentor,Engineering,"Lead, Engineering",Singapore,Asia/Singapore,10,zo.cohen.95@example.com,en;zh,security:3;strategic thinking:3,,,2
bruno.yilmaz.1@example.com,Bruno Yilmaz,mentee,Marketing,"Associate, Marketing",Bangalore,Asia/Kolkata,0,,en;hi,,career planning:3;stakeholder management,"understand career planning
well enough to teach it",
`;

describe("parsing the people CSV", () => {
  it("reads quoted fields, lists, levels and multi-line goals", () => {
    const { rows, errors, fatal } = parsePeopleCsv(SAMPLE, ROLES);
    expect(fatal).toBeUndefined();
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      email: "carmen.nguyen.0@example.com",
      title: "Lead, Engineering",
      timezone: "Asia/Singapore",
      yearsExperience: 10,
      managerEmail: "zo.cohen.95@example.com",
      languages: ["en", "zh"],
      skillsOffered: [
        { name: "security", level: 3 },
        { name: "strategic thinking", level: 3 },
      ],
      capacity: 2,
    });
    expect(rows[1]!.skillsSought).toEqual([
      { name: "career planning", level: 3 },
      { name: "stakeholder management", level: 2 },
    ]);
    expect(rows[1]!.goals).toBe("understand career planning\nwell enough to teach it");
    expect(rows[1]!.capacity).toBeNull();
  });

  it("accepts a byte-order mark, header case and spacing, and only the required columns", () => {
    const { rows, errors } = parsePeopleCsv("\uFEFF Email ,NAME,Role\nana@example.com,Ana,mentee\n", ROLES);
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([{ email: "ana@example.com", name: "Ana", role: "mentee", timezone: "UTC" }]);
  });

  it("names each bad row, counting the header as row 1, with every reason", () => {
    const csv = `${HEADER}
ok@example.com,Ok,mentee,,,,,,,,,,,
not-an-email,,boss,,,,Mars/Base,-1,nope,,sql:4,,,99
ok@example.com,Again,mentor,,,,,,,,,,,
`;
    const { rows, errors } = parsePeopleCsv(csv, ROLES);
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => e.row)).toEqual([3, 4]);
    expect(errors[0]!.errors).toEqual([
      "email is not a valid address",
      "name is empty",
      "role must be one of mentor, mentee, both",
      'timezone "Mars/Base" is not an IANA time zone',
      "manager_email is not a valid address",
      'skills_offered: level of "sql" must be 1 to 3',
      "years_experience must be a whole number from 0 to 70",
      "capacity must be a whole number from 0 to 50",
    ]);
    expect(errors[1]!.errors).toEqual(["email repeats row 2"]);
  });

  it("takes the roles of the program's kind", () => {
    const csv = "email,name,role\na@example.com,A,junior\nb@example.com,B,mentor\n";
    const { errors } = parsePeopleCsv(csv, ["junior", "senior"]);
    expect(errors).toEqual([{ row: 3, email: "b@example.com", errors: ["role must be one of junior, senior"] }]);
  });

  it("refuses a file it cannot read as a whole", () => {
    expect(parsePeopleCsv("name,role\nA,mentee\n", ROLES).fatal).toMatch(/lacks: email/);
    expect(parsePeopleCsv("email,name,role,salary\n", ROLES).fatal).toMatch(/Unknown columns: salary/);
    expect(parsePeopleCsv(`${HEADER}\n`, ROLES).fatal).toMatch(/no rows/);
    expect(parsePeopleCsv("email,name,role\na@x.io,A,mentee\nb@x.io,B,mentee\n", ROLES, 1).fatal).toMatch(/At most 1/);
  });
});

describe("exporting", () => {
  const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,"'\n;:]{0,30}[A-Za-z0-9]$/);
  const skill = fc.record({
    name: fc.stringMatching(/^[a-z][a-z ]{0,12}[a-z]$/),
    level: fc.integer({ min: 1, max: 3 }),
  });
  const row: fc.Arbitrary<PersonRow> = fc.record({
    email: fc.stringMatching(/^[a-z0-9]{1,8}(\.[a-z0-9]{1,8})?@[a-z]{2,8}\.(com|org|io)$/),
    name: text.map((s) => s.trim()),
    role: fc.constantFrom(...ROLES),
    department: fc.constantFrom("", "Engineering", "People, Culture"),
    title: text,
    location: fc.constantFrom("", "São Paulo", "Berlin"),
    timezone: fc.constantFrom("UTC", "Europe/Berlin", "Asia/Kolkata"),
    yearsExperience: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
    managerEmail: fc.option(fc.constantFrom("boss@example.com"), { nil: null }),
    languages: fc.uniqueArray(fc.constantFrom("en", "de", "pt"), { maxLength: 3 }),
    skillsOffered: fc.uniqueArray(skill, { maxLength: 3, selector: (s) => s.name }),
    skillsSought: fc.uniqueArray(skill, { maxLength: 3, selector: (s) => s.name }),
    goals: text,
    capacity: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  });

  it("writes files that import back to the same rows", () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => r.email }), (rows) => {
        const back = parsePeopleCsv(formatPeopleCsv(rows), ROLES);
        expect(back.errors).toEqual([]);
        expect(back.rows).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = formatPeopleCsv([
      {
        ...parsePeopleCsv("email,name,role\na@example.com,A,mentee\n", ROLES).rows[0]!,
        name: '=HYPERLINK("http://evil.example","click")',
      },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });
});
