/**
 * Recognition: badges derived from a pair's rows and awarded once however often they are read, kudos
 * only between people who were paired or met (and mailed once to the manager when asked), certificates
 * only of completed mentorships that anyone with the link can check, and a program's top contributors.
 */
import { describe, expect, it } from "vitest";
import { MAX_KUDOS_NOTE } from "../../workers/domain/recognition";
import { awardForProgram } from "../../workers/features/recognition/repo/badges";
import { createDb } from "../../workers/platform/db";
import { Client, env, ok, refusalIn, uniqueEmail } from "../helpers";
import { seedProgram } from "../seed";

const HOUR = 3_600_000;
const meet = (mentorshipId: string, startsAt: number, cancelled = false) =>
  env.DB.prepare(
    "INSERT INTO meetings (id, mentorship_id, starts_at, minutes, created_by, cancelled_at) VALUES (?, ?, ?, 30, 'x', ?)",
  )
    .bind(crypto.randomUUID(), mentorshipId, startsAt, cancelled ? startsAt : null)
    .run();
const badgeRows = async (programId: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM badges WHERE program_id = ?")
    .bind(programId)
    .first<{ n: number }>())!.n;

async function pair() {
  const boss = uniqueEmail("boss");
  return seedProgram<"mo" | "mia" | "out">({
    people: {
      mo: { name: "Mo Mentor", role: "mentor", capacity: 6 },
      mia: { name: "Mia Mentee", role: "mentee", manager_email: boss },
      out: { name: "Oz Outsider", role: "mentee" },
    },
    pairs: [["mo", "mia"]],
  }).then((s) => ({ ...s, boss }));
}

describe("badges", () => {
  it("come from the pair's rows, and awarding again changes nothing", async () => {
    const {
      program,
      mentorships: [m],
      as,
    } = await pair();
    const mia = await as("mia");
    const mine = async () => (await ok(mia.api.me.recognition.$get())).badges.map((b) => b.badge).sort();
    expect(await mine()).toEqual([]);

    const now = Date.now();
    await meet(m!, now - 3 * HOUR, true); // cancelled: not held
    await meet(m!, now + HOUR); // not yet held
    await meet(m!, now - 2 * HOUR);
    expect(await mine()).toEqual(["first-meeting"]);
    await meet(m!, now - HOUR);
    await meet(m!, now - HOUR / 2);
    await env.DB.prepare(
      "INSERT INTO goals (id, mentorship_id, horizon, title, done_at) VALUES (?, ?, 'short', 'Lead', ?)",
    )
      .bind(crypto.randomUUID(), m, now)
      .run();
    await ok(mia.api.mentorships[":id"].complete.$post({ param: { id: m! } }));
    expect(await mine()).toEqual(["completed", "first-meeting", "goals-reached", "three-meetings"]);
    const mo = await as("mo");
    expect((await ok(mo.api.me.recognition.$get())).badges).toHaveLength(4);

    const rows = await badgeRows(program.id);
    const earned = await env.DB.prepare("SELECT badge, earned_at FROM badges WHERE program_id = ? ORDER BY badge")
      .bind(program.id)
      .all();
    await Promise.all([awardForProgram(createDb(env.DB), program.id, Date.now()), mine(), mine()]);
    expect(await badgeRows(program.id)).toBe(rows);
    expect(
      (
        await env.DB.prepare("SELECT badge, earned_at FROM badges WHERE program_id = ? ORDER BY badge")
          .bind(program.id)
          .all()
      ).results,
    ).toEqual(earned.results);
  });

  it("give a mentor of five mentees their badge, shown to the organisers with the top contributors", async () => {
    const { admin, program, ids, as } = await seedProgram<"mo" | "al">({
      people: { mo: { name: "Mo Mentor", role: "mentor", capacity: 6 }, al: { name: "Al Mentor", role: "mentor" } },
      mentees: 6,
      pairs: [
        ["mo", "mentee0"],
        ["mo", "mentee1"],
        ["mo", "mentee2"],
        ["mo", "mentee3"],
        ["al", "mentee5"],
      ],
    });
    const recognition = () => ok(admin.api.programs[":id"].recognition.$get({ param: { id: program.id } }));
    const count = async (badge: string) => (await recognition()).badges.find((b) => b.badge === badge)!.people;
    expect(await count("five-mentees")).toBe(0);
    await env.DB.prepare(
      "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', ?)",
    )
      .bind(crypto.randomUUID(), program.id, ids.mo, ids.mentee4, Date.now())
      .run();
    expect(await count("five-mentees")).toBe(1);
    const { contributors } = await recognition();
    expect(contributors.map((c) => [c.name, c.completed])).toEqual([
      ["Al Mentor", 0],
      ["Mo Mentor", 0],
    ]);
    const participant = await as("mentee0");
    expect((await participant.json("GET", `/api/programs/${program.id}/recognition`)).status).toBe(404);
  });
});

