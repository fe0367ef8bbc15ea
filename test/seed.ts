/**
 * One way to set a program up for a test, as an admin would through the API: the program, its people
 * imported by CSV (any column of the import, by its header), and active pairs between them.
 */
import { peopleCsv, type SeedPerson } from "./seed-csv";
import { ADMIN, createProgram, env, ok, personId, signIn, uniqueEmail, type Worker } from "./helpers";

type Counted = `mentor${number}` | `mentee${number}`;

export type SeedOptions<K extends string> = {
  /** What the program is created with, beyond a one-to-one program's defaults. */
  program?: Record<string, unknown>;
  /** People by the key the test calls them. */
  people?: Record<K, SeedPerson>;
  /** Emails to use instead of made-up ones, for rows that name each other (as a manager). */
  emails?: Partial<Record<K, string>>;
  /** Further plain mentors and mentees, keyed `mentor0`, `mentee0`, …, named "Mentor 0", "Mentee 0", …. */
  mentors?: number;
  mentees?: number;
  /** Mentor and mentee keys to pair as active mentorships. */
  pairs?: [K | Counted, K | Counted][];
  /** When the pairs started (now unless given). */
  pairedAt?: number;
  /** Where the admin's requests go (the Worker itself unless the test holds its queues). */
  worker?: Worker;
};

/** A program with its people imported and paired; returns the admin's client, the program, and everyone's email and id. */
export async function seedProgram<K extends string = never>(options: SeedOptions<K> = {}) {
  const admin = await signIn(ADMIN, options.worker);
  const program = await createProgram(admin, options.program);
  const counted = (role: "mentor" | "mentee", n = 0) =>
    Array.from({ length: n }, (_, i) => [
      `${role}${i}`,
      { name: `${role === "mentor" ? "Mentor" : "Mentee"} ${i}`, role },
    ]);
  const people: [string, SeedPerson][] = [
    ...Object.entries<SeedPerson>(options.people ?? ({} as Record<K, SeedPerson>)),
    ...counted("mentor", options.mentors),
    ...counted("mentee", options.mentees),
  ] as [string, SeedPerson][];
  const given: Record<string, string | undefined> = options.emails ?? {};
  const emailOf = (key: string, p: SeedPerson) =>
    given[key] ?? (typeof p === "object" ? p.email : undefined) ?? uniqueEmail(key);
  const emails = Object.fromEntries(people.map(([key, p]) => [key, String(emailOf(key, p))]));
  if (people.length) {
    const csv = peopleCsv(people, emails);
    const imports = admin.api.programs[":id"].people.import;
    await ok(
      imports.$post({ param: { id: program.id } }, { init: { body: csv, headers: { "content-type": "text/csv" } } }),
    );
  }
  const ids = Object.fromEntries(await Promise.all(people.map(async ([key]) => [key, await personId(emails[key]!)])));
  const mentorships: string[] = [];
  for (const [mentor, mentee] of options.pairs ?? []) {
    const id = crypto.randomUUID();
    // The API pairs people only by a published run or an accepted request, each tested on its own.
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', ?)",
    )
      .bind(id, program.id, ids[mentor], ids[mentee], options.pairedAt ?? Date.now())
      .run();
    mentorships.push(id);
  }
  return {
    admin,
    program,
    emails: emails as Record<K, string> & Partial<Record<Counted, string>>,
    ids: ids as Record<K, string> & Partial<Record<Counted, string>>,
    mentorships,
    /** A client signed in as the person with this key. */
    as: (key: K | Counted) => signIn(emails[key]!, options.worker),
  };
}

/**
 * A new program with a mentor and a mentee (and `others` as further mentees), paired as an active
 * mentorship; returns the program, the mentorship's id and everyone's emails.
 */
export async function activePair(names = { mentor: "Mo Mentor", mentee: "Mia Mentee" }, others: string[] = []) {
  const people: Record<string, SeedPerson> = {
    mentor: { name: names.mentor, role: "mentor" },
    mentee: { name: names.mentee, role: "mentee" },
  };
  others.forEach((name, i) => (people[`other${i}`] = { name, role: "mentee" }));
  const seeded = await seedProgram<string>({ people, pairs: [["mentor", "mentee"]] });
  return {
    admin: seeded.admin,
    program: seeded.program,
    mentorshipId: seeded.mentorships[0]!,
    emails: { mentor: seeded.emails.mentor!, mentee: seeded.emails.mentee! },
    otherEmails: others.map((_, i) => seeded.emails[`other${i}`]!),
  };
}
