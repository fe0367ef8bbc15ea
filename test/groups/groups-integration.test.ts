/**
 * Group mentoring and peer circles in workerd: a group program's people imported, groups formed under a
 * department rule, adjusted and published once, and the members' shared page with its meeting and notes.
 */
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../workers/domain/people-csv";
import type { z } from "@hono/zod-openapi";
import type {
  GroupPageSchema,
  GroupsSchema,
  MyGroupsSchema,
  PublishedSchema,
} from "../../workers/features/groups/schemas";
import { ADMIN, Client, createProgram, mailbox, ok, signIn, uniqueEmail, type Refusal } from "../helpers";

type Person = { email: string; name: string; role: string; department: string; offered?: string; sought?: string };

/** People to import: two mentors and eight mentees, four of them engineers, all keen on data or speaking. */
function cohort(): Person[] {
  const mentee = (i: number, department: string, sought: string) => ({
    email: uniqueEmail(`mentee${i}`),
    name: `Mentee ${i}`,
    role: "mentee",
    department,
    sought,
  });
  return [
    {
      email: uniqueEmail("mentor0"),
      name: "Mentor A",
      role: "mentor",
      department: "Sales",
      offered: "data analysis:3",
    },
    {
      email: uniqueEmail("mentor1"),
      name: "Mentor B",
      role: "mentor",
      department: "Legal",
      offered: "public speaking:3",
    },
    mentee(1, "Engineering", "data analysis:1"),
    mentee(2, "Engineering", "data analysis:1"),
    mentee(3, "Engineering", "data analysis:1"),
    mentee(4, "Engineering", "public speaking:1"),
    mentee(5, "Sales", "public speaking:1"),
    mentee(6, "Sales", "public speaking:1"),
    mentee(7, "Legal", "data analysis:1;public speaking:1"),
    mentee(8, "Finance", "public speaking:1"),
  ];
}

