/**
 * Captured knowledge in workerd: a pair turns meeting notes into one draft, both authors approve it
 * before anyone else sees it, it is shared as they chose, and either can withdraw it. Drafts are for
 * their authors alone; the mentorship's page suggests entries for the mentee's sought skills.
 */
import { describe, expect, it } from "vitest";
import { env, signIn, type Client } from "../helpers";
import { seedProgram } from "../seed";

type Entry = {
  id: string;
  status: string;
  scope: string;
  title: string;
  body: string;
  tags: string[];
  authors: { name: string; approved: boolean }[];
};
type Hit = { id: string; title: string; kind: string };

async function setUp() {
  const seeded = await seedProgram({
    people: {
      mentor: { name: "Mo Mentor", role: "mentor" },
      mentee: { name: "Mia Mentee", role: "mentee", skills_sought: "data analysis:1" },
      peer: { name: "Pia Peer", role: "mentor" },
      pat: { name: "Pat Peer", role: "mentee" },
    },
    pairs: [
      ["mentor", "mentee"],
      ["peer", "pat"],
    ],
  });
  const outsider = await seedProgram({ people: { x: { name: "Xena Out", role: "mentee" } } });
  const [mentorshipId, otherPairId] = seeded.mentorships as [string, string];
  return {
    ...seeded,
    mentorshipId,
    otherPairId,
    mentor: await seeded.as("mentor"),
    mentee: await seeded.as("mentee"),
    peer: await seeded.as("peer"),
    outsider: await outsider.as("x"),
  };
}

async function note(mentorshipId: string, createdBy: string, notes: string, startsAt = Date.now() - 86_400_000) {
  await env.DB.prepare(
    "INSERT INTO meetings (id, mentorship_id, starts_at, minutes, notes, created_by) VALUES (?, ?, ?, 30, ?, ?)",
  )
    .bind(crypto.randomUUID(), mentorshipId, startsAt, notes, createdBy)
    .run();
}

const capture = (c: Client, id: string, body: Record<string, unknown> = {}) =>
  c.json<Entry>("POST", `/api/mentorships/${id}/knowledge`, { body });
const search = async (c: Client, q: string) => (await c.json<Hit[]>("GET", `/api/library?q=${q}`)).body;

