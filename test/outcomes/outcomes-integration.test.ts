/**
 * A program's outcomes: the HR file uploaded whole or not at all (and again without changing anything),
 * at the largest size allowed within D1's limits, and every figure against participants, pairs and a
 * file this test writes with known dates; the 5-person floor; who may upload and read.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import type { Outcomes } from "../../workers/domain/outcomes/compute";
import { MAX_OUTCOME_BYTES } from "../../workers/features/outcomes/routes";
import { ADMIN, ORIGIN, createProgram, signIn, uniqueEmail, type Client, type Refusal } from "../helpers";
import { meteredEnv } from "../metered-env";
import * as rows from "../seed-rows";

const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
const HEADER = "email,event,date\n";
const csvOf = (lines: string[][]) => HEADER + lines.map((l) => l.join(",")).join("\n") + "\n";

let admin: Client;
let programId: string;

const upload = (client: Client, csv: string, id = programId) =>
  client.json<{ rows: number; added: number; people: number } & Partial<Refusal>>(
    "POST",
    `/api/programs/${id}/outcomes`,
    { raw: csv, headers: { "content-type": "text/csv" } },
  );
const outcomes = (client: Client, query = "") =>
  client.json<Outcomes>("GET", `/api/programs/${programId}/outcomes${query}`);
const stored = async (id = programId) =>
  (
    await env.DB.prepare("SELECT email, event, date, created_at FROM outcomes WHERE program_id = ? ORDER BY 1, 2, 3")
      .bind(id)
      .all()
  ).results;

/** A participant who signed up on `day`; returns their id and email. */
async function participant(day: string, status = "active") {
  const email = uniqueEmail("p");
  const id = await rows.person("Engineering", "Berlin", 4, email);
  await rows.enrol(programId, id, "both", at(day), status);
  return { id, email };
}

/*
 * March 2025: 21 participants, 20 of them in the file. June 2025: 3 participants. The rest of the file
 * is the baseline: 30 employees, one who left in 2024, one who started in May 2025, and someone whose
 * sign-up was never confirmed.
 */
const march: { id: string; email: string }[] = [];
const june: { id: string; email: string }[] = [];
const base = Array.from({ length: 32 }, (_, i) => uniqueEmail(`b${i}`));
let pending: string;
let file: string;

beforeAll(async () => {
  admin = await signIn(ADMIN);
  programId = (await createProgram(admin)).id;
  for (let i = 0; i < 21; i++) march.push(await participant("2025-03-10"));
  for (let i = 0; i < 3; i++) june.push(await participant("2025-06-15"));
  pending = (await participant("2025-03-20", "pending")).email;
  // Pairs that began: p0 and p1 on 1 April, p2 and p3 on 11 April, p4 and p5 on 1 May; p6's is only proposed.
  const p = march.map((m) => m.id);
  await rows.pair(programId, p[0]!, p[1]!, "active", at("2025-04-01"));
  await rows.pair(programId, p[2]!, p[3]!, "completed", at("2025-04-11"));
  await rows.pair(programId, p[4]!, p[5]!, "active", at("2025-05-01"));
  await rows.pair(programId, p[7]!, p[6]!, "proposed", at("2025-05-01"));
  await rows.pair(programId, june[0]!.id, june[1]!.id, "active", at("2025-07-01"));

  const lines: string[][] = [];
  const e = march.map((m) => m.email);
  // Started: days to the first pair 30, 10, 30, 41, 71 (a rehire, from their return) and 31: median 30.5.
  const starts = ["2025-03-02", "2025-03-22", "2025-03-12", "2025-03-01", "2025-02-19", "2025-03-31"];
  starts.forEach((d, i) => lines.push([e[i]!, "started", d]));
  lines.push([e[4]!, "started", "2019-01-01"], [e[4]!, "left_company", "2024-06-30"]);
  for (let i = 6; i < 20; i++) lines.push([e[i]!, "started", "2018-01-01"]);
  // Promoted since March: p0–p5 (p0 twice); p6 before March only.
  for (let i = 0; i < 6; i++) lines.push([e[i]!, "promoted", "2025-06-01"]);
  lines.push([e[0]!, "promoted", "2025-10-01"], [e[6]!, "promoted", "2025-01-15"]);
  // Moved: p7 and p8, too few to show. Left: p15–p19.
  lines.push([e[7]!, "moved_internally", "2025-07-01"], [e[8]!, "moved_internally", "2025-07-01"]);
  for (let i = 15; i < 20; i++) lines.push([e[i]!, "left_company", "2025-09-01"]);
  // An email in capitals is the same person.
  lines[0]![0] = e[0]!.toUpperCase();
  for (const q of june) lines.push([q.email, "promoted", "2025-07-01"]);
  lines.push([june[0]!.email, "started", "2025-06-10"]);

  for (let i = 0; i < 30; i++) lines.push([base[i]!, "started", "2015-05-01"]);
  for (let i = 0; i < 6; i++) lines.push([base[i]!, "promoted", "2025-08-01"]);
  for (let i = 6; i < 16; i++) lines.push([base[i]!, "moved_internally", "2025-05-01"]);
  for (let i = 16; i < 22; i++) lines.push([base[i]!, "left_company", "2025-04-15"]);
  lines.push([base[22]!, "left_company", "2025-10-01"]);
  lines.push([base[30]!, "started", "2015-01-01"], [base[30]!, "left_company", "2024-12-31"]);
  lines.push([base[31]!, "started", "2025-05-01"], [pending, "started", "2020-01-01"]);
  file = csvOf(lines);
});