async function importPeople(admin: Client, programId: string, people: Person[]) {
  const row = (p: Person) =>
    [p.email, p.name, p.role, p.department, "Analyst", "", "UTC", "", "", "en", p.offered ?? "", p.sought ?? "", "", ""]
      .map(String)
      .join(",");
  const res = await admin.json("POST", `/api/programs/${programId}/people/import`, {
    raw: [CSV_COLUMNS.join(","), ...people.map(row)].join("\n"),
    headers: { "content-type": "text/csv" },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function setUp(kind = "group") {
  const admin = await signIn(ADMIN);
  const program = await createProgram(admin, { kind });
  const people = cohort();
  await importPeople(admin, program.id, people);
  const base = `/api/programs/${program.id}/groups`;
  const groups = admin.api.programs[":id"].groups;
  const param = { id: program.id };
  type Plan = Parameters<typeof groups.plan.$post>[0]["json"];
  const api = {
    get: () => ok(groups.$get({ param })),
    plan: (json: Plan) => ok(groups.plan.$post({ param, json })),
    move: (json: Parameters<typeof groups.move.$post>[0]["json"]) => ok(groups.move.$post({ param, json })),
    publish: () => ok(groups.publish.$post({ param })),
  };
  return { admin, program, people, base, api };
}

type Group = z.infer<typeof GroupsSchema>["groups"][number];
type Published = z.infer<typeof PublishedSchema>;
type MyGroups = z.infer<typeof MyGroupsSchema>;
const mentees = (g: Group) => g.members.filter((m) => m.role !== "mentor");

describe("group mentoring", () => {
  it("forms groups under the department rule, with reasons; bad input changes nothing", async () => {
    const { admin, program, base, api } = await setUp();
    const empty = await api.get();
    expect(empty).toMatchObject({ groups: [], published: false });
    expect(empty.unplaced).toHaveLength(10);

    const { groups, unplaced, warnings } = await api.plan({ groupSize: 4, maxPerDepartment: 2 });
    expect(groups.map((g) => [g.name, g.status, g.members.length])).toEqual([
      ["Group 1", "proposed", 5],
      ["Group 2", "proposed", 5],
    ]);
    expect(unplaced).toEqual([]);
    expect(warnings).toEqual([]);
    for (const g of groups) {
      expect(g.members.filter((m) => m.role === "mentor")).toHaveLength(1);
      expect(mentees(g).filter((m) => m.department === "Engineering").length).toBeLessThanOrEqual(2);
      expect(g.reasons[0]).toMatch(/^led by Mentor [AB]$/);
      expect(g.reasons.join(" ")).toMatch(/share an interest in/);
      expect(g.reasons.at(-1)).toMatch(/^departments: /);
      expect(g.sharedInterests.length).toBeGreaterThan(0);
    }
    expect((await api.get()).groups).toEqual(groups);

    for (const body of [
      { groupSize: 1 },
      { groupSize: 13 },
      { groupSize: "4" },
      { groupSize: 2.5 },
      { groupSize: 4, maxPerDepartment: 0 },
      { groupSize: 4, mentorsPerGroup: 0 },
      {},
    ]) {
      const bad = await admin.json<Refusal>("POST", `${base}/plan`, { body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.error.code).toBe("invalid_input");
    }
    expect((await api.get()).groups).toEqual(groups);

    const oneToOne = await createProgram(admin);
    const wrong = await admin.json<Refusal>("POST", `/api/programs/${oneToOne.id}/groups/plan`, {
      body: { groupSize: 4 },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("not_group_program");
    const nobody = await createProgram(admin, { kind: "peer" });
    const none = await admin.json("POST", `/api/programs/${nobody.id}/groups/plan`, { body: { groupSize: 4 } });
    expect(none.status).toBe(409);
    expect(program.kind).toBe("group");
  });

  it("is for the program's managers only", async () => {
    const { base, people } = await setUp();
    const member = await signIn(people[2]!.email);
    expect((await member.json("GET", base)).status).toBe(404);
    expect((await member.json("POST", `${base}/plan`, { body: { groupSize: 4 } })).status).toBe(404);
    expect((await member.json("POST", `${base}/publish`)).status).toBe(404);
    expect((await new Client().json("GET", base)).status).toBe(401);
    expect((await new Client().json("POST", `${base}/publish`)).status).toBe(401);
  });

  it("moves a person between proposed groups and describes both again", async () => {
    const { admin, base, people, api } = await setUp();
    const { groups } = await api.plan({ groupSize: 4, maxPerDepartment: 2 });
    const [a, b] = groups as [Group, Group];
    const mover = mentees(a)[0]!;
    const moved = await api.move({ personId: mover.id, groupId: b.id });
    const [a2, b2] = moved.groups as [Group, Group];
    expect(a2.members.map((m) => m.id)).not.toContain(mover.id);
    expect(b2.members.find((m) => m.id === mover.id)).toMatchObject({ role: "mentee" });
    const count = (g: Group) => mentees(g).length;
    expect([count(a2), count(b2)]).toEqual([3, 5]);
    expect(b2.reasons.at(-1)).toContain(mover.department);
    expect(b2.reasons.at(-1)).not.toEqual(b.reasons.at(-1));

    const refuse = async (body: object, field: string) => {
      const res = await admin.json<Refusal>("POST", `${base}/move`, { body });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual([field]);
    };
    await refuse({ personId: mover.id, groupId: b.id }, "groupId"); // already there
    await refuse({ personId: "nobody", groupId: a.id }, "personId");
    await refuse({ personId: mover.id, groupId: "no-such-group" }, "groupId");
    const other = await setUp();
    const theirs = (await other.api.plan({ groupSize: 4 })).groups;
    await refuse({ personId: mover.id, groupId: theirs[0]!.id }, "groupId");
    expect((await api.get()).groups).toEqual(moved.groups);
    expect(people).toHaveLength(10);
  });

  it("publishes once: one mail per member, and a second publish sends nothing", async () => {
    const { admin, program, base, people } = await setUp();
    await admin.json("POST", `${base}/plan`, { body: { groupSize: 4 } });
    const subject = `${program.name}: your group is ready`;
    const first = await admin.json<Published>("POST", `${base}/publish`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ published: true, mailed: 10 });
    const sent = (await mailbox()).filter((m) => m.subject === subject);
    expect(sent.map((m) => m.to).sort()).toEqual(people.map((p) => p.email).sort());
    expect(sent[0]!.links.some((l) => /\/groups\/[\w-]+$/.test(l))).toBe(true);

    const again = await admin.json<Published>("POST", `${base}/publish`);
    expect(again.status).toBe(200);
    expect(again.body.mailed).toBe(0);
    expect(again.body.groups).toEqual(first.body.groups);
    expect((await mailbox()).filter((m) => m.subject === subject)).toHaveLength(10);

    // Everyone is in a published group: nothing is left to form, and published groups stay as they are.
    const replan = await admin.json("POST", `${base}/plan`, { body: { groupSize: 4 } });
    expect(replan.status).toBe(409);
    const late = { email: uniqueEmail("late"), name: "Late Mentee", role: "mentee", department: "Sales" };
    await importPeople(admin, program.id, [late]);
    const lone = await admin.json<z.infer<typeof GroupsSchema>>("POST", `${base}/plan`, { body: { groupSize: 4 } });
    expect(lone.status).toBe(200);
    expect(lone.body.groups.filter((g: Group) => g.status === "published")).toEqual(first.body.groups);
    expect(lone.body.unplaced).toEqual([{ id: expect.any(String), name: "Late Mentee" }]);
  });

  it("gives members a shared page with the next meeting and notes; others see nothing", async () => {
    const { admin, api } = await setUp("peer");
    const planned = await api.plan({ groupSize: 5, maxPerDepartment: null });
    expect(planned.groups.map((g) => g.name)).toEqual(["Circle 1", "Circle 2"]);
    expect(planned.groups[0]!.members.every((m) => m.role === "peer")).toBe(true);
    const [g1, g2] = (await api.publish()).groups as [Group, Group];
    const [first, second] = g1.members as [Group["members"][number], Group["members"][number]];
    const alice = await signIn(first.email);
    const bob = await signIn(second.email);
    const outsider = await signIn(g2.members[0]!.email);

    const page = await ok(alice.api.groups[":id"].$get({ param: { id: g1.id } }));
    expect(page).toMatchObject({ name: "Circle 1", isMember: true, nextMeeting: { at: null, place: "" } });
    expect(page.members.map((m) => m.id)).toEqual(g1.members.map((m) => m.id));
    expect(page.members[0]).toHaveProperty("title", "Analyst");
    expect((await outsider.json("GET", `/api/groups/${g1.id}`)).status).toBe(404);
    expect((await outsider.json("POST", `/api/groups/${g1.id}/notes`, { body: { body: "hi" } })).status).toBe(404);
    expect((await admin.json<z.infer<typeof GroupPageSchema>>("GET", `/api/groups/${g1.id}`)).body.isMember).toBe(
      false,
    );

    const meeting = { at: "2027-03-04T09:30:00Z", place: "Room 4 or https://meet.example.com/circle" };
    const set = await bob.json("PUT", `/api/groups/${g1.id}/meeting`, { body: meeting });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ at: Date.parse(meeting.at), place: meeting.place });
    expect((await admin.json("PUT", `/api/groups/${g1.id}/meeting`, { body: meeting })).status).toBe(403);
    for (const body of [{ at: "tomorrow", place: "x" }, { at: meeting.at, place: " " }, { at: meeting.at }]) {
      expect((await bob.json("PUT", `/api/groups/${g1.id}/meeting`, { body })).status).toBe(400);
    }

    const post = (c: Client, body: unknown) => c.json("POST", `/api/groups/${g1.id}/notes`, { body: { body } });
    expect((await post(alice, "First: agenda is in the doc")).status).toBe(201);
    const fromBob = await post(bob, "  Second, from Bob  ");
    expect(fromBob.status).toBe(201);
    expect(fromBob.body).toMatchObject({ body: "Second, from Bob", authorName: second.name });
    for (const body of ["   ", "x".repeat(2001), 42]) expect((await post(alice, body)).status).toBe(400);
    const after = await ok(alice.api.groups[":id"].$get({ param: { id: g1.id } }));
    expect(after.nextMeeting).toEqual(set.body);
    expect(after.notes.map((n) => n.body)).toEqual(["Second, from Bob", "First: agenda is in the doc"]);

    const mine = await alice.json<MyGroups>("GET", "/api/me/groups");
    expect(mine.body.items).toEqual([
      {
        id: g1.id,
        name: "Circle 1",
        programName: expect.any(String),
        role: "peer",
        members: g1.members.length,
        nextMeeting: set.body,
      },
    ]);
    const outsiderGroups = (await ok(outsider.api.me.groups.$get())).items;
    expect(outsiderGroups.map((g) => g.id)).toEqual([g2.id]);
    expect((await admin.json<MyGroups>("GET", "/api/me/groups")).body.items).toEqual([]);
  });
});
