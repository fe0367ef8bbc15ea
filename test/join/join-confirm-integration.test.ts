import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  ADMIN,
  Client,
  createProgram,
  joinAndConfirm,
  keyOf,
  signIn,
  tokenFromMail,
  uniqueEmail,
  type Confirmation,
  type Me,
  type Refusal,
} from "../helpers";

type Program = Awaited<ReturnType<typeof createProgram>>;

const personId = async (email: string) =>
  (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(email).first<{ id: string }>())!.id;

/** Signs `email` up again through the link and returns the new confirmation token. */
async function joinAgain(program: Program, email: string, fields: Record<string, unknown>) {
  const res = await new Client().json("POST", `/api/join/${program.slug}`, {
    body: { key: keyOf(program), email, consent: true, name: "Test Person", role: "mentee", ...fields },
  });
  expect(res.status).toBe(202);
  return tokenFromMail(email, /Confirm your sign-up/);
}

describe("confirming a sign-up for someone who already has a profile", () => {
  it("lists each change before anything is applied, and applies them only once accepted", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const ada = uniqueEmail("ada");
    const adaClient = await joinAndConfirm(program, ada, { name: "Ada Lovelace", role: "mentor", goals: "teach" });
    const token = await joinAgain(program, ada, { name: "Mallory", role: "both", goals: "teach" });

    const preview = await new Client().json<Confirmation>("GET", `/api/auth/confirmation?token=${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      purpose: "confirm",
      email: ada,
      program: { name: program.name },
      conflict: null,
    });
    expect(preview.body.changes).toEqual([
      { field: "name", label: "Name", from: "Ada Lovelace", to: "Mallory" },
      { field: "role", label: "Role", from: "mentor", to: "both" },
    ]);
    // Looking does not use the link up, and confirming without accepting changes nothing.
    const refused = await new Client().json<Refusal>("POST", "/api/auth/verify", { body: { token } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Name, Role/);
    expect((await adaClient.json<Me>("GET", "/api/me")).body.person.name).toBe("Ada Lovelace");

    const accepted = await new Client().json("POST", "/api/auth/verify", { body: { token, acceptChanges: true } });
    expect(accepted.status).toBe(200);
    const me = await adaClient.json<Me>("GET", "/api/me");
    expect(me.body.person.name).toBe("Mallory");
    expect(me.body.enrollments[0]!.role).toBe("both");
  });

  it("keeps what a field left blank would have wiped", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const ada = uniqueEmail("ada");
    const adaClient = await joinAndConfirm(program, ada, { name: "Ada Lovelace", role: "mentor", goals: "teach" });
    const token = await joinAgain(program, ada, { name: "Ada Lovelace", role: "mentor", goals: "" });
    const preview = await new Client().json<Confirmation>("GET", `/api/auth/confirmation?token=${token}`);
    expect(preview.body.changes).toEqual([]);
    expect((await new Client().json("POST", "/api/auth/verify", { body: { token } })).status).toBe(200);
    expect((await adaClient.json<Me>("GET", "/api/me")).body.enrollments[0]!.goals).toBe("teach");
  });

  it("refuses a role change that would leave a mentee without their mentor, and keeps the link usable", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const ada = uniqueEmail("ada");
    const mina = uniqueEmail("mina");
    const adaClient = await joinAndConfirm(program, ada, { name: "Ada Lovelace", role: "mentor" });
    await joinAndConfirm(program, mina, { name: "Mina", role: "mentee" });
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source) VALUES (?, ?, ?, ?, 'active', 'match')",
    )
      .bind(crypto.randomUUID(), program.id, await personId(ada), await personId(mina))
      .run();
    const token = await joinAgain(program, ada, { name: "Ada Lovelace", role: "mentee" });

    const preview = await new Client().json<Confirmation>("GET", `/api/auth/confirmation?token=${token}`);
    expect(preview.body.changes).toEqual([{ field: "role", label: "Role", from: "mentor", to: "mentee" }]);
    expect(preview.body.conflict).toMatch(/cannot change from mentor to mentee while you take part in a mentorship/);
    const refused = await new Client().json<Refusal>("POST", "/api/auth/verify", {
      body: { token, acceptChanges: true },
    });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "role_in_use" } } });
    expect((await adaClient.json<Me>("GET", "/api/me")).body.enrollments[0]!.role).toBe("mentor");
    // Becoming both keeps the mentee's mentor: allowed.
    const both = await joinAgain(program, ada, { name: "Ada Lovelace", role: "both" });
    expect(
      (await new Client().json<Confirmation>("GET", `/api/auth/confirmation?token=${both}`)).body.conflict,
    ).toBeNull();
  });

  it("refuses a junior becoming senior while in a rotation cycle that has not ended", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin, { kind: "reverse", skills: [] });
    const june = uniqueEmail("june");
    await joinAndConfirm(program, june, { name: "June", role: "junior" });
    await env.DB.prepare(
      "INSERT INTO rotation_cycles (program_id, cycle, starts_at, ends_at, pairs) VALUES (?, 1, 0, ?, ?)",
    )
      .bind(program.id, Date.now() + 86_400_000, JSON.stringify([{ juniorId: await personId(june), seniorIds: ["x"] }]))
      .run();
    const token = await joinAgain(program, june, { name: "June", role: "senior" });
    const refused = await new Client().json<Refusal>("POST", "/api/auth/verify", {
      body: { token, acceptChanges: true },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/the rotation/);
  });

  it("needs no acceptance for a first sign-up, and says why a spent link does not work", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("new");
    const token = await joinAgain(program, email, { name: "Nia" });
    const preview = await new Client().json<Confirmation>("GET", `/api/auth/confirmation?token=${token}`);
    expect(preview.body).toMatchObject({ purpose: "confirm", changes: [], conflict: null });
    expect((await new Client().json("POST", "/api/auth/verify", { body: { token } })).status).toBe(200);
    const spent = await new Client().json<Confirmation>("GET", `/api/auth/confirmation?token=${token}`);
    expect(spent).toMatchObject({ status: 400, body: { error: { code: "token_used" } } });
  });
});
