import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import type { z } from "@hono/zod-openapi";
import type { ParticipantPage } from "../../workers/features/people/schemas";
import type { ProgramSchema } from "../../workers/features/programs/schemas";
import {
  ADMIN,
  Client,
  createProgram,
  joinAndConfirm,
  mailbox,
  refusalIn,
  signIn,
  uniqueEmail,
  type BodyAt,
  type Me,
} from "../helpers";

type Imported = BodyAt<Awaited<ReturnType<Client["api"]["programs"][":id"]["people"]["import"]["$post"]>>, 200 | 202>;
type Participants = z.infer<typeof ParticipantPage>;

const HEADER = CSV_COLUMNS.join(",");
// The first rows of an HRIS export (company-300.csv): accents, apostrophes, quoted titles, levels.
const COMPANY = `${HEADER}
carmen.nguyen.0@example.com,Carmen Nguyen,mentor,Engineering,"Lead, Engineering",Singapore,Asia/Singapore,10,zo.cohen.95@example.com,en;zh,security:3;strategic thinking:3,,,2
bruno.yilmaz.1@example.com,Bruno Yilmaz,mentee,Marketing,"Associate, Marketing",Bangalore,Asia/Kolkata,0,ins.tanaka.137@example.com,en;hi,,career planning:3;stakeholder management:1,understand career planning well enough to teach it,
gustavo.mller.2@example.com,Gustavo Müller,mentor,People,"Specialist, People",Berlin,Europe/Berlin,4,,de;en,career planning:3;compensation:2;managing managers:2;stakeholder management:1,,,2
nadia.rossi.3@example.com,Nadia Rossi,mentee,Engineering,"Senior, Engineering",Berlin,Europe/Berlin,5,ada.nakamura.151@example.com,de;en,,career planning:3;cloud infrastructure:3;code review:1,get better at career planning,
wen.chen.4@example.com,Wen Chen,mentee,Marketing,"Lead, Marketing",New York,America/New_York,10,thandiwe.andersen.123@example.com,en,,career planning:1;product discovery:1;social media:3;strategic thinking:1,learn how other departments work,
jonas.fernndez.5@example.com,Jonas Fernández,both,Marketing,"Director, Marketing",Bangalore,Asia/Kolkata,21,ins.tanaka.137@example.com,en,giving feedback:3;managing managers:3;seo:3,campaign analytics:3;process improvement:2,move from individual work to leading projects,3
viktor.dsouza.6@example.com,Viktor D'Souza,mentor,Engineering,"Lead, Engineering",San Francisco,America/Los_Angeles,9,zo.andersen.231@example.com,en,security:3;strategic thinking:2;testing:1;time management:3,,,1
mateo.silva.7@example.com,Mateo Silva,mentor,Support,"Director, Support",New York,America/New_York,23,,en;es,career planning:3;knowledge base writing:2;public speaking:1;ticket triage:2;time management:2,,,1
chlo.nguyen.8@example.com,Chloé Nguyen,mentee,Engineering,"Specialist, Engineering",Remote,Europe/Madrid,4,zo.andersen.231@example.com,en;es,,databases:1;typescript:2,build confidence in databases,
thandiwe.tanaka.9@example.com,Thandiwe Tanaka,mentee,Engineering,"Specialist, Engineering",Bangalore,Asia/Kolkata,3,noor.nguyen.253@example.com,en;hi,,testing:2,get better at testing,
`;
const EMAILS = COMPANY.trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",")[0]!);

const count = async (sql: string, ...args: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...args)
    .first<{ n: number }>())!.n;
const peopleCount = () => count("SELECT count(*) AS n FROM people");
const enrolledIn = (programId: string) =>
  count("SELECT count(*) AS n FROM enrollments WHERE program_id = ?", programId);
const welcomes = async (email: string) =>
  (await mailbox()).filter((m) => m.to === email && /^Welcome to/.test(m.subject)).length;

/** A generated file of `n` people: every third a mentor. */
function file(n: number, prefix = uniqueEmail("batch").split("@")[0]) {
  const lines = Array.from({ length: n }, (_, i) =>
    i % 3 === 0
      ? `${prefix}.${i}@example.com,Person ${i},mentor,Finance,"Analyst, Finance",Berlin,Europe/Berlin,12,,de;en,data analysis:3,,,2`
      : `${prefix}.${i}@example.com,Person ${i},mentee,People,,Lisbon,Europe/Lisbon,2,,pt,,public speaking,grow,`,
  );
  return `${HEADER}\n${lines.join("\n")}\n`;
}

