/**
 * Program templates and journeys in workerd: a program made from a template or as a copy of another
 * (settings, weights, surveys and journey, never people), the journey its managers edit and its members
 * read, and a pair ticking steps off and confirming their agreement; and every denial on the way.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, env, ok, signIn, uniqueEmail, type Refusal } from "../helpers";
import { seedProgram } from "../seed";

const DAY = 86_400_000;

/** Someone signed in who takes part in another program only. */
const outsider = async () => (await seedProgram({ mentees: 1 })).as("mentee0");

async function fromTemplate(templateId: "leadership-development" = "leadership-development") {
  const admin = await signIn(ADMIN);
  const program = await ok(admin.api.programs.$post({ json: { templateId } }), 201);
  return { admin, program };
}

const surveyTemplates = async (programId: string) =>
  (
    await env.DB.prepare("SELECT template FROM surveys WHERE program_id = ? ORDER BY template")
      .bind(programId)
      .all<{ template: string }>()
  ).results.map((r) => r.template);

describe("program templates", () => {
  it("lists seven templates, each with its journey and starter resources, for admins only", async () => {
    const admin = await signIn(ADMIN);
    const { items } = await ok(admin.api.programs.templates.$get());
    expect(items.map((t) => t.id)).toEqual([
      "onboarding-buddy",
      "leadership-development",
      "knowledge-transfer",
      "reverse-mentoring",
      "speed-mentoring-day",
      "peer-circles",
      "diversity-inclusion",
    ]);
    for (const t of items) {
      expect(t.journey.length).toBeGreaterThan(0);
      expect(t.resources.length).toBeGreaterThan(0);
      expect(t.resources[0]!.url).toMatch(/^https:\/\//);
    }
    const someone = await outsider();
    expect((await someone.json("GET", "/api/programs/templates")).status).toBe(403);
  });

  it("a program made from one takes its kind, weights, surveys, rhythm, journey and agreement", async () => {
    const { program } = await fromTemplate("leadership-development");
    expect(program).toMatchObject({
      name: "Leadership development",
      kind: "one-to-one",
      meetingEveryDays: 14,
      mentorsNeedApproval: true,
      templateId: "leadership-development",
    });
    expect(program.agreementTerms?.frequency).toMatch(/two weeks/);
    expect(await surveyTemplates(program.id)).toEqual(["checkin", "end", "midpoint"]);
    const row = await env.DB.prepare("SELECT match_settings, quiet_days, stalled_days FROM programs WHERE id = ?")
      .bind(program.id)
      .first<{ match_settings: string; quiet_days: number; stalled_days: number }>();
    expect(JSON.parse(row!.match_settings).weights.goals).toBe(4);
    expect([row!.quiet_days, row!.stalled_days]).toEqual([21, 42]);
    const admin = await signIn(ADMIN);
    const journey = await ok(admin.api.programs[":id"].journey.$get({ param: { id: program.id } }));
    expect(journey.steps.map((s) => s.when)).toEqual(["Week 1", "Month 1", "Month 2", "Month 3", "Month 6"]);
  });

  it("everything stays editable, and what the request gives wins over the template", async () => {
    const admin = await signIn(ADMIN);
    const program = await ok(
      admin.api.programs.$post({
        json: { templateId: "onboarding-buddy", name: "Buddies 2027", meetingEveryDays: 30 },
      }),
      201,
    );
    expect(program).toMatchObject({ name: "Buddies 2027", kind: "one-to-one", meetingEveryDays: 30 });
    const edited = await ok(
      admin.api.programs[":id"].$patch({
        param: { id: program.id },
        json: { mentorsNeedApproval: true, meetingEveryDays: 7, agreementTerms: null },
      }),
    );
    expect(edited).toMatchObject({ mentorsNeedApproval: true, meetingEveryDays: 7, agreementTerms: null });
    const policy = await ok(admin.api.programs[":id"]["health-policy"].$get({ param: { id: program.id } }));
    expect(policy).toMatchObject({ quietDays: 11, stalledDays: 21 });
  });

  it("refuses an unknown template, both starts at once, and a copy of no program, creating nothing", async () => {
    const admin = await signIn(ADMIN);
    const count = async () => (await env.DB.prepare("SELECT count(*) AS n FROM programs").first<{ n: number }>())!.n;
    const before = await count();
    for (const [body, field] of [
      [{ templateId: "nope" }, "templateId"],
      [{ templateId: "peer-circles", copyFrom: "x" }, "copyFrom"],
      [{ copyFrom: "no-such-program" }, "copyFrom"],
      [{ kind: "one-to-one" }, "name"],
      [{ templateId: "peer-circles", meetingEveryDays: 3 }, "meetingEveryDays"],
    ] as const) {
      const res = await admin.json<Refusal>("POST", "/api/programs", { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
    }
    expect(await count()).toBe(before);
    const someone = await outsider();
    expect((await someone.json("POST", "/api/programs", { body: { templateId: "peer-circles" } })).status).toBe(403);
  });
});

describe("copying a program", () => {
  it("copies settings, weights, surveys and journey, never people, pairs or dates", async () => {
    const { admin, program, mentorships } = await seedProgram({
      program: { templateId: "knowledge-transfer", kind: "one-to-one", startsOn: "2030-01-01", endsOn: "2030-12-31" },
      mentors: 1,
      mentees: 1,
      pairs: [["mentor0", "mentee0"]],
    });
    expect(mentorships).toHaveLength(1);
    await admin.json("PUT", `/api/programs/${program.id}/managers`, { body: { emails: [uniqueEmail("manager")] } });
    const copy = await ok(admin.api.programs.$post({ json: { copyFrom: program.id } }), 201);
    expect(copy).toMatchObject({
      name: `${program.name} (copy)`,
      kind: "one-to-one",
      meetingEveryDays: 14,
      startsOn: null,
      endsOn: null,
      managers: [],
      counts: { pending: 0, active: 0, withdrawn: 0 },
    });
    expect(copy.signupUrl).not.toBe(program.signupUrl);
    expect(await surveyTemplates(copy.id)).toEqual(await surveyTemplates(program.id));
    const people = await env.DB.prepare(
      "SELECT (SELECT count(*) FROM enrollments WHERE program_id = ?1) + (SELECT count(*) FROM mentorships WHERE program_id = ?1) AS n",
    )
      .bind(copy.id)
      .first<{ n: number }>();
    expect(people!.n).toBe(0);
    const [a, b] = await Promise.all(
      [program.id, copy.id].map((id) => ok(admin.api.programs[":id"].journey.$get({ param: { id } }))),
    );
    expect(b!.steps.map((s) => s.title)).toEqual(a!.steps.map((s) => s.title));
  });
});

describe("a program's journey", () => {
  it("is edited by its managers, read by its members, hidden from everyone else", async () => {
    const { admin, program, as } = await seedProgram({ mentors: 1, mentees: 1 });
    const path = `/api/programs/${program.id}/journey`;
    const steps = [
      { unit: "month", n: 2, title: "Job-shadowing session", prompts: ["What did you notice?"] },
      { unit: "week", n: 1, title: "Agree on goals", guide: "Meet in the first week." },
    ];
    const saved = await admin.json<{ steps: { id: string; title: string; when: string }[] }>("PUT", path, {
      body: { steps },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.steps.map((s) => `${s.when}: ${s.title}`)).toEqual([
      "Week 1: Agree on goals",
      "Month 2: Job-shadowing session",
    ]);
    // Keeping a step's id keeps it; an id the program does not have becomes a new step.
    const kept = saved.body.steps[0]!.id;
    const again = await admin.json<{ steps: { id: string }[] }>("PUT", path, {
      body: {
        steps: [
          { ...steps[1], id: kept },
          { ...steps[0], id: "made-up" },
        ],
      },
    });
    expect(again.body.steps[0]!.id).toBe(kept);
    expect(again.body.steps[1]!.id).not.toBe("made-up");

    const mentee = await as("mentee0");
    expect((await mentee.json("GET", path)).status).toBe(200);
    expect((await mentee.json("PUT", path, { body: { steps } })).status).toBe(404);
    const stranger = await outsider();
    expect((await stranger.json("GET", path)).status).toBe(404);
    expect((await stranger.json("PUT", path, { body: { steps } })).status).toBe(404);

    for (const bad of [
      { steps: [{ unit: "year", n: 1, title: "x" }] },
      { steps: [{ unit: "week", n: 0, title: "x" }] },
      { steps: [{ unit: "week", n: 1, title: "" }] },
      { steps: Array.from({ length: 31 }, () => ({ unit: "week", n: 1, title: "x" })) },
    ]) {
      expect((await admin.json("PUT", path, { body: bad })).status).toBe(400);
    }
    const after = await admin.json<{ steps: { id: string }[] }>("GET", path);
    expect(after.body.steps.map((s) => s.id)).toEqual(again.body.steps.map((s) => s.id));
  });
});

describe("a pair on the journey", () => {
  async function pair() {
    const seeded = await seedProgram<"mentor" | "mentee" | "other">({
      program: { templateId: "leadership-development", kind: "one-to-one" },
      people: {
        mentor: { name: "Mo Mentor", role: "mentor" },
        mentee: { name: "Mia Mentee", role: "mentee" },
        other: { name: "Oz Other", role: "mentee" },
      },
      pairs: [["mentor", "mentee"]],
      pairedAt: Date.now() - 10 * DAY,
    });
    return {
      ...seeded,
      id: seeded.mentorships[0]!,
      mentor: await seeded.as("mentor"),
      mentee: await seeded.as("mentee"),
      other: await seeded.as("other"),
    };
  }

  it("sees where it is, ticks steps off, and both see each tick", async () => {
    const { id, mentor, mentee, other, admin, ids } = await pair();
    const journey = await ok(mentee.api.mentorships[":id"].journey.$get({ param: { id } }));
    const first = journey.steps[0]!;
    expect(journey.current).toBe(first.id);
    expect(journey.overdue).toBe(true); // week 1 ended three days ago
    const ticked = await ok(
      mentee.api.mentorships[":id"].journey[":stepId"].$put({ param: { id, stepId: first.id }, json: { done: true } }),
    );
    expect(ticked.current).toBe(journey.steps[1]!.id);
    const seen = await ok(mentor.api.mentorships[":id"].journey.$get({ param: { id } }));
    expect(seen.steps[0]).toMatchObject({ tickedBy: ids.mentee });
    expect(seen.overdue).toBe(false);

    const tickPath = `/api/mentorships/${id}/journey/${first.id}`;
    expect((await admin.json("PUT", tickPath, { body: { done: false } })).status).toBe(403);
    expect((await other.json("PUT", tickPath, { body: { done: false } })).status).toBe(404);
    expect((await other.json("GET", `/api/mentorships/${id}/journey`)).status).toBe(404);
    expect((await mentor.json("PUT", `/api/mentorships/${id}/journey/nope`, { body: { done: true } })).status).toBe(
      404,
    );
    expect((await mentor.json("PUT", tickPath, { body: { done: "yes" } })).status).toBe(400);
    const untouched = await ok(mentor.api.mentorships[":id"].journey.$get({ param: { id } }));
    expect(untouched.steps[0]!.tickedAt).not.toBeNull();
  });

  it("confirms the agreement from the program's terms; a change asks the partner again", async () => {
    const { id, mentor, mentee, other, admin, program } = await pair();
    const path = `/api/mentorships/${id}/agreement`;
    const start = await ok(mentee.api.mentorships[":id"].agreement.$get({ param: { id } }));
    expect(start.terms.frequency).toMatch(/two weeks/);
    expect(start.agreed).toBe(false);

    const mine = await ok(mentee.api.mentorships[":id"].agreement.$post({ param: { id }, json: {} }));
    expect(mine.menteeConfirmedAt).not.toBeNull();
    const changed = { ...start.terms, frequency: "Every week" };
    const theirs = await ok(mentor.api.mentorships[":id"].agreement.$post({ param: { id }, json: { terms: changed } }));
    expect(theirs).toMatchObject({ agreed: false, menteeConfirmedAt: null, terms: { frequency: "Every week" } });
    const both = await ok(mentee.api.mentorships[":id"].agreement.$post({ param: { id }, json: {} }));
    expect(both).toMatchObject({ agreed: true, terms: { frequency: "Every week" } });
    // Confirming again keeps the first confirmation.
    const twice = await ok(mentee.api.mentorships[":id"].agreement.$post({ param: { id }, json: {} }));
    expect(twice.menteeConfirmedAt).toBe(both.menteeConfirmedAt);

    expect((await admin.json("POST", path, { body: {} })).status).toBe(403);
    expect((await admin.json("GET", path)).status).toBe(200);
    expect((await other.json("GET", path)).status).toBe(404);
    expect((await other.json("POST", path, { body: {} })).status).toBe(404);
    const tooLong = { terms: { ...changed, expectations: "x".repeat(2001) } };
    expect((await mentor.json("POST", path, { body: tooLong })).status).toBe(400);
    expect((await ok(mentor.api.mentorships[":id"].agreement.$get({ param: { id } }))).agreed).toBe(true);

    const insights = await ok(admin.api.programs[":id"].insights.$get({ param: { id: program.id }, query: {} }));
    expect(insights.engagement.agreedPairs).toBe(1);
  });
});