describe("kudos", () => {
  it("go to the partner, show to them, and reach the manager once when asked", async () => {
    const {
      mentorships: [m],
      ids,
      as,
      boss,
    } = await pair();
    const mo = await as("mo");
    const note = "ü".repeat(MAX_KUDOS_NOTE);
    const sent = await ok(
      mo.api.kudos.$post({ json: { toId: ids.mia, note, mentorshipId: m!, tellManager: true } }),
      201,
    );
    expect(sent.managerTold).toBe(true);
    const mia = await as("mia");
    expect((await ok(mia.api.me.recognition.$get())).kudos).toEqual([
      { id: sent.id, fromName: "Mo Mentor", note, programName: expect.any(String), createdAt: sent.createdAt },
    ]);
    const mails = await env.DB.prepare("SELECT to_email AS too FROM outgoing_mail WHERE idempotency_key = ?")
      .bind(`kudos-manager:${sent.id}`)
      .all<{ too: string }>();
    expect(mails.results.map((r) => r.too)).toEqual([boss]);

    // Without asking, or to someone with no manager on file, nobody else is mailed.
    const back = await ok(mia.api.kudos.$post({ json: { toId: ids.mo, note: "Thanks!", mentorshipId: m! } }), 201);
    expect(back.managerTold).toBe(false);
  });

  it("refuse bad notes, strangers and unfinished events, and store nothing", async () => {
    const {
      mentorships: [m],
      ids,
      as,
      program,
    } = await pair();
    const mo = await as("mo");
    const post = (c: Client, body: Record<string, unknown>) =>
      c.json("POST", "/api/kudos", { body: { toId: ids.mia, note: "Thanks", mentorshipId: m, ...body } });
    const refused: [Record<string, unknown>, number, string][] = [
      [{ note: "x".repeat(MAX_KUDOS_NOTE + 1) }, 400, "note"],
      [{ note: "   " }, 400, "note"],
      [{ eventId: "e" }, 400, "mentorshipId"],
      [{ mentorshipId: undefined }, 400, "mentorshipId"],
      [{ toId: ids.mo }, 400, "toId"],
      [{ toId: ids.out }, 403, ""],
    ];
    for (const [body, status, field] of refused) {
      const res = await post(mo, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      if (field) expect(refusalIn(res.body).error.fields).toHaveProperty([field]);
    }
    const oz = await as("out");
    expect((await post(oz, {})).status).toBe(403);
    // A proposed pair has not started: nothing to thank for yet.
    await env.DB.prepare("UPDATE mentorships SET status = 'proposed' WHERE id = ?").bind(m).run();
    expect((await post(mo, {})).status).toBe(403);

    // At a speed event: only someone seated at the same table, once the event has finished.
    const eventId = crypto.randomUUID();
    const plan = [{ round: 1, tables: [{ table: 1, mentorId: ids.mo, menteeIds: [ids.mia] }], sittingOut: [ids.out] }];
    await env.DB.prepare(
      `INSERT INTO events (id, title, starts_at, timezone, round_minutes, break_minutes, tables, mentees_per_table, join_key, plan, program_id)
       VALUES (?, 'Speed', ?, 'UTC', 8, 2, 1, 1, 'k', ?, ?)`,
    )
      .bind(eventId, Date.now(), JSON.stringify(plan), program.id)
      .run();
    const atEvent = { mentorshipId: undefined, eventId };
    expect((await post(mo, atEvent)).status).toBe(403);
    await env.DB.prepare("UPDATE events SET finished_at = ? WHERE id = ?").bind(Date.now(), eventId).run();
    expect((await post(mo, { ...atEvent, toId: ids.out })).status).toBe(403);
    expect((await post(mo, atEvent)).status).toBe(201);
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM kudos WHERE from_id = ? OR from_id = ?")
      .bind(ids.mo, ids.out)
      .first<{ n: number }>();
    expect(stored!.n).toBe(1);
  });
});

describe("certificates", () => {
  it("are only of completed mentorships, the same link each time, and readable by anyone with it", async () => {
    const {
      admin,
      program,
      mentorships: [m],
      as,
    } = await pair();
    await ok(admin.api.organisation.$put({ json: { name: "Acme Corp", logo: null, accent: null } }));
    const mia = await as("mia");
    const ask = (c: Client) => c.json("POST", `/api/mentorships/${m}/certificate`);
    const early = await ask(mia);
    expect(early.status).toBe(409);
    expect(refusalIn(early.body).error.code).toBe("not_completed");

    await ok(mia.api.mentorships[":id"].complete.$post({ param: { id: m! } }));
    const first = await ok(mia.api.mentorships[":id"].certificate.$post({ param: { id: m! } }), 201);
    const again = await ok(mia.api.mentorships[":id"].certificate.$post({ param: { id: m! } }), 201);
    expect(again).toEqual(first);
    expect(first.id).toMatch(/^[0-9a-f]{32}$/);
    expect(first.path).toBe(`/certificates/${first.id}`);

    const anyone = new Client();
    const cert = await ok(anyone.api.certificates[":id"].$get({ param: { id: first.id } }));
    expect(cert).toMatchObject({
      personName: "Mia Mentee",
      role: "mentee",
      partnerName: "Mo Mentor",
      programName: program.name,
      organisation: "Acme Corp",
      completedAt: expect.any(Number),
    });
    expect((await anyone.json("GET", `/api/certificates/${"0".repeat(32)}`)).status).toBe(404);

    expect((await ask(admin)).status).toBe(403);
    expect((await ask(await as("out"))).status).toBe(404);
    await env.DB.prepare("DELETE FROM organisation").run();
  });
});