const importCsv = (client: Client, programId: string, csv: string, type = "text/csv") =>
  client.json<Imported>("POST", `/api/programs/${programId}/people/import`, {
    raw: csv,
    headers: { "content-type": type },
  });

/** Each row's result from an import's downloadable result. */
async function results(client: Client, resultUrl: string) {
  const res = await client.request("GET", resultUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  const [header, ...lines] = (await res.text()).trim().split("\r\n");
  expect(header).toBe("row,email,result");
  return lines.map((l) => {
    const [row, email, status] = l.split(",");
    return { row: Number(row), email, status };
  });
}

describe("importing people from CSV", () => {
  it("enrolls every row as active with a result per row, and a second import updates without a second welcome", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const res = await importCsv(admin, program.id, COMPANY);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "done", total: 10, processed: 10, created: 10, updated: 0, enrolled: 0 });
    expect(res.body).not.toHaveProperty("rows");
    expect(await results(admin, res.body.resultUrl)).toEqual(
      EMAILS.map((email, i) => ({ row: i + 2, email, status: "created" })),
    );
    const active = await admin.json<Participants>(
      "GET",
      `/api/programs/${program.id}/participants?status=active&pageSize=100`,
    );
    expect(active.body.items.map((p) => p.email).sort()).toEqual([...EMAILS].sort());
    for (const email of EMAILS) expect(await welcomes(email)).toBe(1);
    // The skills people brought join the program's vocabulary.
    const saved = await admin.json<z.infer<typeof ProgramSchema>>("GET", `/api/programs/${program.id}`);
    expect(saved.body.skills).toEqual(expect.arrayContaining(["security", "typescript", "public speaking"]));

    const people = await peopleCount();
    const again = await importCsv(admin, program.id, COMPANY.replace("Wen Chen", "Wen Chen-Li"));
    expect(again.body).toMatchObject({ status: "done", total: 10, created: 0, updated: 10, enrolled: 0 });
    expect((await results(admin, again.body.resultUrl)).every((r) => r.status === "updated")).toBe(true);
    expect(await peopleCount()).toBe(people);
    expect(await enrolledIn(program.id)).toBe(10);
    const renamed = await admin.json<Participants>("GET", `/api/programs/${program.id}/participants?q=chen-li`);
    expect(renamed.body.items.map((p) => p.email)).toEqual(["wen.chen.4@example.com"]);
    for (const email of EMAILS) expect(await welcomes(email)).toBe(1);
  });

  it("lets a program's manager import, and refuses everyone else with 404 without importing anything", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const other = await createProgram(admin);
    const managerEmail = uniqueEmail("manager");
    await admin.json("PUT", `/api/programs/${program.id}/managers`, { body: { emails: [managerEmail] } });
    const manager = await signIn(managerEmail);
    const res = await importCsv(manager, program.id, file(3));
    expect(res).toMatchObject({ status: 200, body: { status: "done", total: 3, created: 3 } });

    const outsider = await joinAndConfirm(other, uniqueEmail("outsider"));
    const people = await peopleCount();
    const mails = (await mailbox()).length;
    for (const [client, id] of [
      [outsider, program.id],
      [manager, other.id],
    ] as const) {
      const refused = await importCsv(client, id, file(2));
      expect(refused).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
      expect((await client.json("GET", `/api/programs/${id}/participants`)).status).toBe(404);
    }
    expect(await peopleCount()).toBe(people);
    expect(await enrolledIn(program.id)).toBe(3);
    expect(await enrolledIn(other.id)).toBe(1);
    expect((await mailbox()).length).toBe(mails);
  });

  it("imports nothing when any row is wrong, and says which rows and why", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    await importCsv(admin, program.id, file(2));
    const lines = COMPANY.trimEnd().split("\n");
    lines[2] = lines[2]!.replace(",mentee,", ",boss,");
    lines[5] = lines[5]!.replace("America/New_York", "America/Gotham");
    const people = await peopleCount();
    const mails = (await mailbox()).length;
    const res = await importCsv(admin, program.id, lines.join("\n"));
    expect(res.status).toBe(400);
    const refusal = refusalIn(res.body);
    expect(refusal.error).toMatchObject({
      code: "invalid_csv",
      message: expect.stringMatching(/nothing was imported/),
    });
    expect(refusal.error.rows).toEqual([
      { row: 3, email: "bruno.yilmaz.1@example.com", errors: ["role must be one of mentor, mentee, both"] },
      { row: 6, email: "wen.chen.4@example.com", errors: ['timezone "America/Gotham" is not an IANA time zone'] },
    ]);
    expect(await peopleCount()).toBe(people);
    expect((await admin.json<Participants>("GET", `/api/programs/${program.id}/participants`)).body.total).toBe(2);
    expect((await mailbox()).length).toBe(mails);
  });

  it("re-activates someone who withdrew, and keeps what they entered in columns the file lacks", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("back");
    const person = await joinAndConfirm(program, email);
    await person.json("PATCH", "/api/me", { body: { department: "Legal", timezone: "Asia/Tokyo" } });
    const mine = { goals: "speak at a conference", skillsSought: [{ name: "public speaking", level: 3 }] };
    expect((await person.json("PATCH", `/api/me/enrollments/${program.id}`, { body: mine })).status).toBe(200);
    await person.json("POST", `/api/me/enrollments/${program.id}/withdraw`);

    const res = await importCsv(admin, program.id, `email,name,role\n${email.toUpperCase()},Back Again,mentee\n`);
    expect(await results(admin, res.body.resultUrl)).toEqual([{ row: 2, email, status: "updated" }]);
    const me = (await person.json<Me>("GET", "/api/me")).body;
    expect(me.person).toMatchObject({ name: "Back Again", department: "Legal", timezone: "Asia/Tokyo" });
    expect(me.enrollments[0]).toMatchObject({ status: "active", ...mine });
  });

  it("refuses a body that is not CSV", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const res = await importCsv(admin, program.id, file(1), "application/json");
    expect(res).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
    expect(await enrolledIn(program.id)).toBe(0);
  });
});

