/**
 * Who may call the survey and mail routes: each route's guard refuses before the request's input is
 * read, so someone without the right gets 401, 403 or 404 (never a 400 that tells them the id is real),
 * and nothing changes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { Problem } from "../../workers/features/mail/schemas";
import type { SurveySchema } from "../../workers/features/surveys/schemas";
import { ADMIN, Client, createProgram, env, signIn, uniqueEmail, type Refusal } from "../helpers";

let admin: Client;
let stranger: Client;
let programId: string;
let surveyId: string;

const surveyRow = () =>
  env.DB.prepare("SELECT active, title FROM surveys WHERE id = ?").bind(surveyId).first<{ active: number }>();

beforeAll(async () => {
  admin = await signIn(ADMIN);
  programId = (await createProgram(admin)).id;
  surveyId = (await admin.json<{ items: z.infer<typeof SurveySchema>[] }>("GET", `/api/programs/${programId}/surveys`))
    .body.items[0]!.id;
  const email = uniqueEmail("stranger");
  await env.DB.prepare("INSERT INTO people (id, email, name) VALUES (?, ?, 'Sam')")
    .bind(crypto.randomUUID(), email)
    .run();
  stranger = await signIn(email);
});

describe("survey and mail routes", () => {
  it("hide a program's surveys from someone who does not manage it, whatever they send", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM surveys WHERE program_id = ?")
      .bind(programId)
      .first<{ n: number }>();
    expect((await stranger.json("GET", `/api/programs/${programId}/surveys`)).status).toBe(404);
    for (const body of [{ template: "checkin" }, { title: "" }]) {
      const res = await stranger.json<Refusal>("POST", `/api/programs/${programId}/surveys`, { body });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
    for (const body of [{ active: false }, { openDays: "soon" }]) {
      expect((await stranger.json("PATCH", `/api/surveys/${surveyId}`, { body })).status).toBe(404);
    }
    expect((await stranger.json("GET", `/api/surveys/${surveyId}/results`)).status).toBe(404);
    const after = await env.DB.prepare("SELECT COUNT(*) AS n FROM surveys WHERE program_id = ?")
      .bind(programId)
      .first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
    expect(await surveyRow()).toMatchObject({ active: 1 });
  });

  it("ask for a session before reading a survey change or a mail preference", async () => {
    const nobody = new Client();
    expect((await nobody.json("PATCH", `/api/surveys/${surveyId}`, { body: { openDays: "soon" } })).status).toBe(401);
    expect((await nobody.json("PUT", "/api/me/mail-preferences", { body: { category: "nope" } })).status).toBe(401);
    // The manager's own bad input still gets its 400.
    expect((await admin.json("PATCH", `/api/surveys/${surveyId}`, { body: { openDays: "soon" } })).status).toBe(400);
  });

  it("keep the mail problems to admins: a member can neither read nor retry them", async () => {
    const id = crypto.randomUUID();
    await env.DB.prepare(
      "INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html, status) VALUES (?, ?, 'a@example.com', 'S', 't', 'h', 'failed')",
    )
      .bind(id, `guard-test:${id}`)
      .run();
    expect((await stranger.json("GET", "/api/admin/mail-problems")).status).toBe(403);
    expect((await stranger.json("POST", `/api/admin/mail-problems/${id}/retry`)).status).toBe(403);
    const row = await env.DB.prepare("SELECT status FROM outgoing_mail WHERE id = ?").bind(id).first();
    expect(row).toMatchObject({ status: "failed" });
    expect(
      (await admin.json<{ items: z.infer<typeof Problem>[] }>("GET", "/api/admin/mail-problems")).body.items,
    ).toContainEqual(expect.objectContaining({ id }));
  });
});