describe("captured knowledge", () => {
  it("is drafted from notes once, approved by both, then found by another pair of the program", async () => {
    const { mentorshipId, mentor, mentee, peer, outsider, ids, emails, admin } = await setUp();
    expect((await capture(mentee, mentorshipId)).status).toBe(409);
    await note(mentorshipId, ids.mentee, "Pivot tables answer most questions before any code.");

    const [first, again] = await Promise.all([capture(mentee, mentorshipId), capture(mentor, mentorshipId)]);
    expect([first.status, again.status].sort()).toEqual([200, 201]);
    expect(again.body.id).toBe(first.body.id);
    const draft = first.body;
    expect(draft).toMatchObject({ status: "draft", scope: "program", tags: ["data analysis"] });
    expect(draft.title).toBe("What we learned: Mo Mentor and Mia Mentee");
    expect(draft.body).toContain("Pivot tables answer most questions");
    // The partner of whoever drafted it is asked once, by a mail linking to the draft's page.
    const asked = await env.DB.prepare(
      'SELECT to_email AS "to", text FROM outgoing_mail WHERE substr(idempotency_key, 1, length(?1)) = ?1',
    )
      .bind(`knowledge-review:${draft.id}:`)
      .all<{ to: string; text: string }>();
    const drafter = first.status === 201 ? "mentee" : "mentor";
    expect(asked.results.map((m) => m.to)).toEqual([emails[drafter === "mentee" ? "mentor" : "mentee"]]);
    expect(asked.results[0]!.text).toContain(`/library/${draft.id}`);

    // Nobody but its authors sees a draft: not the other pair, not an admin.
    expect(await search(peer, "pivot")).toEqual([]);
    expect((await peer.json("GET", `/api/library/${draft.id}`)).status).toBe(404);
    expect((await admin.json("GET", `/api/library/${draft.id}`)).status).toBe(404);
    expect((await peer.json("POST", `/api/knowledge/${draft.id}/approve`)).status).toBe(404);

    const half = await mentee.json<Entry>("POST", `/api/knowledge/${draft.id}/approve`);
    expect(half.body.status).toBe("draft");
    expect(await search(peer, "pivot")).toEqual([]);
    const both = await mentor.json<Entry>("POST", `/api/knowledge/${draft.id}/approve`);
    expect(both.body.status).toBe("published");
    expect(both.body.authors.every((a) => a.approved)).toBe(true);

    expect((await search(peer, "pivot")).map((h) => [h.id, h.kind])).toEqual([[draft.id, "knowledge"]]);
    // Shared with the program only: someone outside it never finds it.
    expect(await search(outsider, "pivot")).toEqual([]);
    expect((await outsider.json("GET", `/api/library/${draft.id}`)).status).toBe(404);

    const withdrawn = await mentor.json<Entry>("POST", `/api/knowledge/${draft.id}/withdraw`);
    expect(withdrawn.body.status).toBe("withdrawn");
    expect(await search(peer, "pivot")).toEqual([]);
    expect((await peer.json("GET", `/api/library/${draft.id}`)).status).toBe(404);
    expect((await mentee.json("GET", `/api/library/${draft.id}`)).status).toBe(200);
    expect((await mentee.json("POST", `/api/knowledge/${draft.id}/approve`)).status).toBe(409);
  });

  it("asks both authors again after an edit, and can be shared company-wide", async () => {
    const { mentorshipId, mentor, mentee, outsider, ids } = await setUp();
    await note(mentorshipId, ids.mentor, "Ask what decision the chart supports.");
    const draft = (await capture(mentor, mentorshipId, { scope: "company" })).body;
    await mentor.json("POST", `/api/knowledge/${draft.id}/approve`);
    const edited = await mentee.json<Entry>("PATCH", `/api/knowledge/${draft.id}`, {
      body: { title: "Charts serve decisions", body: "Ask what **decision** the chart supports." },
    });
    expect(edited.body.authors.map((a) => [a.name, a.approved])).toEqual([
      ["Mia Mentee", false],
      ["Mo Mentor", false],
    ]);
    const badTag = await mentee.json("PATCH", `/api/knowledge/${draft.id}`, { body: { tags: ["juggling"] } });
    expect(badTag.status).toBe(400);
    await mentee.json("POST", `/api/knowledge/${draft.id}/approve`);
    expect(await search(outsider, "decision")).toEqual([]);
    await mentor.json("POST", `/api/knowledge/${draft.id}/approve`);
    expect((await search(outsider, "decision")).map((h) => h.title)).toEqual(["Charts serve decisions"]);
    // Published, it no longer changes.
    const late = await mentee.json("PATCH", `/api/knowledge/${draft.id}`, { body: { title: "Other" } });
    expect(late.status).toBe(409);
  });

  it("is the pair's to capture: managers and others are refused", async () => {
    const { mentorshipId, otherPairId, peer, admin, ids } = await setUp();
    await note(mentorshipId, ids.mentee, "Some notes.");
    expect((await capture(peer, mentorshipId)).status).toBe(404);
    expect((await capture(admin, mentorshipId)).status).toBe(403);
    expect((await capture(peer, otherPairId, { scope: "everyone" })).status).toBe(400);
    const drafts = await env.DB.prepare("SELECT count(*) AS n FROM library_entries WHERE mentorship_id = ?")
      .bind(mentorshipId)
      .first<{ n: number }>();
    expect(drafts!.n).toBe(0);
  });

  it("suggests entries for the mentee's sought skills on the mentorship's page", async () => {
    const { mentorshipId, program, admin, mentee, ids } = await setUp();
    const add = (title: string, tags: string[]) =>
      admin.json("POST", `/api/programs/${program.id}/library`, { body: { kind: "article", title, body: "x", tags } });
    await add("Reading a balance sheet", ["data analysis"]);
    await add("Speaking up in meetings", ["public speaking"]);
    await note(mentorshipId, ids.mentee, "Draft notes.");
    await capture(mentee, mentorshipId);
    const page = await mentee.json<{ suggestions: Hit[]; knowledge: Entry[] }>(
      "GET",
      `/api/mentorships/${mentorshipId}/library`,
    );
    expect(page.body.suggestions.map((h) => h.title)).toEqual(["Reading a balance sheet"]);
    expect(page.body.knowledge.map((k) => k.status)).toEqual(["draft"]);
    // Managers see the page's suggestions but not the pair's draft.
    const managed = await admin.json<{ knowledge: Entry[] }>("GET", `/api/mentorships/${mentorshipId}/library`);
    expect(managed.body.knowledge).toEqual([]);
    expect(await signIn).toBeDefined();
  });
});