describe("the participants table", () => {
  it("searches, filters and pages on the server", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    await importCsv(admin, program.id, COMPANY);
    const get = async (query: string) => {
      const res = await admin.json<Participants>("GET", `/api/programs/${program.id}/participants?${query}`);
      expect(res.status, query).toBe(200);
      return res.body;
    };
    const names = (page: { items: { name: string }[] }) => page.items.map((p) => p.name);
    const mentors = await get("role=mentor");
    expect(names(mentors)).toEqual(["Carmen Nguyen", "Gustavo Müller", "Mateo Silva", "Viktor D'Souza"]);
    expect(mentors.departments).toEqual(["Engineering", "Marketing", "People", "Support"]);
    expect((await get("department=Engineering&role=mentee")).total).toBe(3);
    expect(names(await get("q=NGUYEN"))).toEqual(["Carmen Nguyen", "Chloé Nguyen"]);
    expect(names(await get("q=dsouza.6%40"))).toEqual(["Viktor D'Souza"]);
    expect((await get("q=%25")).total).toBe(0); // a literal %, not a wildcard
    expect((await get(`q=${"long search ".repeat(8)}`)).total).toBe(0);

    const page2 = await get("pageSize=3&page=2");
    expect(page2).toMatchObject({ total: 10, page: 2, pageSize: 3 });
    expect(names(page2)).toEqual(["Gustavo Müller", "Jonas Fernández", "Mateo Silva"]);
    expect((await get("pageSize=3&page=4")).items).toHaveLength(1);

    const wen = await signIn("wen.chen.4@example.com");
    await wen.json("POST", `/api/me/enrollments/${program.id}/withdraw`);
    expect(names(await get("status=withdrawn"))).toEqual(["Wen Chen"]);
    expect((await get("status=active")).total).toBe(9);
    expect((await admin.json("GET", `/api/programs/${program.id}/participants?status=gone`)).status).toBe(400);
    expect((await admin.json("GET", "/api/programs/no-such-program/participants")).status).toBe(404);
  });
});

describe("exporting people", () => {
  it("gives the import's columns back, in a file that imports elsewhere to the same people", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    await importCsv(admin, program.id, COMPANY);
    const res = await admin.request("GET", `/api/programs/${program.id}/people/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain(`${program.slug}-people.csv`);
    const csv = await res.text();
    expect(csv.split("\r\n")[0]).toBe(HEADER);
    expect(csv).toContain(`viktor.dsouza.6@example.com,Viktor D'Souza,mentor,Engineering,"Lead, Engineering",San`);

    const copy = await createProgram(admin);
    const reimported = await importCsv(admin, copy.id, csv);
    expect(reimported.body).toMatchObject({ status: "done", total: 10, updated: 10 });
    const exported = await (await admin.request("GET", `/api/programs/${copy.id}/people/export`)).text();
    expect(exported).toBe(csv);
  });
});
