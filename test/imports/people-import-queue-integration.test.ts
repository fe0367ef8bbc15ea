/**
 * Large imports through the import queue, delivered by hand so that each queue invocation's D1
 * statements can be counted, messages can be delivered twice, and a step can be given up on.
 */
import { describe, expect, it } from "vitest";
import { createDb } from "../../workers/platform/db";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import { KEEP_RESULTS_DAYS, pruneImports } from "../../workers/features/imports/prune";
import type { z } from "@hono/zod-openapi";
import type { ProgramSchema } from "../../workers/features/programs/schemas";
import { ADMIN, Client, createProgram, env, signIn, uniqueEmail, type BodyAt } from "../helpers";

type ImportState = BodyAt<Awaited<ReturnType<Client["api"]["programs"][":id"]["imports"][":importId"]["$get"]>>, 200>;
import { harness } from "../import-harness";

const DAY = 86_400_000;
const HEADER = CSV_COLUMNS.join(",");
/** A company of `n`: every third a mentor, forty skills, four time zones. */
function company(n: number, prefix = uniqueEmail("co").split("@")[0]) {
  const zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"];
  const lines = Array.from({ length: n }, (_, i) => {
    const skill = `skill ${i % 40}:${(i % 3) + 1}`;
    return i % 3 === 0
      ? `${prefix}.${i}@example.com,Mentor ${i},mentor,Finance,"Lead, Finance",Berlin,${zones[i % 4]},12,,de;en,${skill},,,2`
      : `${prefix}.${i}@example.com,Mentee ${i},mentee,People,,Lisbon,${zones[i % 4]},2,,pt,,${skill},grow,`;
  });
  return `${HEADER}\n${lines.join("\n")}\n`;
}

const count = async (query: string, ...args: unknown[]) =>
  (await env.DB.prepare(query)
    .bind(...args)
    .first<{ n: number }>())!.n;
const enrolled = (programId: string) => count("SELECT count(*) AS n FROM enrollments WHERE program_id = ?", programId);
const welcomes = (programId: string) =>
  count("SELECT count(*) AS n FROM outgoing_mail WHERE idempotency_key LIKE ?", `welcome:${programId}:%`);
const status = async (client: Client, programId: string, id: string) =>
  (await client.json<ImportState>("GET", `/api/programs/${programId}/imports/${id}`)).body;

