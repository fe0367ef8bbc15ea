/**
 * Withdrawing from a program in workerd: the person loses their group's page, their rotation's invite,
 * their event picks, and disappears from the others' views with their email. Each denial is checked
 * after the same call succeeded before withdrawing.
 */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { PicksSchema } from "../../workers/features/events/schemas";
import type { GroupsSchema, MyGroupsSchema } from "../../workers/features/groups/schemas";
import type { MyRotationsSchema } from "../../workers/features/rotations/schemas";
import { ADMIN, createProgram, env, ok, signIn, uniqueEmail, type Client, type EventCreated } from "../helpers";

type MyGroups = z.infer<typeof MyGroupsSchema>;

async function enroll(admin: Client, programId: string, people: [string, string, string][]) {
  const csv = ["email,name,role", ...people.map((p) => p.join(","))].join("\n");
  const res = await admin.json("POST", `/api/programs/${programId}/people/import`, {
    raw: csv,
    headers: { "content-type": "text/csv" },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const idOf = async (email: string) =>
  (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(email).first<{ id: string }>())!.id;

const withdraw = async (client: Client, programId: string) =>
  expect((await client.json("POST", `/api/me/enrollments/${programId}/withdraw`)).status).toBe(200);

describe("withdrawing from a program", () => {
  it("takes the group's page away, and the person off it for the others", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin, { kind: "group" });
    const e = { lead: uniqueEmail("lead"), ana: uniqueEmail("ana"), ben: uniqueEmail("ben"), cat: uniqueEmail("cat") };
    await enroll(admin, program.id, [
      [e.lead, "Lea Lead", "mentor"],
      [e.ana, "Ana Mentee", "mentee"],
      [e.ben, "Ben Mentee", "mentee"],
      [e.cat, "Cat Mentee", "mentee"],
    ]);
    const planned = await admin.json<z.infer<typeof GroupsSchema>>("POST", `/api/programs/${program.id}/groups/plan`, {
      body: { groupSize: 3 },
    });
    expect(planned.status).toBe(200);
    expect((await admin.json("POST", `/api/programs/${program.id}/groups/publish`)).status).toBe(200);
    const groupId = planned.body.groups[0]!.id;
    const ben = await signIn(e.ben);
    const ana = await signIn(e.ana);
    expect((await ben.json("GET", `/api/groups/${groupId}`)).status).toBe(200);
    expect((await ben.json("POST", `/api/groups/${groupId}/notes`, { body: { body: "Hello all" } })).status).toBe(201);
    expect(JSON.stringify((await ana.json("GET", `/api/groups/${groupId}`)).body)).toContain(e.ben);

    await withdraw(ben, program.id);
    expect((await ben.json("GET", `/api/groups/${groupId}`)).status).toBe(404);
    const note = await ben.json("POST", `/api/groups/${groupId}/notes`, { body: { body: "Still here?" } });
    expect(note.status).toBe(404);
    const meeting = { at: "2031-01-01T10:00:00Z", place: "Room 1" };
    expect((await ben.json("PUT", `/api/groups/${groupId}/meeting`, { body: meeting })).status).toBe(404);
    expect((await ben.json<MyGroups>("GET", "/api/me/groups")).body.items).toEqual([]);
    const page = await ok(ana.api.groups[":id"].$get({ param: { id: groupId } }));
    expect(page.members.map((m) => m.name)).toEqual(["Lea Lead", "Ana Mentee", "Cat Mentee"]);
    expect(page.notes.map((n) => [n.authorName, n.body])).toEqual([["A former member", "Hello all"]]);
    expect(JSON.stringify(page)).not.toMatch(new RegExp(`${e.ben}|Ben Mentee`));
    expect((await ana.json<MyGroups>("GET", "/api/me/groups")).body.items[0]!.members).toBe(3);
    expect(
      (await (await signIn(e.cat)).json("POST", `/api/groups/${groupId}/notes`, { body: { body: "Hi" } })).status,
    ).toBe(201);
  });

  it("takes away a rotation's invite", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin, { kind: "reverse", startsOn: "2031-01-06", endsOn: "2031-03-31" });
    const e = { junior: uniqueEmail("junior"), senior: uniqueEmail("senior") };
    await enroll(admin, program.id, [
      [e.junior, "June Junior", "junior"],
      [e.senior, "Sam Senior", "senior"],
    ]);
    expect((await admin.json("POST", `/api/programs/${program.id}/rotations/plan`)).status).toBe(200);
    const junior = await signIn(e.junior);
    const invite = () => junior.request("GET", `/api/programs/${program.id}/rotations/1/calendar.ics`);
    const before = await invite();
    expect(before.status).toBe(200);
    expect(await before.text()).toContain(e.senior);
    await withdraw(junior, program.id);
    expect((await invite()).status).toBe(404);
    expect((await junior.json<z.infer<typeof MyRotationsSchema>>("GET", "/api/me/rotations")).body.items).toEqual([]);
  });

  it("stops sharing the person's email through event picks, and their picking", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const e = { mo: uniqueEmail("mo"), mia: uniqueEmail("mia") };
    await enroll(admin, program.id, [
      [e.mo, "Mo Mentor", "mentor"],
      [e.mia, "Mia Mentee", "mentee"],
    ]);
    const event = await admin.json<EventCreated>("POST", "/api/events", {
      body: {
        title: "Speed day",
        startsAt: "2031-02-03T09:00:00Z",
        timezone: "UTC",
        roundMinutes: 5,
        breakMinutes: 0,
        tables: 2,
        programId: program.id,
      },
    });
    expect(event.status).toBe(201);
    const [mo, mia] = [await idOf(e.mo), await idOf(e.mia)];
    // As after the event: both came and picked each other.
    for (const [person, role] of [
      [mo, "mentor"],
      [mia, "mentee"],
    ]) {
      await env.DB.prepare(
        "INSERT INTO event_registrations (id, event_id, person_id, role, status) VALUES (?, ?, ?, ?, 'present')",
      )
        .bind(crypto.randomUUID(), event.body.id, person, role)
        .run();
    }
    await env.DB.prepare("INSERT INTO event_picks (event_id, from_id, to_id) VALUES (?1, ?2, ?3), (?1, ?3, ?2)")
      .bind(event.body.id, mo, mia)
      .run();
    const moClient = await signIn(e.mo);
    const miaClient = await signIn(e.mia);
    const picks = () => moClient.json<z.infer<typeof PicksSchema>>("GET", `/api/events/${event.body.id}/picks`);
    expect((await picks()).body.contacts).toEqual([{ id: mia, name: "Mia Mentee", email: e.mia }]);

    await withdraw(miaClient, program.id);
    expect((await picks()).body).toMatchObject({ picks: [], mutual: [], contacts: [] });
    expect((await miaClient.json("GET", `/api/events/${event.body.id}/picks`)).status).toBe(404);
    const again = await miaClient.json("PUT", `/api/events/${event.body.id}/picks`, { body: { personIds: [mo] } });
    expect(again.status).toBe(404);
  });
});
