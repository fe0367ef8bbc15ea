import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { ProgramListSchema, ProgramSchema } from "../../workers/features/programs/schemas";
import { ADMIN, Client, createProgram, keyOf, signIn, uniqueEmail, type Refusal } from "../helpers";

type Program = z.infer<typeof ProgramSchema>;
type ProgramList = z.infer<typeof ProgramListSchema>;

describe("programs", () => {
  it("an admin creates a program with a slug and a shared sign-up link", async () => {
    const admin = await signIn(ADMIN);
    const res = await admin.json<Program>("POST", "/api/programs", {
      body: {
        name: "Data Guild Mentoring",
        kind: "one-to-one",
        description: "Pairs across the data teams",
        startsOn: "2027-01-04",
        endsOn: "2027-06-30",
        defaultCapacity: 3,
        skills: ["SQL", "Data Analysis"],
        profileFields: ["department", "skillsOffered", "skillsSought", "goals"],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: "data-guild-mentoring",
      kind: "one-to-one",
      defaultCapacity: 3,
      skills: ["SQL", "Data Analysis"],
      counts: { pending: 0, active: 0, withdrawn: 0 },
    });
    expect(res.body.signupUrl).toMatch(/^https:\/\/tandem\.test\/join\/data-guild-mentoring\?key=[\w-]{20,}$/);
    const again = await createProgram(admin, { name: "Data Guild Mentoring" });
    expect(again.slug).not.toBe("data-guild-mentoring");
    expect(again.slug).toMatch(/^data-guild-mentoring-/);
  });

  it("explains invalid input field by field and creates nothing", async () => {
    const admin = await signIn(ADMIN);
    const before = (await admin.json<ProgramList>("GET", "/api/programs?pageSize=100")).body.total;
    const res = await admin.json<Refusal>("POST", "/api/programs", {
      body: { name: "", kind: "mystery", startsOn: "2027-05-01", endsOn: "2027-04-01", defaultCapacity: 0 },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {})).toEqual(
      expect.arrayContaining(["name", "kind", "defaultCapacity"]),
    );
    const dates = await admin.json<Refusal>("POST", "/api/programs", {
      body: { name: "Backwards", kind: "peer", startsOn: "2027-05-01", endsOn: "2027-04-01" },
    });
    expect(dates.body.error.fields).toHaveProperty("endsOn");
    expect((await admin.json<ProgramList>("GET", "/api/programs?pageSize=100")).body.total).toBe(before);
  });

  it("edits a program, and locks its kind once people are enrolled", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const edited = await admin.json<Program>("PATCH", `/api/programs/${program.id}`, {
      body: { name: "Renamed", description: "New words", kind: "group", endsOn: "2027-12-31" },
    });
    expect(edited).toMatchObject({ status: 200, body: { name: "Renamed", kind: "group", endsOn: "2027-12-31" } });
    expect(edited.body.slug).toBe(program.slug); // the link keeps working after a rename
    const joined = await new Client().json("POST", `/api/join/${program.slug}`, {
      body: { key: keyOf(program), name: "Early Bird", email: uniqueEmail(), role: "mentee", consent: true },
    });
    expect(joined.status).toBe(202);
    const locked = await admin.json("PATCH", `/api/programs/${program.id}`, { body: { kind: "reverse" } });
    expect(locked).toMatchObject({ status: 409, body: { error: { code: "kind_locked" } } });
    const badDates = await admin.json<Refusal>("PATCH", `/api/programs/${program.id}`, {
      body: { startsOn: "2028-01-01" },
    });
    expect(badDates.body.error.fields).toHaveProperty("endsOn");
  });

  it("rotating the key retires the old link with a clear answer", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const oldKey = keyOf(program);
    expect((await new Client().json("GET", `/api/join/${program.slug}?key=${oldKey}`)).status).toBe(200);
    const rotated = await admin.json<Program>("POST", `/api/programs/${program.id}/rotate-key`);
    expect(rotated.status).toBe(200);
    const newKey = keyOf(rotated.body);
    expect(newKey).not.toBe(oldKey);
    const old = await new Client().json<Refusal>("GET", `/api/join/${program.slug}?key=${oldKey}`);
    expect(old).toMatchObject({ status: 404, body: { error: { code: "invalid_link" } } });
    expect(old.body.error.message).toMatch(/not valid any more/);
    const signup = await new Client().json("POST", `/api/join/${program.slug}`, {
      body: { key: oldKey, name: "Late", email: uniqueEmail(), role: "mentee", consent: true },
    });
    expect(signup.status).toBe(404);
    expect((await new Client().json("GET", `/api/join/${program.slug}?key=${newKey}`)).status).toBe(200);
  });

  it("names managers by email, who can then sign in and manage only that program", async () => {
    const admin = await signIn(ADMIN);
    const mine = await createProgram(admin);
    const other = await createProgram(admin);
    const managerEmail = uniqueEmail("manager");
    const named = await admin.json<Program>("PUT", `/api/programs/${mine.id}/managers`, {
      body: { emails: [managerEmail] },
    });
    expect(named.status).toBe(200);
    expect(named.body.managers.map((m) => m.email)).toEqual([managerEmail]);
    const manager = await signIn(managerEmail);
    const list = await manager.json<ProgramList>("GET", "/api/programs");
    expect(list.body.items.map((p) => p.id)).toEqual([mine.id]);
    expect((await manager.json("PATCH", `/api/programs/${mine.id}`, { body: { name: "Managed" } })).status).toBe(200);
    expect((await manager.json("GET", `/api/programs/${other.id}`)).status).toBe(404);
    expect((await manager.json("POST", "/api/programs", { body: { name: "Mine", kind: "peer" } })).status).toBe(403);
  });

  it("lists programs a page at a time", async () => {
    const admin = await signIn(ADMIN);
    for (let i = 0; i < 3; i++) await createProgram(admin);
    const page1 = await admin.json<ProgramList>("GET", "/api/programs?page=1&pageSize=2");
    const page2 = await admin.json<ProgramList>("GET", "/api/programs?page=2&pageSize=2");
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBeGreaterThanOrEqual(3);
    expect(page2.body.items[0]!.id).not.toBe(page1.body.items[0]!.id);
    expect((await admin.json("GET", "/api/programs?pageSize=1000")).status).toBe(400);
  });
});
