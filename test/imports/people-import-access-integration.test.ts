/**
 * Who an import may change: anyone enrolls people who already exist, but only an admin's import
 * changes their profile, and nobody's role in another program changes.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, Client, createProgram, joinAndConfirm, signIn, uniqueEmail, type BodyAt, type Me } from "../helpers";

type Imported = BodyAt<Awaited<ReturnType<Client["api"]["programs"][":id"]["people"]["import"]["$post"]>>, 200 | 202>;

const importCsv = (client: Client, programId: string, csv: string) =>
  client.json<Imported>("POST", `/api/programs/${programId}/people/import`, {
    raw: csv,
    headers: { "content-type": "text/csv" },
  });

/** Each row's result from an import's downloadable result. */
async function results(client: Client, resultUrl: string) {
  const text = await (await client.request("GET", resultUrl)).text();
  return text
    .trim()
    .split("\r\n")
    .slice(1)
    .map((l) => {
      const [row, email, status] = l.split(",");
      return { row: Number(row), email, status };
    });
}
const person = (email: string) =>
  env.DB.prepare("SELECT name, department, title, location, timezone, languages FROM people WHERE email = ?")
    .bind(email)
    .first<Record<string, string>>();

describe("who an import may change", () => {
  const other = (email: string, name: string) => `email,name,role,department,title,location,timezone,languages
${email},${name},mentee,Nowhere,Intern,Atlantis,Pacific/Auckland,xx
`;

  it("lets a program manager enroll people who exist, but never change their profile or their other programs", async () => {
    const admin = await signIn(ADMIN);
    const mine = await createProgram(admin);
    const elsewhere = await createProgram(admin);
    const managerEmail = uniqueEmail("manager");
    await admin.json("PUT", `/api/programs/${mine.id}/managers`, { body: { emails: [managerEmail] } });
    const manager = await signIn(managerEmail);
    // Someone in another program only, with a profile of their own.
    const email = uniqueEmail("colleague");
    const colleague = await joinAndConfirm(elsewhere, email, { role: "mentor" });
    await colleague.json("PATCH", "/api/me", {
      body: { department: "Legal", title: "Counsel", timezone: "Asia/Tokyo" },
    });
    const before = { admin: await person(ADMIN), colleague: await person(email) };
    const newcomer = uniqueEmail("newcomer");

    const csv = `${other(ADMIN, "Renamed By Maya")}${email},Renamed Too,mentee,Nowhere,Intern,Atlantis,Pacific/Auckland,xx
${newcomer},New Person,mentee,Sales,Rep,Lisbon,Europe/Lisbon,pt
`;
    const res = await importCsv(manager, mine.id, csv);
    expect(res.body).toMatchObject({ status: "done", total: 3, created: 1, updated: 0, enrolled: 2 });
    expect(await results(manager, res.body.resultUrl)).toEqual([
      { row: 2, email: ADMIN, status: "enrolled" },
      { row: 3, email, status: "enrolled" },
      { row: 4, email: newcomer, status: "created" },
    ]);
    expect(await person(ADMIN)).toEqual(before.admin);
    expect(await person(email)).toEqual(before.colleague);
    expect(await person(newcomer)).toMatchObject({
      name: "New Person",
      department: "Sales",
      timezone: "Europe/Lisbon",
    });
    // Enrolled in the manager's program, as they are, and still a mentor in the other.
    const roles = await env.DB.prepare(
      "SELECT e.program_id AS program, e.role, e.status FROM enrollments e JOIN people p ON p.id = e.person_id WHERE p.email = ?",
    )
      .bind(email)
      .all<{ program: string; role: string; status: string }>();
    expect(roles.results).toEqual(
      expect.arrayContaining([
        { program: elsewhere.id, role: "mentor", status: "active" },
        { program: mine.id, role: "mentee", status: "active" },
      ]),
    );
    expect((await colleague.json<Me>("GET", "/api/me")).body.person).toMatchObject({
      department: "Legal",
      title: "Counsel",
    });
  });

  it("lets an admin update the profile of someone who exists", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("known");
    await joinAndConfirm(await createProgram(admin), email);
    const res = await importCsv(admin, program.id, other(email, "Renamed By Admin"));
    expect(res.body).toMatchObject({ status: "done", created: 0, updated: 1, enrolled: 0 });
    expect(await results(admin, res.body.resultUrl)).toEqual([{ row: 2, email, status: "updated" }]);
    expect(await person(email)).toEqual({
      name: "Renamed By Admin",
      department: "Nowhere",
      title: "Intern",
      location: "Atlantis",
      timezone: "Pacific/Auckland",
      languages: '["xx"]',
    });
  });
});
