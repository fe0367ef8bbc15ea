/**
 * @module features/dev/demo-people
 * A small made-up company for local development: 60 people across departments and offices,
 * generated deterministically so every fresh start looks the same.
 */
import type { PersonRow } from "../../domain/people-csv";

const FIRST = [
  "Ada",
  "Bruno",
  "Chen",
  "Dara",
  "Elif",
  "Farah",
  "Gus",
  "Hana",
  "Ivan",
  "Jia",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tomás",
];
const LAST = ["Nguyen", "Yilmaz", "Müller", "Rossi", "Okafor", "Tanaka", "Silva", "Kowalski", "Haddad", "Larsen"];
const DEPARTMENTS = ["Engineering", "Product", "Design", "Marketing", "Sales", "People", "Finance", "Operations"];
const OFFICES: [string, string, string[]][] = [
  ["Berlin", "Europe/Berlin", ["de", "en"]],
  ["London", "Europe/London", ["en"]],
  ["New York", "America/New_York", ["en", "es"]],
  ["São Paulo", "America/Sao_Paulo", ["pt", "en"]],
  ["Bangalore", "Asia/Kolkata", ["en", "hi"]],
  ["Singapore", "Asia/Singapore", ["en", "zh"]],
  ["Tokyo", "Asia/Tokyo", ["ja", "en"]],
];
export const DEMO_SKILLS = [
  "career planning",
  "public speaking",
  "data analysis",
  "stakeholder management",
  "product discovery",
  "code review",
  "negotiation",
  "people management",
  "ux research",
  "cloud infrastructure",
  "financial modelling",
  "ai tools",
];
const GOALS = [
  "get better at {s} before my next review",
  "lead my first project that needs {s}",
  "understand {s} well enough to teach it",
  "feel confident with {s} in front of senior leaders",
];

/** The i-th demo person; `seniority` 0..1 decides title and experience. */
function person(i: number): Omit<PersonRow, "role" | "capacity"> & { senior: boolean } {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]!;
  const [location, timezone, languages] = OFFICES[(i * 3) % OFFICES.length]!;
  const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
  const senior = i % 5 < 2;
  const years = senior ? 8 + (i % 12) : i % 5;
  const s1 = DEMO_SKILLS[i % DEMO_SKILLS.length]!;
  const s2 = DEMO_SKILLS[(i * 5 + 3) % DEMO_SKILLS.length]!;
  return {
    senior,
    email:
      `${first}.${last}.${i}`
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[^a-z0-9.]/g, "") + "@example.com",
    name: `${first} ${last}`,
    department,
    title: `${senior ? "Senior" : "Associate"} ${department === "Engineering" ? "Engineer" : "Specialist"}, ${department}`,
    location,
    timezone,
    yearsExperience: years,
    managerEmail: null,
    languages,
    skillsOffered: senior
      ? [
          { name: s1, level: 3 },
          { name: s2, level: 2 },
        ]
      : [{ name: "ai tools", level: 2 }],
    skillsSought: senior
      ? [{ name: "ai tools", level: 1 }]
      : [
          { name: s1, level: 1 },
          { name: s2, level: 2 },
        ],
    goals: senior ? "" : GOALS[i % GOALS.length]!.replace("{s}", s1),
  };
}

export const DEMO_PEOPLE = Array.from({ length: 60 }, (_, i) => person(i));

const row = (p: (typeof DEMO_PEOPLE)[number], role: string, capacity: number | null): PersonRow => {
  const { senior: _senior, ...rest } = p;
  return { ...rest, role, capacity };
};

/** People of the one-to-one program: seniors mentor, the rest are mentees. */
export const oneToOneRows = () =>
  DEMO_PEOPLE.slice(0, 40).map((p) => (p.senior ? row(p, "mentor", 2) : row(p, "mentee", null)));

/** The mentee's-choice program: the later half of the company. */
export const choiceRows = () =>
  DEMO_PEOPLE.slice(20, 60).map((p) => (p.senior ? row(p, "mentor", 2) : row(p, "mentee", null)));

/** Reverse mentoring: juniors mentor seniors. */
export const reverseRows = () =>
  DEMO_PEOPLE.slice(30, 54).map((p) =>
    p.senior ? row(p, "senior", null) : row({ ...p, skillsOffered: [{ name: "ai tools", level: 3 }] }, "junior", null),
  );

/** The speed-mentoring event's registrations. */
export const speedRows = () =>
  DEMO_PEOPLE.slice(36, 60).map((p) => (p.senior ? row(p, "mentor", 3) : row(p, "mentee", null)));
