/**
 * Captured knowledge beyond a pair, in workerd: a group's members turn their notes into one draft whose
 * authors are every member who wrote a note (and the drafter), each asked once by mail to review it and
 * all approving before anyone else reads it; and a reverse-mentoring cycle's pair does the same with
 * their meeting notes. Non-members are refused, managers may not draft, and either kind can be withdrawn.
 */
import { describe, expect, it } from "vitest";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../workers/index";
import { env, type Client } from "../helpers";
import { seedProgram } from "../seed";

type Entry = {
  id: string;
  status: string;
  title: string;
  body: string;
  tags: string[];
  authors: { id: string; approved: boolean }[];
};
type Hit = { id: string };

const search = async (c: Client, q: string) =>
  (await c.json<Hit[]>("GET", `/api/library?q=${q}`)).body.map((h) => h.id);

/** The review requests in the outbox for an entry: recipient and link, one row per mail. */
async function reviewMails(entryId: string) {
  const rows = await env.DB.prepare(
    'SELECT to_email AS "to", text FROM outgoing_mail WHERE substr(idempotency_key, 1, length(?1)) = ?1 ORDER BY to_email',
  )
    .bind(`knowledge-review:${entryId}:`)
    .all<{ to: string; text: string }>();
  return rows.results;
}

async function groupSetUp() {
  const seeded = await seedProgram({
    program: { kind: "group", skills: ["data analysis"] },
    mentors: 2,
    people: Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `m${i}`,
        { name: `Member ${i}`, role: "mentee", skills_sought: "data analysis:1" },
      ]),
    ) as Record<`m${number}`, { name: string; role: string; skills_sought: string }>,
  });
  const { admin, program, ids } = seeded;
  const base = `/api/programs/${program.id}/groups`;
  await admin.json("POST", `${base}/plan`, { body: { groupSize: 3, maxPerDepartment: null, mentorsPerGroup: 1 } });
  const published = await admin.json<{ groups: { id: string; members: { id: string }[] }[] }>(
    "POST",
    `${base}/publish`,
  );
  const [group, other] = published.body.groups as [
    (typeof published.body.groups)[0],
    (typeof published.body.groups)[0],
  ];
  const keyOf = (id: string) => Object.keys(ids).find((k) => ids[k as keyof typeof ids] === id)!;
  const [a, b, c] = group.members.map((m) => keyOf(m.id)) as [string, string, string, string];
  const as = (key: string) => seeded.as(key as never);
  return {
    ...seeded,
    group,
    a: await as(a),
    b: await as(b),
    c: await as(c),
    emailOf: (key: string) => seeded.emails[key as keyof typeof seeded.emails],
    keys: { a, b, c },
    neighbour: await as(keyOf(other.members[0]!.id)),
  };
}

describe("a group's captured knowledge", () => {
  it("names every member who wrote a note an author, asks each once to review, and is shared once all approved", async () => {
    const { group, a, b, c, admin, neighbour, emailOf, keys, ids } = await groupSetUp();
    const draftIt = (who: Client, body: Record<string, unknown> = {}) =>
      who.json<Entry>("POST", `/api/groups/${group.id}/knowledge`, { body });
    expect((await draftIt(a)).body).toMatchObject({ error: { code: "no_notes" } });

    await a.json("POST", `/api/groups/${group.id}/notes`, { body: { body: "Quokka charts: label the axis first." } });
    await b.json("POST", `/api/groups/${group.id}/notes`, { body: { body: "Ask what decision the chart serves." } });

    const [first, again] = await Promise.all([draftIt(a), draftIt(a)]);
    expect([first.status, again.status].sort()).toEqual([200, 201]);
    const draft = first.body;
    expect(again.body.id).toBe(draft.id);
    expect(draft).toMatchObject({ status: "draft", tags: ["data analysis"] });
    expect(draft.body).toContain("label the axis first");
    expect(draft.body).toContain("decision the chart serves");
    const idOf = (k: string) => ids[k as keyof typeof ids];
    expect(draft.authors.map((x) => x.id).sort()).toEqual([idOf(keys.a), idOf(keys.b)].sort());

    // One mail, to the other author, linking to the draft's page; drafting again sent nothing more.
    const mails = await reviewMails(draft.id);
    expect(mails.map((m) => m.to)).toEqual([emailOf(keys.b)]);
    expect(mails[0]!.text).toContain(`/library/${draft.id}`);
    // A mail lost between the draft and the outbox (a crash) is sent when the draft is asked for again.
    await env.DB.prepare("DELETE FROM outgoing_mail WHERE idempotency_key = ?")
      .bind(`knowledge-review:${draft.id}:${idOf(keys.b)}`)
      .run();
    expect((await draftIt(b)).status).toBe(200);
    expect((await reviewMails(draft.id)).map((m) => m.to)).toEqual([emailOf(keys.b)]);

    // A member who wrote nothing is no author: the draft stays hidden from them and asking again is refused.
    expect((await c.json("GET", `/api/library/${draft.id}`)).status).toBe(404);
    expect((await draftIt(c)).body).toMatchObject({ error: { code: "draft_under_way" } });
    expect((await c.json("POST", `/api/knowledge/${draft.id}/approve`)).status).toBe(404);

    await a.json("POST", `/api/knowledge/${draft.id}/approve`);
    expect(await search(c, "quokka")).toEqual([]);
    const shared = await b.json<Entry>("POST", `/api/knowledge/${draft.id}/approve`);
    expect(shared.body.status).toBe("published");
    expect(await search(c, "quokka")).toEqual([draft.id]);
    expect(await search(neighbour, "quokka")).toEqual([draft.id]);

    const gone = await b.json<Entry>("POST", `/api/knowledge/${draft.id}/withdraw`);
    expect(gone.body.status).toBe("withdrawn");
    expect(await search(c, "quokka")).toEqual([]);
    expect((await admin.json("POST", `/api/knowledge/${draft.id}/approve`)).status).toBe(404);
    expect((await a.json("GET", `/api/groups/${group.id}/library`)).body).toMatchObject({
      knowledge: [{ id: draft.id, status: "withdrawn" }],
    });
  });

  it("is for the group's members: another group's member gets 404, a manager 403, and nothing is drafted", async () => {
    const { group, a, admin, neighbour } = await groupSetUp();
    await a.json("POST", `/api/groups/${group.id}/notes`, { body: { body: "Notes worth keeping." } });
    expect((await neighbour.json("POST", `/api/groups/${group.id}/knowledge`, { body: {} })).status).toBe(404);
    expect((await neighbour.json("GET", `/api/groups/${group.id}/library`)).status).toBe(404);
    expect((await admin.json("POST", `/api/groups/${group.id}/knowledge`, { body: {} })).status).toBe(403);
    expect((await a.json("POST", `/api/groups/${group.id}/knowledge`, { body: { scope: "everyone" } })).status).toBe(
      400,
    );
    const drafts = await env.DB.prepare("SELECT count(*) AS n FROM library_entries WHERE group_id = ?")
      .bind(group.id)
      .first<{ n: number }>();
    expect(drafts!.n).toBe(0);
  });

  it("asks the others again after an edit", async () => {
    const { group, a, b } = await groupSetUp();
    await a.json("POST", `/api/groups/${group.id}/notes`, { body: { body: "First note." } });
    await b.json("POST", `/api/groups/${group.id}/notes`, { body: { body: "Second note." } });
    const draft = (await a.json<Entry>("POST", `/api/groups/${group.id}/knowledge`, { body: {} })).body;
    await a.json("POST", `/api/knowledge/${draft.id}/approve`);
    const edited = await b.json<Entry>("PATCH", `/api/knowledge/${draft.id}`, {
      body: { title: "Charts that decide" },
    });
    expect(edited.body.authors.every((x) => !x.approved)).toBe(true);
    await b.json("POST", `/api/knowledge/${draft.id}/approve`);
    expect((await a.json<Entry>("GET", `/api/library/${draft.id}`)).body.status).toBe("draft");
  });
});

