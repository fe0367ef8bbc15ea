/**
 * The audit log: each organiser's or admin's action writes one row naming who did it (and their email
 * then), on what and when; only admins read it, newest first, a page at a time; the clock prunes rows
 * past AUDIT_RETENTION_DAYS, and a doubled tick prunes nothing twice.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, type AuditAction } from "../../workers/domain/audit";
import { ADMIN, env, ok, signIn, uniqueEmail } from "../helpers";
import { heldQueues } from "../queues";
import { seedProgram } from "../seed";

type Row = { actor_id: string | null; actor_email: string | null; program_id: string | null; target_id: string | null };
type Expected = { programId?: string | null; targetId?: string };

const latest = (action: AuditAction) =>
  env.DB.prepare("SELECT * FROM audit_log WHERE action = ? ORDER BY at DESC, id DESC LIMIT 1")
    .bind(action)
    .first<Row>();
const countOf = async (action: AuditAction) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = ?").bind(action).first<{ n: number }>())!.n;

async function setUp() {
  const queues = heldQueues();
  const seeded = await seedProgram<"ada" | "cy" | "mo" | "mia">({
    program: { mentorsNeedApproval: true, skills: ["SQL"] },
    people: {
      ada: "Ada Mentor,mentor,Engineering,Data lead,Berlin,UTC,15,,en,SQL:3,,,1",
      cy: "Cy Mentee,mentee,Sales,Associate,Berlin,UTC,1,,en,,SQL:2,learn SQL,",
      mo: { name: "Mo Mentor", role: "mentor" },
      mia: { name: "Mia Mentee", role: "mentee" },
    },
    pairs: [["mo", "mia"]],
    worker: queues,
  });
  // Mentors of the first wait for approval, so matching runs in a program of its own.
  const matched = await seedProgram({ mentors: 1, mentees: 1, worker: queues });
  const grouped = await seedProgram({ program: { kind: "group" }, mentors: 2, mentees: 4, worker: queues });
  // One cycle of four weeks, so two juniors may trade partners without meeting one again later.
  const rotating = await seedProgram<"j0" | "j1" | "s0" | "s1">({
    program: { kind: "reverse", startsAt: "2027-01-04", endsAt: "2027-01-31T12:00:00Z", cycleWeeks: 4 },
    people: {
      j0: { name: "Jo Junior", role: "junior" },
      j1: { name: "Jin Junior", role: "junior" },
      s0: { name: "Sam Senior", role: "senior" },
      s1: { name: "Sol Senior", role: "senior" },
    },
    worker: queues,
  });
  return {
    ...seeded,
    matchProgram: matched.program,
    groupProgram: grouped.program,
    reverseProgram: rotating.program,
    juniors: [rotating.ids.j0, rotating.ids.j1],
    queues,
    admin: await signIn(ADMIN, queues),
  };
}
type Setup = Awaited<ReturnType<typeof setUp>>;

/** Each action of the closed list, done by its organiser through the API; answers what its row names. */
const CASES: Record<AuditAction, ((s: Setup) => Promise<Expected>) | "elsewhere"> = {
  "people.imported": async ({ admin, program }) => {
    const csv = `email,name,role\n${uniqueEmail("late")},Late Joiner,mentee`;
    const res = await admin.request("POST", `/api/programs/${program.id}/people/import`, {
      raw: csv,
      headers: { "content-type": "text/csv" },
    });
    expect(res.status).toBe(200);
    return { programId: program.id, targetId: ((await res.json()) as { id: string }).id };
  },
  "people.exported": async ({ admin, program }) => {
    expect((await admin.request("GET", `/api/programs/${program.id}/people/export`)).status).toBe(200);
    return { programId: program.id };
  },
  "program.created": async ({ admin }) => {
    const made = await admin.json<{ id: string }>("POST", "/api/programs", {
      body: { name: "Audited", kind: "one-to-one", managerEmails: [] },
    });
    expect(made.status).toBe(201);
    return { programId: made.body.id };
  },
  "program.edited": async ({ admin, program }) => {
    await ok(admin.api.programs[":id"].$patch({ param: { id: program.id }, json: { description: "Edited" } }));
    return { programId: program.id };
  },
  "program.managers_changed": async ({ admin, program }) => {
    await ok(admin.api.programs[":id"].managers.$put({ param: { id: program.id }, json: { emails: [] } }));
    return { programId: program.id };
  },
  "program.link_rotated": async ({ admin, program }) => {
    await ok(admin.api.programs[":id"]["rotate-key"].$post({ param: { id: program.id } }));
    return { programId: program.id };
  },
  "program.deleted": "elsewhere", // by the retention job, as the system: test/retention/retention-integration.test.ts
  "matching.settings_changed": async ({ admin, program }) => {
    await ok(admin.api.programs[":id"].matching.$put({ param: { id: program.id }, json: { requestDays: 5 } }));
    return { programId: program.id };
  },
  "match_run.started": async ({ admin, matchProgram: program }) => {
    const run = await ok(admin.api.programs[":id"]["match-runs"].$post({ param: { id: program.id } }), 202);
    return { programId: program.id, targetId: run.id };
  },
  "match_run.pairs_edited": async ({ admin, matchProgram: program, queues }) => {
    const runId = (await latest("match_run.started"))!.target_id!;
    await queues.drain("tandem-match");
    const runs = admin.api.programs[":id"]["match-runs"][":runId"];
    const run = await ok(runs.$get({ param: { id: program.id, runId }, query: {} }));
    const menteeId = run.pairs[0]!.menteeId;
    await ok(runs.pairs.$post({ param: { id: program.id, runId }, query: {}, json: { action: "lock", menteeId } }));
    return { programId: program.id, targetId: runId };
  },
  "match_run.published": async ({ admin, matchProgram: program }) => {
    const runId = (await latest("match_run.started"))!.target_id!;
    const runs = admin.api.programs[":id"]["match-runs"][":runId"];
    // Two publishes at once: one publishes, and only that one writes its row (the outer check counts one).
    const both = await Promise.all([0, 1].map(() => runs.publish.$post({ param: { id: program.id, runId } })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    return { programId: program.id, targetId: runId };
  },
  "pair.ended": async ({ admin, program, mentorships }) => {
    const end = { reason: "no-time" as const, note: "" };
    await ok(admin.api.mentorships[":id"].end.$post({ param: { id: mentorships[0]! }, json: end }));
    return { programId: program.id, targetId: mentorships[0]! };
  },
  "groups.formed": async ({ admin, groupProgram: program }) => {
    await ok(admin.api.programs[":id"].groups.plan.$post({ param: { id: program.id }, json: { groupSize: 2 } }));
    return { programId: program.id };
  },
  "groups.member_moved": async ({ admin, groupProgram: program }) => {
    const { groups } = await ok(admin.api.programs[":id"].groups.$get({ param: { id: program.id } }));
    const personId = groups[0]!.members.find((m) => m.role === "mentee")!.id;
    const move = { personId, groupId: groups[1]!.id };
    await ok(admin.api.programs[":id"].groups.move.$post({ param: { id: program.id }, json: move }));
    return { programId: program.id, targetId: personId };
  },
  "groups.published": async ({ admin, groupProgram: program }) => {
    await ok(admin.api.programs[":id"].groups.publish.$post({ param: { id: program.id } }));
    return { programId: program.id };
  },
  "rotation.replanned": async ({ admin, reverseProgram: program }) => {
    await ok(admin.api.programs[":id"].rotations.plan.$post({ param: { id: program.id } }));
    return { programId: program.id };
  },
  "rotation.swapped": async ({ admin, reverseProgram: program, juniors: [a, b] }) => {
    const swap = { cycle: 1, a: a!, b: b! };
    await ok(admin.api.programs[":id"].rotations.swap.$post({ param: { id: program.id }, json: swap }));
    return { programId: program.id };
  },
  "rotation.paused": async ({ admin, reverseProgram: program }) => {
    await ok(admin.api.programs[":id"].rotations.pause.$post({ param: { id: program.id }, json: { paused: true } }));
    return { programId: program.id };
  },
  "rotation.resumed": async ({ admin, reverseProgram: program }) => {
    await ok(admin.api.programs[":id"].rotations.pause.$post({ param: { id: program.id }, json: { paused: false } }));
    return { programId: program.id };
  },
  "application.decided": async ({ admin, program, as }) => {
    const ada = await as("ada");
    const body = { why: "I like helping", experience: "Years of it", topics: ["SQL"] };
    const mine = await ok(
      ada.api.programs[":id"]["mentor-applications"].$post({ param: { id: program.id }, json: body }),
      201,
    );
    const decide = admin.api.programs[":id"]["mentor-applications"][":applicationId"].decide;
    await ok(decide.$post({ param: { id: program.id, applicationId: mine.id }, json: { decision: "accept" } }));
    return { programId: program.id, targetId: mine.id };
  },
  "survey.added": async ({ admin, program }) => {
    const made = await admin.json<{ id: string }>("POST", `/api/programs/${program.id}/surveys`, {
      body: { template: "midpoint" },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return { programId: program.id, targetId: made.body.id };
  },
  "survey.changed": async ({ admin, program }) => {
    const surveyId = (await latest("survey.added"))!.target_id!;
    const res = await admin.json("PATCH", `/api/surveys/${surveyId}`, { body: { openDays: 7 } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { programId: program.id, targetId: surveyId };
  },
  "scim_token.created": async ({ admin }) => {
    const made = await admin.json<{ id: string }>("POST", "/api/admin/scim-tokens", { body: { name: "Okta" } });
    expect(made.status).toBe(201);
    return { programId: null, targetId: made.body.id };
  },
  "scim_token.revoked": async ({ admin }) => {
    const tokenId = (await latest("scim_token.created"))!.target_id!;
    expect((await admin.request("DELETE", `/api/admin/scim-tokens/${tokenId}`)).status).toBe(200);
    return { programId: null, targetId: tokenId };
  },
  "person.exported": async ({ admin, ids }) => {
    const res = await admin.api.admin.people[":personId"].export.$get({ param: { personId: ids.cy } });
    expect(res.status).toBe(200);
    return { programId: null, targetId: ids.cy };
  },
  "person.erased": async ({ admin, queues }) => {
    const leaving = await seedProgram({ mentors: 1, mentees: 0, worker: queues });
    const personId = leaving.ids.mentor0!;
    expect((await admin.api.admin.people[":personId"].$delete({ param: { personId } })).status).toBe(204);
    return { programId: null, targetId: personId };
  },
  "settings.changed": async ({ admin }) => {
    await ok(admin.api.organisation.$put({ json: { name: "Audited Ltd", logo: null, accent: null } }));
    return { programId: null };
  },
  "library.pinned": async ({ admin, program }) => {
    const entry = await admin.json<{ id: string }>("POST", `/api/programs/${program.id}/library`, {
      body: { kind: "article", title: "Welcome", body: "Read me" },
    });
    expect(entry.status, JSON.stringify(entry.body)).toBe(201);
    await ok(admin.api.library[":id"].$patch({ param: { id: entry.body.id }, json: { pinned: true } }));
    return { programId: program.id, targetId: entry.body.id };
  },
  "library.archived": async ({ admin, program }) => {
    const entryId = (await latest("library.pinned"))!.target_id!;
    await ok(admin.api.library[":id"].$patch({ param: { id: entryId }, json: { archived: true } }));
    return { programId: program.id, targetId: entryId };
  },
};

describe("the audit log", () => {
  let s: Setup;
  let adminId: string;
  beforeAll(async () => {
    s = await setUp();
    adminId = (await ok(s.admin.api.me.$get())).person.id;
  }, 60_000);

  it("has a case for every action of the list", () => {
    expect(Object.keys(CASES)).toEqual([...AUDIT_ACTIONS]);
  });

  // In the list's order: later cases act on what earlier ones made (a run, a survey, a token, an entry).
  const done = Object.entries(CASES).filter(
    (e): e is [AuditAction, (s: Setup) => Promise<Expected>] => e[1] !== "elsewhere",
  );
  it.each(done)("%s writes one row naming the admin, the program and the target", async (action, act) => {
    const before = await countOf(action);
    const expected = await act(s);
    expect(await countOf(action)).toBe(before + 1);
    const row = (await latest(action))!;
    expect(row.actor_id).toBe(adminId);
    expect(row.actor_email).toBe(ADMIN);
    if (expected.programId !== undefined) expect(row.program_id).toBe(expected.programId);
    if (expected.targetId !== undefined) expect(row.target_id).toBe(expected.targetId);
  });

  it("records nothing for a group publish or a rotation pause that changes nothing", async () => {
    const { admin, groupProgram, reverseProgram } = s;
    const before = [await countOf("groups.published"), await countOf("rotation.paused")];
    await ok(admin.api.programs[":id"].groups.publish.$post({ param: { id: groupProgram.id } }));
    const pause = { param: { id: reverseProgram.id }, json: { paused: false } };
    await ok(admin.api.programs[":id"].rotations.pause.$post(pause));
    expect([await countOf("groups.published"), await countOf("rotation.paused")]).toEqual(before);
    expect(await countOf("rotation.resumed")).toBe(1);
    // Two pauses at once: one pauses, and only that one writes its row.
    const both = { param: { id: reverseProgram.id }, json: { paused: true } };
    await Promise.all([0, 1].map(() => ok(admin.api.programs[":id"].rotations.pause.$post(both))));
    expect(await countOf("rotation.paused")).toBe(before[1]! + 1);
  });

  it("records nothing for a change that was refused, or asked by someone who may not make it", async () => {
    const { admin, reverseProgram, juniors, as } = s;
    const before = await countOf("rotation.swapped");
    const swap = admin.api.programs[":id"].rotations.swap.$post;
    const noCycle = await swap({
      param: { id: reverseProgram.id },
      json: { cycle: 9, a: juniors[0]!, b: juniors[1]! },
    });
    expect(noCycle.status).toBe(400);
    const mia = await as("mia"); // a participant of another program
    const stranger = await mia.api.programs[":id"].rotations.swap.$post({
      param: { id: reverseProgram.id },
      json: { cycle: 1, a: juniors[0]!, b: juniors[1]! },
    });
    expect(stranger.status).toBe(404);
    expect(await countOf("rotation.swapped")).toBe(before);
  });

  it("records a pair's own ending as theirs, not as an organiser's action", async () => {
    const pair = await seedProgram({ mentors: 1, mentees: 1, pairs: [["mentor0", "mentee0"]] });
    const before = await countOf("pair.ended");
    const mentee = await pair.as("mentee0");
    const end = { reason: "no-time" as const, note: "" };
    await ok(mentee.api.mentorships[":id"].end.$post({ param: { id: pair.mentorships[0]! }, json: end }));
    expect(await countOf("pair.ended")).toBe(before);
  });
});
