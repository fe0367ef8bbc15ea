import Papa from "papaparse";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, formatPeopleCsv, parsePeopleCsv, type PersonRow } from "../../workers/domain/people-csv";

const ROLES = ["mentor", "mentee", "both"];
const HEADER = CSV_COLUMNS.join(",");
// Rows in the shape of an HRIS export: quoted titles with commas, ;-lists, skill levels, accents.
const SAMPLE = `${HEADER}
carmen.nguyen.0@example.com,Carmen Nguyen,mentor,Engineering,"Lead, Engineering",Singapore,Asia/Singapore,10,zo.cohen.95@example.com,en;zh,security:3;strategic thinking:3,,,2
bruno.yilmaz.1@example.com,Bruno Yilmaz,mentee,Marketing,"Associate, Marketing",Bangalore,Asia/Kolkata,0,,en;hi,,career planning:3;stakeholder management,"understand career planning
well enough to teach it",
viktor.dsouza.6@example.com,Viktor D'Souza,both,Engineering,"Lead, Engineering",San Francisco,America/Los_Angeles,9,,EN,Testing:1,,,1
`;
const one = (cells: string, header = "email,name,role") => parsePeopleCsv(`${header}\n${cells}\n`, ROLES);
const reasons = (cells: string, header?: string) => one(cells, header).errors[0]?.errors;

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
    // A skill without a level means working knowledge (2).
    expect(rows[1]!.skillsSought).toEqual([
      { name: "career planning", level: 3 },
      { name: "stakeholder management", level: 2 },
    ]);
    expect(rows[1]!.goals).toBe("understand career planning\nwell enough to teach it");
    expect(rows[1]!.capacity).toBeNull();
    expect(rows[2]).toMatchObject({ name: "Viktor D'Souza", languages: ["en"], skillsOffered: [{ name: "Testing" }] });
  });

  it("accepts a byte-order mark, header case and spacing, CRLF, and only the required columns", () => {
    const { rows, errors, columns } = parsePeopleCsv(
      "\uFEFF Email ,NAME,Role\r\nana@example.com,Ana,Mentee\r\n",
      ROLES,
    );
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([{ email: "ana@example.com", name: "Ana", role: "mentee", timezone: "UTC" }]);
    expect(columns).toEqual(["email", "name", "role"]);
  });

  it("names each bad row, counting the header as row 1, with every reason", () => {
    const csv = `${HEADER}
ok@example.com,Ok,mentee,,,,,,,,,,,
not-an-email,,boss,,,,Mars/Base,-1,nope,,sql:4,,,99
OK@Example.com,Again,mentor,,,,,,,,,,,
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
    // Emails compare without case, and the message points at the row that came first.
    expect(errors[1]).toEqual({ row: 4, email: "ok@example.com", errors: ["email repeats row 2"] });
  });

  it("keeps years and capacity within their ranges, as whole numbers", () => {
    const header = "email,name,role,years_experience,capacity";
    expect(one("a@x.io,A,mentor,0,50", header).rows[0]).toMatchObject({ yearsExperience: 0, capacity: 50 });
    expect(one("a@x.io,A,mentor,70,0", header).rows[0]).toMatchObject({ yearsExperience: 70, capacity: 0 });
    for (const [years, capacity] of [
      ["71", "51"],
      ["2.5", "1e1"],
      ["0x10", " -1"],
    ]) {
      expect(reasons(`a@x.io,A,mentor,${years},${capacity}`, header)).toEqual([
        "years_experience must be a whole number from 0 to 70",
        "capacity must be a whole number from 0 to 50",
      ]);
    }
    expect(reasons("a@x.io,A,mentor,,,", "email,name,role,skills_offered,skills_sought,capacity")).toBeUndefined();
    expect(reasons("a@x.io,A,mentor,sql:0", "email,name,role,skills_offered")).toEqual([
      'skills_offered: level of "sql" must be 1 to 3',
    ]);
  });

  it("takes the roles of the program's kind", () => {
    const csv = "email,name,role\na@example.com,A,junior\nb@example.com,B,mentor\n";
    const { errors } = parsePeopleCsv(csv, ["junior", "senior"]);
    expect(errors).toEqual([{ row: 3, email: "b@example.com", errors: ["role must be one of junior, senior"] }]);
  });

  it("holds imported profiles to the profile editor's limits", () => {
    const header = "email,name,role,title,languages,skills_sought";
    const many = Array.from({ length: 31 }, (_, i) => `skill ${i}`).join(";");
    expect(reasons(`a@x.io,A,mentee,${"t".repeat(121)},${"x".repeat(21)},${many}`, header)).toEqual([
      "title is longer than 120 characters",
      "skills_sought has more than 30 skills",
      "languages takes at most 20 codes of up to 20 characters",
    ]);
  });

  it("refuses a row whose cells do not line up with the header rather than guess", () => {
    const header = "email,name,role,department,title";
    // An unquoted comma would otherwise move "Culture" into title and drop the last cell.
    expect(reasons("a@x.io,Ana,mentee,People, Culture,Lead", header)).toEqual([
      "the row has 6 cells; the header has 5",
    ]);
    expect(reasons("a@x.io,Ana,mentee,People", header)).toEqual(["the row has 4 cells; the header has 5"]);
    // An unclosed quote swallows the rest of the file: that row is named, nobody after it is lost quietly.
    const csv = 'email,name,role\na@x.io,A,mentee\nb@x.io,"B,mentee\nc@x.io,C,mentee\n';
    const { rows, errors } = parsePeopleCsv(csv, ROLES);
    expect(rows.map((r) => r.email)).toEqual(["a@x.io"]);
    expect(errors).toMatchObject([{ row: 3, email: "b@x.io" }]);
    expect(errors[0]!.errors[0]).toMatch(/quoted cell is not closed/);
  });

  it("skips blank lines but keeps the row numbers a spreadsheet shows", () => {
    const csv = "email,name,role\na@x.io,A,mentee\n\n,,\nb@x.io,B,boss\n\n";
    const { rows, errors } = parsePeopleCsv(csv, ROLES);
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => e.row)).toEqual([5]);
  });

  it("refuses a file it cannot read as a whole", () => {
    expect(parsePeopleCsv("", ROLES).fatal).toMatch(/lacks: email, name, role/);
    expect(parsePeopleCsv("name,role\nA,mentee\n", ROLES).fatal).toMatch(/lacks: email/);
    expect(parsePeopleCsv("email,name,role,salary\n", ROLES).fatal).toMatch(/Unknown columns: salary/);
    expect(parsePeopleCsv(`${HEADER}\n`, ROLES).fatal).toMatch(/no rows/);
    expect(parsePeopleCsv("email,name,role\n\n,,\n", ROLES).fatal).toMatch(/no rows/);
    expect(parsePeopleCsv("email,name,role\na@x.io,A,mentee\nb@x.io,B,mentee\n", ROLES, 1).fatal).toMatch(/At most 1/);
  });
});

describe("exporting", () => {
  // Free text may start like a formula (= + - @) or with quote marks; the export must still round-trip.
  const text = fc.stringMatching(/^['=+\-@]{0,2}[A-Za-z0-9][A-Za-z0-9 ,"'\n;:=+\-@]{0,30}[A-Za-z0-9]$/);
  const skill = fc.record({
    name: fc.stringMatching(/^'?[=+\-@]?[a-z][a-z ]{0,12}[a-z]$/),
    level: fc.integer({ min: 1, max: 3 }),
  });
  const row: fc.Arbitrary<PersonRow> = fc.record({
    email: fc.stringMatching(/^[-+]?[a-z0-9]{1,8}(\.[a-z0-9]{1,8})?@[a-z]{2,8}\.(com|org|io)$/),
    // Names hold no line breaks (no control characters at all), but emoji and other scripts.
    name: fc.oneof(
      fc.stringMatching(/^['=+\-@]{0,2}[A-Za-z0-9][A-Za-z0-9 ,"';:=+\-@]{0,30}[A-Za-z0-9]$/),
      fc.constantFrom("👩🏽‍💻".repeat(100), "José Ñúñez", "李小龍"),
    ),
    role: fc.constantFrom(...ROLES),
    department: fc.constantFrom("", "Engineering", "People, Culture"),
    title: text,
    location: fc.constantFrom("", "São Paulo", "Berlin"),
    timezone: fc.constantFrom("UTC", "Europe/Berlin", "Asia/Kolkata"),
    yearsExperience: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
    managerEmail: fc.option(fc.constantFrom("boss@example.com", "-lead@example.com"), { nil: null }),
    languages: fc.uniqueArray(fc.constantFrom("en", "de", "pt", "=1+1", "-x", "'@y"), { maxLength: 3 }),
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
      { numRuns: 200 },
    );
  });

  it("defuses cells a spreadsheet would run as formulas, and reads them back as they were", () => {
    const base = parsePeopleCsv("email,name,role\na@example.com,A,mentee\n", ROLES).rows[0]!;
    const evil = { ...base, name: '=HYPERLINK("http://evil.example","click")', email: "-bob@example.com" };
    const csv = formatPeopleCsv([evil]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'-bob@example.com"`);
    // Not "'-bob@example.com": that is a valid address too, and would enroll a stranger.
    expect(parsePeopleCsv(csv, ROLES).rows).toEqual([evil]);
  });

  it("defuses every list item a spreadsheet would run as a formula, not only the cell's first", () => {
    const base = parsePeopleCsv("email,name,role\na@example.com,A,mentee\n", ROLES).rows[0]!;
    const evil: PersonRow = {
      ...base,
      languages: ["en", "=cmd|' /c calc'!a0", "@sum(1)"],
      skillsOffered: [
        { name: "sql", level: 2 },
        { name: "+hyperlink(x)", level: 3 },
      ],
      skillsSought: [{ name: "-2+3", level: 1 }],
    };
    const csv = formatPeopleCsv([evil]);
    expect(csv).toContain(`en;'=cmd|' /c calc'!a0;'@sum(1)`);
    expect(csv).toContain(`sql:2;'+hyperlink(x):3`);
    const cells = Papa.parse<string[]>(csv.trim()).data[1]!;
    for (const item of cells.flatMap((c) => c.split(";"))) expect(item).not.toMatch(/^[=+\-@]/);
    expect(parsePeopleCsv(csv, ROLES).rows).toEqual([evil]);
  });
});
