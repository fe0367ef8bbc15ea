/**
 * The demo seed in workerd: its programs are set up as programs made through the API are, so its
 * one-to-one programs start with a check-in and an end-of-program evaluation; seeding again adds nothing.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ORIGIN, env } from "./helpers";

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
    });
    expect((await seed()).status).toBe(200);
    expect(await surveysBySlug()).toEqual(first);
  });
});
