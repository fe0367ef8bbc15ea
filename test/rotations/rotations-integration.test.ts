/**
 * Reverse-mentoring rotations in workerd: a reverse program with a term and cycles, juniors and seniors
 * imported, the schedule planned and adjusted by its manager, and the cron starting and ending cycles
 * exactly once under doubled, late and missed ticks, with a paused rotation skipping what passed.
 */
import { describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../workers/index";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import { exports } from "cloudflare:workers";
import type { z } from "@hono/zod-openapi";
import type { ProgramSchema } from "../../workers/features/programs/schemas";
import type { MyRotationsSchema, RotationSchema } from "../../workers/features/rotations/schemas";
import { ADMIN, Client, ORIGIN, createProgram, env, mailbox, ok, signIn, uniqueEmail, type Refusal } from "../helpers";
import { seedProgram } from "../seed";
import { readInvite } from "../ical-read";

const DAY = 86_400_000;
const T0 = Date.parse("2027-01-04T00:00:00Z"); // the term: 2027-01-04 to 2027-03-28, three cycles of four weeks

/** A cron tick at `at`. Ticks far in the future purge the sessions of today, so callers sign in again. */
async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function setUp(juniors = 3, seniors = 3) {
  const people = [
    ...Array.from({ length: juniors }, (_, i) => ({ email: uniqueEmail(`junior${i}`), role: "junior", i })),
    ...Array.from({ length: seniors }, (_, i) => ({ email: uniqueEmail(`senior${i}`), role: "senior", i })),
  ];
  const { admin, program } = await seedProgram({
    program: { kind: "reverse", startsAt: "2027-01-04", endsAt: "2027-03-28T12:00:00Z", cycleWeeks: 4 },
    people: Object.fromEntries(
      people.map((p) => [
        p.email,
        {
          email: p.email,
          name: `${p.role} ${p.i}`,
          role: p.role,
          department: p.i % 2 ? "Sales" : "Legal",
          timezone: "UTC",
          languages: "en",
          ...(p.role === "junior" ? { skills_offered: "ai tools:3" } : { skills_sought: "ai tools:1" }),
        },
      ]),
    ),
  });
  return { admin, program, people };
}

type Rotation = z.infer<typeof RotationSchema>;
type Cycle = Rotation["cycles"][number];
type MyRotations = z.infer<typeof MyRotationsSchema>;
const pairKeys = (cycles: Cycle[]) =>
  cycles.flatMap((c) => c.pairs.flatMap((p) => p.seniorIds.map((s) => `${p.juniorId}|${s}`)));

/** A program's rotation as its manager sees it, and planning it. */
const rotation = (manager: Client, id: string) => ({
  get: () => ok(manager.api.programs[":id"].rotations.$get({ param: { id } })),
  plan: () => ok(manager.api.programs[":id"].rotations.plan.$post({ param: { id } })),
});
const mails = async (prefix: string) => (await mailbox()).filter((m) => m.subject.startsWith(prefix));

describe("reverse-mentoring rotations", () => {
  it("a reverse program rotates over its term, in cycles of cycleWeeks", async () => {
    const admin = await signIn(ADMIN);
    const undated = await admin.json<z.infer<typeof ProgramSchema>>("POST", "/api/programs", {
      body: { name: "R", kind: "reverse" },
    });
    expect(undated.body.cycleWeeks).toBe(4);
    const plan = await admin.json<Refusal>("POST", `/api/programs/${undated.body.id}/rotations/plan`);
    expect(plan.status).toBe(400);
    expect(plan.body.error.message).toBe("Set the program's start and end dates.");
    const { program } = await setUp();
    const got = await admin.json("GET", `/api/programs/${program.id}`);
    expect(got.body).toMatchObject({ startsOn: "2027-01-04", endsOn: "2027-03-28", cycleWeeks: 4 });
    const one = await createProgram(admin);
    expect((await admin.json("GET", `/api/programs/${one.id}/rotations`)).status).toBe(400);
  });

  it("a pair's calendar, your rotations and feedback refuse anyone signed out", async () => {
    const { program } = await setUp(1, 1);
    const out = new Client();
    const asked = [
      await out.json<Refusal>("GET", `/api/programs/${program.id}/rotations/1/calendar.ics`),
      await out.json<Refusal>("GET", "/api/me/rotations"),
      await out.json<Refusal>("POST", `/api/programs/${program.id}/rotations/feedback`, {
        body: { cycle: 1, aboutId: "someone", rating: 5 },
      }),
    ];
    expect(asked.map((r) => [r.status, r.body.error.code])).toEqual(Array(3).fill([401, "unauthorized"]));
  });

  it("plans every cycle without a repeated pair; the manager swaps people in a planned cycle", async () => {
    const { admin, program } = await setUp();
    expect((await rotation(admin, program.id).get()).cycles).toEqual([]);
    const { cycles, people } = await rotation(admin, program.id).plan();
    expect(cycles.map((c) => [c.cycle, c.startsAt, c.endsAt, c.status])).toEqual([
      [1, T0, T0 + 28 * DAY, "planned"],
      [2, T0 + 28 * DAY, T0 + 56 * DAY, "planned"],
      [3, T0 + 56 * DAY, T0 + 84 * DAY, "planned"],
    ]);
    const keys = pairKeys(cycles);
    expect(keys).toHaveLength(9); // three pairs a cycle, everyone paired
    expect(new Set(keys).size).toBe(9);

    const juniors = people.filter((p) => p.role === "junior").map((p) => p.id);
    const seniors = people.filter((p) => p.role === "senior").map((p) => p.id);
    const swap = (body: object) => admin.json<Refusal>("POST", `/api/programs/${program.id}/rotations/swap`, { body });
    const mixed = await swap({ cycle: 2, a: juniors[0], b: seniors[0] });
    expect(mixed.status).toBe(409);
    expect(mixed.body.error.message).toBe("Swap two juniors or two seniors.");
    expect((await swap({ cycle: 9, a: juniors[0], b: juniors[1] })).status).toBe(400);
    // Swapping two juniors within a full 3×3 schedule would repeat a pair from another cycle.
    const repeat = await swap({ cycle: 3, a: juniors[0], b: juniors[1] });
    expect(repeat.status).toBe(409);
    expect((await rotation(admin, program.id).get()).cycles).toEqual(cycles); // refused swaps change nothing
  });

  it("starts each cycle once under doubled and late ticks, and ends it with a feedback question", async () => {
    const { program, people, ...first0 } = await setUp(2, 2);
    let admin = first0.admin;
    const first = (await rotation(admin, program.id).plan()).cycles[0]!;

    await tick(T0 - 60_000); // before the start: nothing
    admin = await signIn(ADMIN);
    expect((await admin.json<Rotation>("GET", `/api/programs/${program.id}/rotations`)).body.cycles[0]!.status).toBe(
      "planned",
    );
    await tick(T0 + 3 * 3_600_000); // late by three hours: catches up
    await tick(T0 + 3 * 3_600_000); // doubled
    admin = await signIn(ADMIN);
    const intro = await mails(`${program.name}: your partner for cycle 1`);
    expect(intro).toHaveLength(4); // one each, once
    // Each introduction carries the pair's invite: the same event (uid) as the pair's download.
    const junior0 = people.find((p) => p.role === "junior")!;
    const introToJunior = intro.find((m) => m.to === junior0.email)!;
    expect(introToJunior.attachments).toMatchObject([{ contentType: "text/calendar; charset=utf-8; method=REQUEST" }]);
    const attached = readInvite(await (await exports.default.fetch(ORIGIN + introToJunior.attachments[0]!.url)).text());
    expect(attached).toMatchObject({ method: "REQUEST", sequence: 0 });
    expect(attached.organizer.email).toBe("MAILTO:tandem@example.com");
    expect(attached.attendees.map((a) => a.email)).toContain(`mailto:${junior0.email}`);
    expect(attached.attendees).toHaveLength(2);
    const mentorships = await env.DB.prepare(
      "SELECT mentor_id, mentee_id, status FROM mentorships WHERE program_id = ? AND source = 'rotation'",
    )
      .bind(program.id)
      .all<{ mentor_id: string; mentee_id: string; status: string }>();
    expect(mentorships.results.map((m) => `${m.mentor_id}|${m.mentee_id}`).sort()).toEqual(pairKeys([first]).sort());
    expect(mentorships.results.every((m) => m.status === "active")).toBe(true);
    expect((await admin.json<Rotation>("GET", `/api/programs/${program.id}/rotations`)).body.cycles[0]!.status).toBe(
      "under way",
    );

    // A junior sees their senior now and who is next; the invite is theirs alone.
    const junior = people.find((p) => p.role === "junior")!;
    let client = await signIn(junior.email);
    const mine = (await client.json<MyRotations>("GET", "/api/me/rotations")).body.items[0]!;
    expect(mine).toMatchObject({ programId: program.id, role: "junior", paused: false, past: [] });
    expect(mine.current!.cycle).toBe(1);
    expect(mine.current!.partners).toHaveLength(1);
    expect(mine.next!.cycle).toBe(2);
    expect(mine.next!.partners[0]!.id).not.toBe(mine.current!.partners[0]!.id);
    const ics = await client.request("GET", `/api/programs/${program.id}/rotations/1/calendar.ics`);
    expect(ics.status).toBe(200);
    const downloaded = await ics.text();
    expect(downloaded).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:20270106T100000Z/);
    expect(readInvite(downloaded).uid).toBe(attached.uid);
    expect((await admin.request("GET", `/api/programs/${program.id}/rotations/1/calendar.ics`)).status).toBe(404);

    // The next tick after the end closes cycle 1 (feedback asked once) and opens cycle 2 in the same tick.
    await tick(T0 + 28 * DAY + 60_000);
    await tick(T0 + 28 * DAY + 120_000);
    client = await signIn(junior.email);
    admin = await signIn(ADMIN);
    expect(await mails(`${program.name}: how was this cycle?`)).toHaveLength(4);
    expect(await mails(`${program.name}: your partner for cycle 2`)).toHaveLength(4);
    const statuses = await env.DB.prepare(
      "SELECT status, COUNT(*) AS n FROM mentorships WHERE program_id = ? GROUP BY status ORDER BY status",
    )
      .bind(program.id)
      .all();
    expect(statuses.results).toEqual([
      { status: "active", n: 2 },
      { status: "completed", n: 2 },
    ]);

    // Feedback on the partner of cycle 1: 1–5, only about that partner, and changeable.
    const partner = mine.current!.partners[0]!.id;
    const rate = (body: object) => client.json("POST", `/api/programs/${program.id}/rotations/feedback`, { body });
    expect((await rate({ cycle: 1, aboutId: partner, rating: 6 })).status).toBe(400);
    expect((await rate({ cycle: 1, aboutId: mine.next!.partners[0]!.id, rating: 4 })).status).toBe(400);
    expect((await rate({ cycle: 3, aboutId: partner, rating: 4 })).status).toBe(404); // not started
    const saved = await rate({ cycle: 1, aboutId: partner, rating: 4, comment: "Great tips" });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await rate({ cycle: 1, aboutId: partner, rating: 5 })).status).toBe(200);
    const rows = await env.DB.prepare("SELECT rating FROM rotation_feedback WHERE program_id = ?")
      .bind(program.id)
      .all();
    expect(rows.results).toEqual([{ rating: 5 }]);
    const summary = (await rotation(admin, program.id).get()).cycles;
    expect(summary.map((c) => c.feedback)).toEqual([
      { answers: 1, average: 5 },
      { answers: 0, average: null },
      { answers: 0, average: null },
    ]);
    const later = (await client.json<MyRotations>("GET", "/api/me/rotations")).body.items[0]!;
    expect(later.past).toEqual([expect.objectContaining({ cycle: 1, rated: true })]);
  });

  it("a paused rotation starts nothing; a cycle that passed while paused is skipped, and late joiners are planned in", async () => {
    const { program, ...first0 } = await setUp(2, 2);
    let admin = first0.admin;
    await admin.json("POST", `/api/programs/${program.id}/rotations/plan`);
    await tick(T0 + 60_000);
    admin = await signIn(ADMIN);
    const paused = await admin.json<Rotation>("POST", `/api/programs/${program.id}/rotations/pause`, {
      body: { paused: true },
    });
    expect(paused.body.paused).toBe(true);
    await tick(T0 + 30 * DAY); // cycle 1 would end, cycle 2 start: paused, nothing happens
    admin = await signIn(ADMIN);
    expect(await mails(`${program.name}: your partner for cycle 2`)).toHaveLength(0);
    expect(await mails(`${program.name}: how was this cycle?`)).toHaveLength(0);

    // A junior joins late: nobody has them in a planned cycle until the manager plans again.
    const late = uniqueEmail("latejunior");
    const csv = [CSV_COLUMNS.join(","), `${late},Late Junior,junior,Legal,,,UTC,,,en,ai tools:2,,,`].join("\n");
    await admin.json("POST", `/api/programs/${program.id}/people/import`, {
      raw: csv,
      headers: { "content-type": "text/csv" },
    });
    const before = await rotation(admin, program.id).get();
    const lateId = before.people.find((p) => p.name === "Late Junior")?.id;
    expect(before.unplanned).toEqual([lateId]);
    const replanned = await rotation(admin, program.id).plan();
    expect(replanned.unplanned).toEqual([]);
    expect(replanned.cycles[0]).toEqual(before.cycles[0]); // the cycle under way stays as it is
    const keys = pairKeys(replanned.cycles);
    expect(new Set(keys).size).toBe(keys.length);

    // Resumed after cycle 2 passed entirely: cycle 1 ends, cycle 2 is skipped, cycle 3 starts.
    await admin.json("POST", `/api/programs/${program.id}/rotations/pause`, { body: { paused: false } });
    await tick(T0 + 60 * DAY);
    await tick(T0 + 60 * DAY);
    admin = await signIn(ADMIN);
    const after = (await rotation(admin, program.id).get()).cycles;
    expect(after.map((c) => c.status)).toEqual(["done", "skipped", "under way"]);
    expect(await mails(`${program.name}: your partner for cycle 2`)).toHaveLength(0);
    expect((await mails(`${program.name}: your partner for cycle 3`)).length).toBeGreaterThanOrEqual(4);
  });

  // Last in the file: its tick starts this program's first cycle, which the other tests' ticks would then count.
  it("only the program's managers change the rotation, and never a cycle that has started", async () => {
    const { program, people, ...first } = await setUp(2, 2);
    const { cycles } = await rotation(first.admin, program.id).plan();
    const base = `/api/programs/${program.id}/rotations`;
    const juniors = people.filter((p) => p.role === "junior").map((p) => p.email);
    const ids = cycles[0]!.pairs.map((p) => p.juniorId);

    // A participant and a stranger are refused, and nothing changes.
    const member = await signIn(juniors[0]!);
    expect((await member.json("POST", `${base}/plan`)).status).toBe(404);
    expect((await member.json("POST", `${base}/swap`, { body: { cycle: 2, a: ids[0], b: ids[1] } })).status).toBe(404);
    expect((await new Client().json("POST", `${base}/swap`, { body: { cycle: 2, a: ids[0], b: ids[1] } })).status).toBe(
      401,
    );

    await tick(T0 + 60_000); // cycle 1 starts
    const admin = await signIn(ADMIN);
    const started = await admin.json<Refusal>("POST", `${base}/swap`, { body: { cycle: 1, a: ids[0], b: ids[1] } });
    expect(started.status).toBe(409);
    expect(started.body.error.code).toBe("cycle_started");
    const after = (await rotation(admin, program.id).get()).cycles;
    expect(pairKeys(after)).toEqual(pairKeys(cycles));
  });
});
