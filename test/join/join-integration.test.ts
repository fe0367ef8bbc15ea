import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import { app } from "../../workers/app";
import type { ParticipantPage } from "../../workers/features/people/schemas";
import {
  ADMIN,
  Client,
  ORIGIN,
  createProgram,
  joinAndConfirm,
  keyOf,
  refusalIn,
  signIn,
  tokenFromMail,
  uniqueEmail,
  type BodyAt,
  type Me,
  type Refusal,
} from "../helpers";

type JoinInfo = BodyAt<Awaited<ReturnType<Client["api"]["join"][":slug"]["$get"]>>, 200>;
type Participants = z.infer<typeof ParticipantPage>;

const peopleCount = async () => (await env.DB.prepare("SELECT count(*) AS n FROM people").first<{ n: number }>())!.n;

describe("sign-up through the shared link", () => {
  it("shows the program's public sign-up info, and nothing for a wrong key", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin, { name: "Reverse AI", kind: "reverse", description: "Juniors teach" });
    const info = await new Client().json<JoinInfo>("GET", `/api/join/${program.slug}?key=${keyOf(program)}`);
    expect(info.status).toBe(200);
    expect(info.body.program).toMatchObject({ name: "Reverse AI", roles: ["junior", "senior"] });
    expect(info.body.privacyNotice).toMatch(/withdraw/);
    expect(JSON.stringify(info.body)).not.toContain(keyOf(program));
    expect((await new Client().json("GET", `/api/join/${program.slug}?key=wrong`)).status).toBe(404);
    expect((await new Client().json("GET", `/api/join/${program.slug}`)).status).toBe(404);
  });

  it("a mentee signs up, is pending until they confirm by email, then active on their dashboard", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("mentee");
    const visitor = new Client();
    const res = await visitor.json("POST", `/api/join/${program.slug}`, {
      body: {
        key: keyOf(program),
        name: "Mina Mentee",
        email: email.toUpperCase(),
        role: "mentee",
        consent: true,
        department: "Finance",
        timezone: "Asia/Tokyo",
        yearsExperience: 2,
        languages: ["ja", "en"],
        skillsSought: [{ name: "public speaking", level: 1 }],
        goals: "Present to the board",
        format: "remote",
        frequency: "biweekly",
      },
    });
    expect(res.status).toBe(202);
    const pending = await admin.json<Participants>("GET", `/api/programs/${program.id}/participants?status=pending`);
    expect(pending.body.items.map((p: { email: string }) => p.email)).toEqual([email]);

    const token = await tokenFromMail(email, /Confirm your sign-up/);
    const confirmed = await visitor.json("POST", "/api/auth/verify", { body: { token } });
    expect(confirmed.body).toMatchObject({ purpose: "confirm", programId: program.id });
    const me = await visitor.json<Me>("GET", "/api/me");
    expect(me.body.person).toMatchObject({ name: "Mina Mentee", timezone: "Asia/Tokyo", languages: ["ja", "en"] });
    expect(me.body.enrollments).toHaveLength(1);
    expect(me.body.enrollments[0]).toMatchObject({
      programId: program.id,
      role: "mentee",
      status: "active",
      goals: "Present to the board",
      skillsSought: [{ name: "public speaking", level: 1 }],
      format: "remote",
      program: { name: program.name },
    });
  });

  it("signing up again updates the same person and enrollment, and only once confirmed", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("twice");
    const first = await joinAndConfirm(program, email, { name: "First Name", goals: "first goals" });
    const count = await peopleCount();
    const again = await new Client().json("POST", `/api/join/${program.slug}`, {
      body: { key: keyOf(program), name: "Someone Else", email, role: "mentor", consent: true, goals: "hijack" },
    });
    expect(again.status).toBe(202);
    expect(await peopleCount()).toBe(count);
    // Until the owner of the mailbox confirms, nothing about them changes.
    const before = await first.json<Me>("GET", "/api/me");
    expect(before.body.person.name).toBe("First Name");
    expect(before.body.enrollments[0]).toMatchObject({ role: "mentee", goals: "first goals" });
    const token = await tokenFromMail(email, /Confirm your sign-up/);
    // The changes to an existing profile are applied only once the person has seen and accepted them.
    const unseen = await new Client().json("POST", "/api/auth/verify", { body: { token } });
    expect(unseen).toMatchObject({ status: 409, body: { error: { code: "changes_not_accepted" } } });
    await new Client().json("POST", "/api/auth/verify", { body: { token, acceptChanges: true } });
    const after = await first.json<Me>("GET", "/api/me");
    expect(after.body.person.name).toBe("Someone Else");
    expect(after.body.enrollments).toHaveLength(1);
    expect(after.body.enrollments[0]).toMatchObject({ role: "mentor", goals: "hijack", status: "active" });
  });

  it("refuses a role the program's kind does not have, unknown skills, and a missing consent", async () => {
    const admin = await signIn(ADMIN);
    const reverse = await createProgram(admin, { kind: "reverse", skills: ["ai tools"] });
    const body = { key: keyOf(reverse), name: "X", email: uniqueEmail(), role: "mentor", consent: true };
    const role = await new Client().json<Refusal>("POST", `/api/join/${reverse.slug}`, { body });
    expect(role.body.error.fields?.role).toMatch(/junior, senior/);
    const skill = await new Client().json<Refusal>("POST", `/api/join/${reverse.slug}`, {
      body: { ...body, role: "junior", skillsOffered: [{ name: "juggling", level: 2 }] },
    });
    expect(skill.body.error.fields?.skillsOffered).toMatch(/juggling/);
    const consent = await new Client().json<Refusal>("POST", `/api/join/${reverse.slug}`, {
      body: { ...body, role: "junior", consent: false },
    });
    expect(consent.body.error.fields).toHaveProperty("consent");
    const tz = await new Client().json<Refusal>("POST", `/api/join/${reverse.slug}`, {
      body: { ...body, role: "junior", timezone: "Mars/Olympus" },
    });
    expect(tz.body.error.fields).toHaveProperty("timezone");
    const participants = await admin.json<Participants>("GET", `/api/programs/${reverse.id}/participants`);
    expect(participants.body.total).toBe(0);
  });

  it("ignores profile fields the program does not ask for", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin, { profileFields: ["goals"] });
    const email = uniqueEmail();
    const client = await joinAndConfirm(program, email, { goals: "learn", department: "Sales", title: "Boss" });
    const me = await client.json<Me>("GET", "/api/me");
    expect(me.body.person).toMatchObject({ department: "", title: "" });
    expect(me.body.enrollments[0]!.goals).toBe("learn");
  });

  it("restricts sign-up to ALLOWED_EMAIL_DOMAINS when set", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const post = async (email: string) => {
      const ctx = createExecutionContext();
      const req = new Request(`${ORIGIN}/api/join/${program.slug}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify({ key: keyOf(program), name: "D", email, role: "mentee", consent: true }),
      });
      const res = await app.fetch(req, { ...env, ALLOWED_EMAIL_DOMAINS: "acme.com, @acme.co.uk" }, ctx);
      await waitOnExecutionContext(ctx);
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const outside = await post("someone@gmail.com");
    expect(outside.status).toBe(400);
    expect(refusalIn(outside.body).error.fields?.email).toMatch(/@acme\.com/);
    expect((await post("someone@acme.co.uk")).status).toBe(202);
  });
});

describe("the participant's own pages", () => {
  it("edits their profile and their program profile, and withdraws", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const client = await joinAndConfirm(program, uniqueEmail(), { role: "mentor", capacity: 2 });
    const profile = await client.json("PATCH", "/api/me", {
      body: { title: "Staff Engineer", timezone: "Europe/Berlin" },
    });
    expect(profile).toMatchObject({ status: 200, body: { title: "Staff Engineer", timezone: "Europe/Berlin" } });
    expect((await client.json("PATCH", "/api/me", { body: { timezone: "Nowhere/Land" } })).status).toBe(400);
    const enrollment = await client.json("PATCH", `/api/me/enrollments/${program.id}`, {
      body: { capacity: 3, skillsOffered: [{ name: "data analysis", level: 3 }] },
    });
    expect(enrollment.body).toMatchObject({ capacity: 3, skillsOffered: [{ name: "data analysis", level: 3 }] });
    const unknownSkill = await client.json("PATCH", `/api/me/enrollments/${program.id}`, {
      body: { skillsOffered: [{ name: "knitting", level: 3 }] },
    });
    expect(unknownSkill.status).toBe(400);
    const withdrawn = await client.json("POST", `/api/me/enrollments/${program.id}/withdraw`);
    expect(withdrawn.body).toMatchObject({ status: "withdrawn" });
    const me = await client.json<Me>("GET", "/api/me");
    expect(me.body.enrollments[0]!.status).toBe("withdrawn");
    expect((await client.json("POST", `/api/me/enrollments/not-mine/withdraw`)).status).toBe(404);
  });
});
