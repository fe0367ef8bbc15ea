/**
 * The demo seed in workerd: its programs are set up as programs made through the API are, so its
 * one-to-one programs start with a check-in and an end-of-program evaluation; "Onboarding buddies" has
 * months of history its insights and outcomes show; "Mentoring 2027" has training, one module required;
 * seeding again adds nothing.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { oneToOneRows } from "../../workers/features/dev/demo-people";
import { ADMIN, ORIGIN, env, ok, signIn } from "../helpers";

const seed = () =>
  exports.default.fetch(new Request(`${ORIGIN}/api/dev/seed`, { method: "POST", headers: { origin: ORIGIN } }));

const surveysBySlug = async () => {
  const rows = await env.DB.prepare(
    `SELECT p.slug, s.template, s.trigger FROM programs p LEFT JOIN surveys s ON s.program_id = p.id
     ORDER BY p.slug, s.template`,
  ).all<{ slug: string; template: string | null; trigger: string | null }>();
  const by: Record<string, string[]> = {};
  for (const r of rows.results) by[r.slug] = [...(by[r.slug] ?? []), ...(r.template ? [r.template] : [])];
  return by;
};

describe("demo seed", () => {
  it("gives its one-to-one programs the default check-in and evaluation, once", async () => {
    expect((await seed()).status).toBe(200);
    const first = await surveysBySlug();
    expect(first).toEqual({
      "mentoring-2027": ["checkin", "end"],
      "leadership-circle": ["checkin", "end"],
      "reverse-mentoring-ai-at-work": [],
      "speed-mentoring-day": [],
      "onboarding-buddies": ["checkin", "end"],
    });
    expect((await seed()).status).toBe(200);
    expect(await surveysBySlug()).toEqual(first);
  });
});

const TABLES = [
  "people",
  "programs",
  "enrollments",
  "mentorships",
  "meetings",
  "goals",
  "milestones",
  "survey_invitations",
  "survey_responses",
  "outcomes",
];
const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      TABLES.map(async (t) => [t, (await env.DB.prepare(`SELECT count(*) AS n FROM ${t}`).first<{ n: number }>())!.n]),
    ),
  );

describe("the demo's program with a history", () => {
  it("shows living insights and outcomes, and seeding again adds nothing", async () => {
    expect((await seed()).status).toBe(200);
    const first = await counts();
    const program = (await env.DB.prepare(
      "SELECT id, starts_on FROM programs WHERE slug = 'onboarding-buddies'",
    ).first<{
      id: string;
      starts_on: string;
    }>())!;
    const admin = await signIn(ADMIN);
    const param = { id: program.id };
    const to = new Date().toISOString().slice(0, 10);
    const insights = await ok(
      admin.api.programs[":id"].insights.$get({ param, query: { from: program.starts_on, to } }),
    );
    const weeks = (key: "signups" | "meetings" | "newPairs") => insights.series.filter((w) => w[key] > 0).length;
    expect(weeks("signups")).toBeGreaterThanOrEqual(5);
    expect(weeks("meetings")).toBeGreaterThanOrEqual(10);
    expect(weeks("newPairs")).toBeGreaterThanOrEqual(3);
    expect(insights.funnel).toMatchObject({ signedUp: 40, confirmed: 40 });
    expect(insights.funnel.completed).toBeGreaterThan(0);
    expect(insights.funnel.endedEarly).toBeGreaterThan(0);
    expect(insights.matching.waiting).toBeGreaterThan(0);
    expect(insights.health.healthy).toBeGreaterThan(0);
    expect(insights.health.quiet).toBeGreaterThan(0);
    expect(insights.health.stalled).toBeGreaterThan(0);
    expect(insights.funnel.metOnce).toBeLessThan(insights.funnel.matched);
    expect(insights.engagement.goalsSet).toBeGreaterThan(0);
    expect(insights.engagement.milestonesReached).toBeGreaterThan(0);
    expect(insights.satisfaction.averageRating).not.toBeNull();
    // Every week with answers has enough of them to show.
    const answered = insights.series.filter((w) => w.answers !== 0);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    for (const w of answered) expect(w.answers, w.week).not.toBeNull();

    const outcomes = await ok(admin.api.programs[":id"].outcomes.$get({ param, query: {} }));
    const shown = outcomes.cohorts.filter(
      (c) => c.participants.promoted.rate !== null && c.baseline.promoted.rate !== null,
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]!.participants.movedInternally.rate).not.toBeNull();
    expect(shown[0]!.participants.retained.rate).not.toBeNull();
    expect(shown[0]!.participants.onboarding.medianDays).not.toBeNull();

    expect(await (await seed()).json()).toEqual({ seeded: false });
    expect(await counts()).toEqual(first);

    // A demo seeded before this program existed gets it, with its history, on the next start.
    await env.DB.prepare("DELETE FROM programs WHERE slug = 'onboarding-buddies'").run();
    expect(await (await seed()).json()).toEqual({ seeded: true });
    expect(await counts()).toEqual(first);
  });
});

describe("the demo's training", () => {
  it("has one required module most mentees passed, optional ones some passed, and adds nothing when seeded again", async () => {
    expect((await seed()).status).toBe(200);
    const { id } = (await env.DB.prepare("SELECT id FROM programs WHERE slug = 'mentoring-2027'").first<{
      id: string;
    }>())!;
    const admin = await signIn(ADMIN);
    const { items } = await ok(admin.api.programs[":id"].training.$get({ param: { id } }));
    const mentees = oneToOneRows().filter((r) => r.role === "mentee");
    expect(items.map((m) => [m.title, m.required]).sort()).toEqual(
      [
        ["Being a good mentor", false],
        ["Giving feedback", false],
        ["Setting goals", true],
      ].sort(),
    );
    expect(items.find((m) => m.required)!.passedCount).toBe(mentees.length - 3);
    for (const m of items) expect(m.passedCount).toBeGreaterThan(0);

    // A mentee who has not done it finds it as the next thing to do.
    const late = await signIn(mentees[mentees.length - 1]!.email);
    const next = await ok(late.api.me.next.$get());
    expect(next.items.map((i) => i.kind)).toContain("do-training");

    const rows = async () =>
      (await env.DB.prepare(
        "SELECT (SELECT count(*) FROM training_modules) AS modules, (SELECT count(*) FROM training_results) AS results",
      ).first())!;
    const before = await rows();
    expect((await seed()).status).toBe(200);
    expect(await rows()).toEqual(before);
  });
});