describe("a large import through the queue", () => {
  it("imports 10,000 rows in steps that each stay inside D1's limits, and shows progress", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const h = harness();
    const started = await h.post(admin, program.id, company(10_000));
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: "running", total: 10_000, processed: 0 });
    expect(started.body).not.toHaveProperty("rows");
    expect(started.statements).toBeLessThan(1000);
    expect(started.maxParams).toBeLessThan(100);
    expect(h.queued).toEqual([{ kind: "prepare", importId: started.body.id }]);

    const first = await h.deliver(h.queued.shift()!);
    expect(await status(admin, program.id, started.body.id!)).toMatchObject({ status: "running", processed: 500 });
    // Nothing is live before the last step.
    expect(await enrolled(program.id)).toBe(0);
    const invocations = [first];
    while (h.queued.length) invocations.push(await h.deliver(h.queued.shift()!));
    for (const i of invocations) {
      expect(i.statements).toBeLessThan(1000);
      expect(i.maxParams).toBeLessThan(100);
    }
    expect(invocations.length).toBeGreaterThanOrEqual(20);

    const done = await status(admin, program.id, started.body.id!);
    expect(done).toMatchObject({ status: "done", total: 10_000, processed: 10_000, created: 10_000 });
    expect(await enrolled(program.id)).toBe(10_000);
    expect(await welcomes(program.id)).toBe(10_000);
    expect(new Set(h.mailIds).size).toBe(10_000);
    const result = await admin.request("GET", done.resultUrl);
    const lines = (await result.text()).trim().split("\r\n");
    expect(lines).toHaveLength(10_001);
    expect(lines.slice(1).every((l) => l.endsWith(",created"))).toBe(true);
    const skills = (await admin.json<z.infer<typeof ProgramSchema>>("GET", `/api/programs/${program.id}`)).body.skills;
    expect(skills).toEqual(expect.arrayContaining(["skill 0", "skill 39", "public speaking"]));
  }, 60_000);

  it("prepares each chunk once and welcomes each person once when every message comes twice", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const csv = company(1200);
    const mailed = new Set<string>();
    for (const round of [1, 2]) {
      const h = harness();
      const started = await h.post(admin, program.id, csv);
      expect(started.status).toBe(202);
      while (h.queued.length) {
        const message = h.queued.shift()!;
        await h.deliver(message);
        await h.deliver(message);
      }
      const done = await status(admin, program.id, started.body.id!);
      expect(done).toMatchObject({ status: "done", total: 1200, processed: 1200 });
      expect(done).toMatchObject(round === 1 ? { created: 1200, updated: 0 } : { created: 0, updated: 1200 });
      expect(await enrolled(program.id)).toBe(1200);
      expect(await welcomes(program.id)).toBe(1200);
      // Enqueuing a mail twice is fine (the mail consumer claims each mail once); a second import writes none.
      expect(new Set(h.mailIds).size).toBe(1200);
      if (round === 2) expect(h.mailIds.every((id) => mailed.has(id))).toBe(true);
      h.mailIds.forEach((id) => mailed.add(id));
    }
  }, 60_000);

  it("stages nothing from a large file with a bad row, and names the row", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const lines = company(1000).split("\n");
    lines[701] = lines[701]!.replace(",mentee,", ",boss,");
    const h = harness();
    const res = await h.post(admin, program.id, lines.join("\n"));
    expect(res.status).toBe(400);
    expect(res.body.error?.rows).toEqual([
      expect.objectContaining({ row: 702, errors: ["role must be one of mentor, mentee, both"] }),
    ]);
    expect(h.queued).toEqual([]);
    expect(await count("SELECT count(*) AS n FROM imports WHERE program_id = ?", program.id)).toBe(0);
  });

  it("fails an import whose step the queue gave up on, with nothing of it live", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const h = harness();
    const csv = company(1200);
    const started = await h.post(admin, program.id, csv);
    await h.deliver(h.queued.shift()!);
    const next = h.queued.shift()!;
    await h.deliver(next, "tandem-import-dlq");
    await h.deliver(next); // a late copy changes nothing
    const failed = await status(admin, program.id, started.body.id!);
    expect(failed).toMatchObject({ status: "failed", error: expect.stringMatching(/nothing was imported/) });
    expect(h.queued).toEqual([]);
    expect(await enrolled(program.id)).toBe(0);
    const first = csv.split("\n")[1]!.split(",")[0];
    expect(await count("SELECT count(*) AS n FROM people WHERE email = ?", first)).toBe(0);
    expect(await welcomes(program.id)).toBe(0);
    const result = await admin.request("GET", failed.resultUrl);
    expect(
      (await result.text())
        .trim()
        .split("\r\n")
        .slice(1)
        .every((l) => l.endsWith(",not imported")),
    ).toBe(true);
  });

  it("answers 503 and imports nothing when the import queue cannot be reached", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const res = await harness({ down: true }).post(admin, program.id, company(300));
    expect(res).toMatchObject({ status: 503, body: { error: { code: "unavailable" } } });
    const state = await env.DB.prepare("SELECT status FROM imports WHERE program_id = ?")
      .bind(program.id)
      .first<{ status: string }>();
    expect(state?.status).toBe("failed");
    expect(await enrolled(program.id)).toBe(0);
  });

  it("shows an import only to the program's managers, and its result only once it is done", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const other = await createProgram(admin);
    const managerEmail = uniqueEmail("other-manager");
    await admin.json("PUT", `/api/programs/${other.id}/managers`, { body: { emails: [managerEmail] } });
    const outsider = await signIn(managerEmail);
    const h = harness();
    const started = await h.post(admin, program.id, company(300));
    const path = `/api/programs/${program.id}/imports/${started.body.id}`;
    expect(await admin.json("GET", `${path}/result`)).toMatchObject({
      status: 409,
      body: { error: { code: "import_running" } },
    });
    for (const p of [path, `${path}/result`, `/api/programs/${other.id}/imports/${started.body.id}`]) {
      expect((await outsider.json("GET", p)).status).toBe(404);
    }
    expect((await admin.json("GET", `/api/programs/${program.id}/imports/no-such-import`)).status).toBe(404);
    while (h.queued.length) await h.deliver(h.queued.shift()!);
    expect((await admin.request("GET", `${path}/result`)).status).toBe(200);
  });

  it("forgets an import's rows a month after it finished, and an upload that died while staging after a day", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const h = harness();
    const done = await h.post(admin, program.id, company(3));
    const died = await h.post(admin, program.id, company(3));
    await env.DB.prepare("UPDATE imports SET status = 'staging' WHERE id = ?").bind(died.body.id).run();
    const rows = (id: string) => count("SELECT count(*) AS n FROM import_rows WHERE import_id = ?", id);
    const now = Date.now();
    expect(await pruneImports(createDb(env.DB), now + DAY / 2)).toBe(0);
    expect(await pruneImports(createDb(env.DB), now + 2 * DAY)).toBe(1);
    expect(await rows(died.body.id!)).toBe(0);
    expect(await rows(done.body.id!)).toBe(3);
    // The other tests' imports are as old by then.
    while ((await pruneImports(createDb(env.DB), now + (KEEP_RESULTS_DAYS + 1) * DAY)) > 0);
    expect(await rows(done.body.id!)).toBe(0);
    expect((await admin.json("GET", `/api/programs/${program.id}/imports/${done.body.id}`)).status).toBe(404);
  });
});