describe("uploading outcomes", () => {
  it("stores every row of a valid file, and a second upload of it changes nothing", async () => {
    const first = await upload(admin, file);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const lineCount = file.trim().split("\n").length - 1;
    expect(first.body).toEqual({ rows: lineCount, added: lineCount, people: 56 });
    const before = await stored();
    expect(before).toHaveLength(lineCount);
    // Stored lower-cased: the capitalised row is the participant's.
    expect(before.filter((r) => r.email === march[0]!.email)).toHaveLength(3);

    const again = await upload(admin, file);
    expect(again.body).toEqual({ rows: lineCount, added: 0, people: 56 });
    expect(await stored()).toEqual(before);
  });

  it("refuses a file with any bad row, lists each row and why, and stores nothing of it", async () => {
    const before = await stored();
    const res = await upload(
      admin,
      csvOf([
        [uniqueEmail("new"), "promoted", "2025-01-01"],
        ["not-an-email", "promoted", "2025-01-01"],
        [base[0]!, "fired", "2025-01-01"],
        [base[1]!, "promoted", "2025-02-30"],
        [base[2]!, "left_company", "01/03/2025"],
        [base[3]!, "promoted", "2999-01-01"],
        [base[4]!, "promoted", "2025-01-01", "extra"],
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_csv", message: "6 row(s) have errors; nothing was stored." });
    expect(res.body.error!.rows).toEqual([
      { row: 3, email: "not-an-email", errors: ["email is not a valid address"] },
      { row: 4, email: base[0], errors: [expect.stringMatching(/^event must be one of promoted, moved_internally/)] },
      { row: 5, email: base[1], errors: ["date 2025-02-30 is not a real day"] },
      { row: 6, email: base[2], errors: ["date must be a day written YYYY-MM-DD"] },
      { row: 7, email: base[3], errors: ["date is in the future"] },
      { row: 8, email: base[4], errors: ["the row has 4 cells; the header has 3"] },
    ]);
    expect(await stored()).toEqual(before);

    for (const [csv, message] of [
      ["email,event\na@example.com,promoted\n", /lacks: date/],
      ["email,event,date,name\n", /Unknown columns: name/],
      [HEADER, /no rows/],
    ] as const) {
      const bad = await upload(admin, csv);
      expect(bad.status).toBe(400);
      expect(bad.body.error!.message).toMatch(message);
    }
    const json = await admin.json("POST", `/api/programs/${programId}/outcomes`, { body: { rows: [] } });
    expect(json.status).toBe(415);
    expect(await stored()).toEqual(before);
  });

  it("takes the largest file allowed, 20,000 rows in 2 MB, in one batch under D1's limits, and no more", async () => {
    const id = (await createProgram(admin)).id;
    const rowCount = 20_000;
    // Each row as long as the size allows, so the file is both the most rows and close to the most bytes.
    const perRow = Math.floor((MAX_OUTCOME_BYTES - HEADER.length) / rowCount);
    const tail = ",left_company,2025-01-01";
    const domain = "@" + "d".repeat(perRow - tail.length - 1 - 64 - 1 - 4) + ".com";
    const lines = Array.from({ length: rowCount }, (_, i) => `${String(i).padStart(64, "x")}${domain}${tail}`);
    const big = HEADER + lines.join("\n") + "\n";
    expect(big.length).toBeLessThanOrEqual(MAX_OUTCOME_BYTES);
    expect(big.length).toBeGreaterThan(MAX_OUTCOME_BYTES - rowCount);

    const metered = meteredEnv(env);
    const post = (body: string) =>
      app.request(
        `${ORIGIN}/api/programs/${id}/outcomes`,
        { method: "POST", body, headers: { origin: ORIGIN, cookie: admin.cookie, "content-type": "text/csv" } },
        metered.env,
      );
    const res = await post(big);
    expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(200);
    expect(await res.json()).toEqual({ rows: rowCount, added: rowCount, people: rowCount });
    expect(metered.usage.maxParams).toBeLessThanOrEqual(100);
    // The session's few, then one batch of 20.
    expect(metered.usage.statements).toBeLessThan(30);
    expect(await stored(id)).toHaveLength(rowCount);
    // Reading them back: the session's few, then one batch of two, however large the file.
    metered.reset();
    const read = await app.request(
      `${ORIGIN}/api/programs/${id}/outcomes?cohort=2025-01`,
      { headers: { cookie: admin.cookie } },
      metered.env,
    );
    expect(read.status).toBe(200);
    expect(((await read.json()) as Outcomes).cohorts[0]!.baseline).toMatchObject({
      people: rowCount,
      retained: { rate: 0, people: 0 },
    });
    expect(metered.usage.statements).toBeLessThan(10);

    const tooMany = await post(
      HEADER + Array.from({ length: rowCount + 1 }, (_, i) => `${i}@x.com,started,2025-01-01`).join("\n"),
    );
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as Refusal).error.message).toBe("At most 20,000 rows at once.");
    const tooLarge = await post(big + "x".repeat(MAX_OUTCOME_BYTES - big.length + 1));
    expect(tooLarge.status).toBe(413);
    expect(await stored(id)).toHaveLength(rowCount);
  });
});

describe("a program's outcomes", () => {
  it("give each cohort's rates beside the baseline's, from the cohort's first day, with the people behind them", async () => {
    const { status, body } = await outcomes(admin);
    expect(status).toBe(200);
    expect(body.filePeople).toBe(56);
    expect(body.cohorts.map((c) => c.cohort)).toEqual(["2025-03", "2025-06"]);
    const [m, j] = body.cohorts;
    expect(m!.since).toBe("2025-03-01");
    expect(m!.participants).toEqual({
      signedUp: 21,
      notInFile: 1,
      people: 20,
      promoted: { rate: 30, people: 6 },
      movedInternally: { rate: null, people: null },
      retained: { rate: 75, people: 15 },
      onboarding: { medianDays: 30.5, people: 6 },
    });
    // 30 employees and the unconfirmed sign-up; not who left in 2024 nor who started in May.
    expect(m!.baseline).toEqual({
      people: 31,
      promoted: { rate: 19.4, people: 6 },
      movedInternally: { rate: 32.3, people: 10 },
      retained: { rate: 77.4, people: 24 },
    });
    // In June, the six who left in April are gone and the May starter is there; the May moves are before
    // it. One of the 26 left since: 96.2% would point at them.
    expect(j!.baseline).toEqual({
      people: 26,
      promoted: { rate: 23.1, people: 6 },
      movedInternally: { rate: 0, people: 0 },
      retained: { rate: null, people: null },
    });
  });

  it("hide rates about one to four people, and groups under five, and say so", async () => {
    const { body } = await outcomes(admin);
    const j = body.cohorts[1]!;
    expect(j.participants).toEqual({
      signedUp: 3,
      notInFile: 0,
      people: 3,
      promoted: { rate: null, people: null },
      movedInternally: { rate: null, people: null },
      retained: { rate: null, people: null },
      onboarding: { medianDays: null, people: 1 },
    });
    expect(body.suppressed).toEqual([
      { cell: "2025-03:participants:movedInternally", reason: "fewer than 5 people" },
      { cell: "2025-06:participants:onboarding", reason: "fewer than 5 people" },
      { cell: "2025-06:participants", reason: "fewer than 5 people" },
      { cell: "2025-06:baseline:retained", reason: "fewer than 5 people without it" },
    ]);
  });

  it("give one cohort when asked, even a month nobody signed up, and refuse what is not a month", async () => {
    const one = await outcomes(admin, "?cohort=2025-03");
    expect(one.body.cohorts.map((c) => c.cohort)).toEqual(["2025-03"]);
    expect(one.body.cohorts[0]!.participants.promoted).toEqual({ rate: 30, people: 6 });
    const none = await outcomes(admin, "?cohort=2025-01");
    expect(none.body.cohorts[0]!.participants).toMatchObject({ signedUp: 0, people: 0, promoted: { rate: null } });
    expect(none.body.cohorts[0]!.baseline.people).toBeGreaterThan(0);
    for (const q of ["?cohort=2025-13", "?cohort=march", "?cohort=2025-3"]) {
      const res = await outcomes(admin, q);
      expect(res.status, q).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "invalid_input" } });
    }
  });

  it("are for the program's managers and admins only, and change nothing for anyone else", async () => {
    const before = await stored();
    const stranger = await signIn(march[0]!.email);
    expect((await outcomes(stranger)).status).toBe(404);
    expect((await upload(stranger, csvOf([[uniqueEmail("s"), "promoted", "2025-01-01"]]))).status).toBe(404);
    const managerEmail = uniqueEmail("manager");
    const managerId = await rows.person("HR", "Berlin", 4, managerEmail);
    const other = await createProgram(admin);
    const addManager = (id: string) =>
      env.DB.prepare("INSERT INTO program_managers (program_id, person_id) VALUES (?, ?)").bind(id, managerId).run();
    await addManager(other.id);
    const manager = await signIn(managerEmail);
    expect((await outcomes(manager)).status).toBe(404);
    expect((await upload(manager, file)).status).toBe(404);
    const signedOut = await app.request(`${ORIGIN}/api/programs/${programId}/outcomes`, {}, env);
    expect(signedOut.status).toBe(401);
    const signedOutPost = await app.request(
      `${ORIGIN}/api/programs/${programId}/outcomes`,
      { method: "POST", body: file, headers: { origin: ORIGIN, "content-type": "text/csv" } },
      env,
    );
    expect(signedOutPost.status).toBe(401);
    expect(await stored()).toEqual(before);
    await addManager(programId);
    expect((await outcomes(manager)).status).toBe(200);
    expect((await upload(manager, file)).body).toMatchObject({ added: 0 });
  });
});