const T0 = Date.parse("2027-01-04T00:00:00Z");

async function tick(at: number) {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

describe("a reverse-mentoring cycle's captured knowledge", () => {
  it("is drafted by the cycle's pair, reviewed by the other, approved by both and found by others", async () => {
    const person = (role: string, i: number) => ({
      name: `${role} ${i}`,
      role,
      timezone: "UTC",
      languages: "en",
      ...(role === "junior" ? { skills_offered: "ai tools:3" } : { skills_sought: "ai tools:1" }),
    });
    const seeded = await seedProgram({
      program: { kind: "reverse", startsAt: "2027-01-04", endsAt: "2027-03-28T12:00:00Z", cycleWeeks: 4 },
      people: { j0: person("junior", 0), j1: person("junior", 1), s0: person("senior", 0), s1: person("senior", 1) },
    });
    await seeded.admin.json("POST", `/api/programs/${seeded.program.id}/rotations/plan`);
    await tick(T0 + 60_000);
    const { results } = await env.DB.prepare(
      "SELECT id, mentor_id AS junior, mentee_id AS senior FROM mentorships WHERE program_id = ? AND source = 'rotation'",
    )
      .bind(seeded.program.id)
      .all<{ id: string; junior: string; senior: string }>();
    const pair = results.find((r) => r.senior === seeded.ids.s0)!;
    const keyOf = (id: string) => (["j0", "j1", "s0", "s1"] as const).find((k) => seeded.ids[k] === id)!;
    const junior = await seeded.as(keyOf(pair.junior));
    const senior = await seeded.as("s0");
    const otherSenior = await seeded.as("s1");
    await env.DB.prepare(
      "INSERT INTO meetings (id, mentorship_id, starts_at, minutes, notes, created_by) VALUES (?, ?, ?, 30, ?, ?)",
    )
      .bind(crypto.randomUUID(), pair.id, T0 + 86_400_000, "Prompt wombats step by step.", pair.junior)
      .run();

    expect((await otherSenior.json("POST", `/api/mentorships/${pair.id}/knowledge`, { body: {} })).status).toBe(404);
    const draft = (await senior.json<Entry>("POST", `/api/mentorships/${pair.id}/knowledge`, { body: {} })).body;
    expect(draft.status).toBe("draft");
    expect((await reviewMails(draft.id)).map((m) => m.to)).toEqual([seeded.emails[keyOf(pair.junior)]]);
    expect((await otherSenior.json("GET", `/api/library/${draft.id}`)).status).toBe(404);

    await senior.json("POST", `/api/knowledge/${draft.id}/approve`);
    expect(await search(otherSenior, "wombats")).toEqual([]);
    await junior.json("POST", `/api/knowledge/${draft.id}/approve`);
    expect(await search(otherSenior, "wombats")).toEqual([draft.id]);
    await junior.json("POST", `/api/knowledge/${draft.id}/withdraw`);
    expect(await search(otherSenior, "wombats")).toEqual([]);
  });
});
