/**
 * Pairs gone quiet: a manager nudges both or asks "still going?" once per quiet spell, each person
 * answers from their own link without signing in, and the clock ends pairs past their program's
 * automatic end exactly once, under doubled ticks, in bounded chunks.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import { CLOCK_JOBS, runClock } from "../../workers/clock";
import { ADMIN, ORIGIN, createProgram, mailbox, signIn, uniqueEmail, type Client } from "../helpers";
import { meteredEnv } from "../metered-env";
import { ago, enrol, meeting, pair, person } from "../seed-rows";

let admin: Client;
let programId: string;

async function quietPair(daysQuiet: number, program = programId) {
  const mentorEmail = uniqueEmail("mentor");
  const menteeEmail = uniqueEmail("mentee");
  const mentor = await person("Engineering", "Berlin", 10, mentorEmail);
  const mentee = await person("Sales", "Berlin", 1, menteeEmail);
  await enrol(program, mentor, "mentor", ago(100));
  await enrol(program, mentee, "mentee", ago(100));
  const id = await pair(program, mentor, mentee, "active", ago(daysQuiet));
  return { id, mentorEmail, menteeEmail };
}

const mailsTo = async (email: string, subject: RegExp) =>
  (await mailbox()).filter((m) => m.to === email && subject.test(m.subject));
const statusOf = async (id: string) =>
  (await env.DB.prepare("SELECT status, end_reason FROM mentorships WHERE id = ?").bind(id).first()) as {
    status: string;
    end_reason: string | null;
  };
const endJob = CLOCK_JOBS.filter((j) => j.name === "quietPairsEnded");

beforeAll(async () => {
  admin = await signIn(ADMIN);
  programId = (await createProgram(admin)).id;
});

describe("a pair gone quiet", () => {
  it("is nudged once per quiet spell, and again after a new meeting", async () => {
    const p = await quietPair(30);
    expect((await admin.json("POST", `/api/mentorships/${p.id}/nudge`)).status).toBe(200);
    const again = await admin.json("POST", `/api/mentorships/${p.id}/nudge`);
    expect(again).toMatchObject({ status: 409, body: { error: { code: "already_nudged" } } });
    expect(await mailsTo(p.mentorEmail, /Time to meet/)).toHaveLength(1);
    expect(await mailsTo(p.menteeEmail, /Time to meet/)).toHaveLength(1);
    await meeting(p.id, ago(2));
    expect((await admin.json("POST", `/api/mentorships/${p.id}/nudge`)).status).toBe(200);
    expect(await mailsTo(p.menteeEmail, /Time to meet/)).toHaveLength(2);
  });

  it("is nudged or asked by its program's organisers only", async () => {
    const p = await quietPair(30);
    const member = await signIn(p.menteeEmail);
    const outsiderEmail = uniqueEmail("outsider");
    await person("Sales", "Berlin", 3, outsiderEmail);
    const outsider = await signIn(outsiderEmail);
    for (const who of [member, outsider]) {
      expect((await who.json("POST", `/api/mentorships/${p.id}/nudge`)).status).toBe(404);
      expect((await who.json("POST", `/api/mentorships/${p.id}/health-check`)).status).toBe(404);
    }
    const signedOut = await app.request(
      `${ORIGIN}/api/mentorships/${p.id}/nudge`,
      { method: "POST", headers: { origin: ORIGIN } },
      env,
    );
    expect(signedOut.status).toBe(401);
    expect(await mailsTo(p.menteeEmail, /Time to meet|still meeting/)).toEqual([]);
  });

  it('is asked "still going?"; each answers once from their own link, without signing in', async () => {
    const p = await quietPair(30);
    expect((await admin.json("POST", `/api/mentorships/${p.id}/health-check`)).status).toBe(200);
    expect((await admin.json("POST", `/api/mentorships/${p.id}/health-check`)).status).toBe(409);
    const [mail] = await mailsTo(p.menteeEmail, /still meeting/);
    const token = mail!.links.find((l) => l.includes("/still-going/"))!.split("/still-going/")[1]!;
    const anyone = {
      json: (method: string, path: string, body?: unknown) =>
        app.request(
          `${ORIGIN}${path}`,
          {
            method,
            headers: { origin: ORIGIN, "content-type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
          },
          env,
        ),
    };
    const shown = await anyone.json("GET", `/api/still-going/${token}`);
    expect(shown.status).toBe(200);
    expect(await shown.json()).toMatchObject({
      answer: null,
      active: true,
      partnerName: expect.stringContaining("mentor"),
    });
    const answered = await anyone.json("POST", "/api/still-going", { token, answer: "yes" });
    expect(answered.status).toBe(200);
    expect((await anyone.json("POST", "/api/still-going", { token, answer: "no" })).status).toBe(409);
    const tampered = token.slice(0, -2) + (token.endsWith("a") ? "bb" : "aa");
    expect((await anyone.json("GET", `/api/still-going/${tampered}`)).status).toBe(404);
    expect((await anyone.json("POST", "/api/still-going", { token: tampered, answer: "no" })).status).toBe(404);
    expect((await anyone.json("POST", "/api/still-going", { token, answer: "maybe" })).status).toBe(400);
    const row = await env.DB.prepare(
      "SELECT mentor_answer, mentee_answer FROM pair_checks WHERE mentorship_id = ? AND kind = 'ask'",
    )
      .bind(p.id)
      .first();
    expect(row).toEqual({ mentor_answer: null, mentee_answer: "yes" });
    // Once the pair has ended (closed, or someone withdrew), the other link answers nothing.
    const [mentorMail] = await mailsTo(p.mentorEmail, /still meeting/);
    const mentorToken = mentorMail!.links.find((l) => l.includes("/still-going/"))!.split("/still-going/")[1]!;
    await env.DB.prepare("UPDATE mentorships SET status = 'ended' WHERE id = ?").bind(p.id).run();
    const late = await anyone.json("POST", "/api/still-going", { token: mentorToken, answer: "no" });
    expect(late.status).toBe(409);
    expect(await (await anyone.json("GET", `/api/still-going/${mentorToken}`)).json()).toMatchObject({
      active: false,
      answer: null,
    });
  });
});

describe("the automatic end", () => {
  it("ends pairs past the program's days without a meeting or a yes, once, under doubled ticks", async () => {
    const program = (await createProgram(admin)).id;
    await admin.json("PUT", `/api/programs/${program}/health-policy`, {
      body: { quietDays: 21, stalledDays: 42, autoEndDays: 60 },
    });
    const due = await quietPair(70, program);
    const young = await quietPair(50, program);
    const saidYes = await quietPair(70, program);
    await admin.json("POST", `/api/mentorships/${saidYes.id}/health-check`);
    await env.DB.prepare("UPDATE pair_checks SET mentor_answer = 'yes' WHERE mentorship_id = ?").bind(saidYes.id).run();
    const now = Date.now();
    await runClock(env, now, now, endJob);
    await runClock(env, now, now, endJob);
    expect(await statusOf(due.id)).toEqual({ status: "ended", end_reason: "no-time" });
    expect((await statusOf(young.id)).status).toBe("active");
    expect((await statusOf(saidYes.id)).status).toBe("active");
    expect(await mailsTo(due.menteeEmail, /has ended/)).toHaveLength(1);
    expect(await mailsTo(due.mentorEmail, /has ended/)).toHaveLength(1);
  });

  it("takes a bounded chunk per tick and finds the rest next tick", async () => {
    const program = (await createProgram(admin)).id;
    await admin.json("PUT", `/api/programs/${program}/health-policy`, {
      body: { quietDays: 21, stalledDays: 42, autoEndDays: 60 },
    });
    const pairs = [];
    for (let i = 0; i < 30; i++) pairs.push(await quietPair(80, program));
    const metered = meteredEnv(env, { forwardQueues: false });
    const now = Date.now();
    const first = await runClock(metered.env, now, now, endJob);
    expect(first.quietPairsEnded).toEqual({ status: "done", result: 25 });
    expect(metered.usage.statements).toBeLessThanOrEqual(200);
    await runClock(env, now, now, endJob);
    const left = await env.DB.prepare(
      `SELECT count(*) AS n FROM mentorships WHERE program_id = ? AND status = 'active'`,
    )
      .bind(program)
      .first<number>("n");
    expect(left).toBe(0);
  });
});
