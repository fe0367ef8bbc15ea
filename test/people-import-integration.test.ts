import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../workers/domain/people-csv";
import { ADMIN, Client, createProgram, joinAndConfirm, mailbox, signIn, uniqueEmail } from "./helpers";

const HEADER = CSV_COLUMNS.join(",");
const count = async (sql: string, ...args: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...args)
    .first<{ n: number }>())!.n;

/** A file of `n` people: every third a mentor, departments in turn. */
function file(n: number, prefix = uniqueEmail("batch").split("@")[0]) {
  const depts = ["Engineering", "Finance", "People"];
  const lines = Array.from({ length: n }, (_, i) => {
    const mentor = i % 3 === 0;
    return [
      `${prefix}.${i}@example.com`,
      `Person ${String(i).padStart(4, "0")}`,
      mentor ? "mentor" : "mentee",
      depts[i % 3],
      `"Analyst, ${depts[i % 3]}"`,
      "Berlin",
      "Europe/Berlin",
      mentor ? 12 : 2,
      "",
      "de;en",
      mentor ? "data analysis:3" : "",
      mentor ? "" : "data analysis:1;public speaking",
      mentor ? "" : "grow",
      mentor ? 2 : "",
    ].join(",");
  });
  return `${HEADER}\n${lines.join("\n")}\n`;
}

const importCsv = (client: Client, programId: string, csv: string, type = "text/csv") =>
  client.json("POST", `/api/programs/${programId}/people/import`, { raw: csv, headers: { "content-type": type } });

describe("importing people from CSV", () => {
  it("enrolls every row as active, with a result per row and one welcome mail each", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const csv = file(9);
    const res = await importCsv(admin, program.id, csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 9, created: 9, updated: 0 });
    expect(res.body.rows[0]).toEqual({ row: 2, email: expect.stringMatching(/\.0@example\.com$/), status: "created" });
    const list = await admin.json("GET", `/api/programs/${program.id}/participants?status=active&pageSize=100`);
    expect(list.body.total).toBe(9);
    const first = res.body.rows[0].email;
    const welcomes = (await mailbox()).filter((m) => m.to === first && /Welcome to/.test(m.subject));
    expect(welcomes).toHaveLength(1);
    // The skills people brought join the program's vocabulary.
    const saved = await admin.json("GET", `/api/programs/${program.id}`);
    expect(saved.body.skills).toEqual(expect.arrayContaining(["data analysis", "public speaking"]));

    // Importing the same file again updates; it neither duplicates people nor welcomes them twice.
    const people = await count("SELECT count(*) AS n FROM people");
    const again = await importCsv(admin, program.id, csv.replace("Person 0000", "Renamed Person"));
    expect(again.body).toMatchObject({ imported: 9, created: 0, updated: 9 });
    expect(await count("SELECT count(*) AS n FROM people")).toBe(people);
    const renamed = await admin.json("GET", `/api/programs/${program.id}/participants?q=Renamed`);
    expect(renamed.body.items.map((p: { email: string }) => p.email)).toEqual([first]);
    expect((await mailbox()).filter((m) => m.to === first && /Welcome to/.test(m.subject))).toHaveLength(1);
  });

  it("imports nothing when any row is wrong, and says which rows and why", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const lines = file(5).trimEnd().split("\n");
    lines[2] = lines[2]!.replace("mentee", "boss");
    lines[4] = lines[4]!.replace(/^[^,]+/, "not-an-email");
    const people = await count("SELECT count(*) AS n FROM people");
    const mails = (await mailbox()).length;
    const res = await importCsv(admin, program.id, lines.join("\n"));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_csv");
    expect(res.body.error.rows.map((r: { row: number }) => r.row)).toEqual([3, 5]);
    expect(res.body.error.rows[0].errors[0]).toMatch(/role must be one of/);
    expect(res.body.error.rows[1].errors[0]).toMatch(/email is not a valid address/);
    expect(await count("SELECT count(*) AS n FROM people")).toBe(people);
    expect(await count("SELECT count(*) AS n FROM enrollments WHERE program_id = ?", program.id)).toBe(0);
    expect((await mailbox()).length).toBe(mails);
  });

  it("re-activates someone who had withdrawn", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("back");
    const person = await joinAndConfirm(program, email);
    await person.json("POST", `/api/me/enrollments/${program.id}/withdraw`);
    await importCsv(admin, program.id, `email,name,role\n${email},Back Again,mentee\n`);
    const me = await person.json("GET", "/api/me");
    expect(me.body.enrollments[0].status).toBe("active");
  });

  it("lands a large file whole", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const res = await importCsv(admin, program.id, file(1000));
    expect(res.body).toMatchObject({ imported: 1000, created: 1000 });
    expect(await count("SELECT count(*) AS n FROM enrollments WHERE program_id = ?", program.id)).toBe(1000);
    expect(
      await count("SELECT count(*) AS n FROM outgoing_mail WHERE idempotency_key LIKE ?", `welcome:${program.id}:%`),
    ).toBe(1000);
  });

  it("refuses a body that is not CSV", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const res = await importCsv(admin, program.id, file(1), "application/json");
    expect(res).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
  });
});

describe("the participants table", () => {
  it("searches, filters and pages on the server", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    await importCsv(admin, program.id, file(10, "table"));
    const get = async (query: string) =>
      (await admin.json("GET", `/api/programs/${program.id}/participants?${query}`)).body;
    const mentors = await get("role=mentor");
    expect(mentors.total).toBe(4);
    expect(mentors.items.every((p: { role: string }) => p.role === "mentor")).toBe(true);
    expect((await get("department=Finance")).total).toBe(3);
    expect(mentors.departments).toEqual(["Engineering", "Finance", "People"]);
    expect((await get("q=table.7@")).items.map((p: { name: string }) => p.name)).toEqual(["Person 0007"]);
    expect((await get("q=Person%200001")).total).toBe(1);
    expect((await get("q=%25")).total).toBe(0); // a literal %, not a wildcard
    const page2 = await get("pageSize=3&page=2");
    expect(page2).toMatchObject({ total: 10, page: 2, pageSize: 3 });
    expect(page2.items.map((p: { name: string }) => p.name)).toEqual(["Person 0003", "Person 0004", "Person 0005"]);
    expect((await admin.json("GET", `/api/programs/${program.id}/participants?status=gone`)).status).toBe(400);
  });
});

describe("exporting people", () => {
  it("gives the import's columns back, and the file imports cleanly elsewhere", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    await importCsv(admin, program.id, file(4, "export"));
    const res = await admin.request("GET", `/api/programs/${program.id}/people/export`);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain(`${program.slug}-people.csv`);
    const csv = await res.text();
    expect(csv.split("\r\n")[0]).toBe(HEADER);
    expect(csv).toContain('"Analyst, Engineering"');
    expect(csv).toContain("data analysis:3");
    const copy = await createProgram(admin);
    const reimported = await importCsv(admin, copy.id, csv);
    expect(reimported.body).toMatchObject({ imported: 4, updated: 0 });
  });
});
