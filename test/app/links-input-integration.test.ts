/** Links people type (a video call, a place) open from the app and from mails: only http(s) links pass. */
import { describe, expect, it } from "vitest";
import { ADMIN, createProgram, env, signIn, uniqueEmail, type Refusal } from "../helpers";

const SCRIPTS = [
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  "java\tscript:alert(1)",
  " data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
];

async function mentorship() {
  const admin = await signIn(ADMIN);
  const program = await createProgram(admin);
  const [mentor, mentee] = [uniqueEmail("mentor"), uniqueEmail("mentee")];
  await admin.json("POST", `/api/programs/${program.id}/people/import`, {
    raw: `email,name,role\n${mentor},Mo Mentor,mentor\n${mentee},Mia Mentee,mentee`,
    headers: { "content-type": "text/csv" },
  });
  const id = async (e: string) =>
    (await env.DB.prepare("SELECT id FROM people WHERE email = ?").bind(e).first<{ id: string }>())!.id;
  const mentorshipId = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', ?)",
  )
    .bind(mentorshipId, program.id, await id(mentor), await id(mentee), Date.now())
    .run();
  return { admin, mentorshipId, client: await signIn(mentee) };
}

/** A member of a published group, so the group meeting's input is what the route refuses. */
async function groupMember() {
  const { mentorshipId, client } = await mentorship();
  const m = (await env.DB.prepare("SELECT program_id, mentee_id FROM mentorships WHERE id = ?")
    .bind(mentorshipId)
    .first<{ program_id: string; mentee_id: string }>())!;
  const groupId = crypto.randomUUID();
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO groups (id, program_id, number, name, status) VALUES (?, ?, 1, 'Group 1', 'published')",
    ).bind(groupId, m.program_id),
    env.DB.prepare("INSERT INTO group_members (group_id, person_id, role) VALUES (?, ?, 'mentee')").bind(
      groupId,
      m.mentee_id,
    ),
  ]);
  return { groupId, client };
}

describe("links people type", () => {
  it("a meeting's video link and place take only http(s) links, when scheduled and when moved", async () => {
    const { mentorshipId, client } = await mentorship();
    const path = `/api/mentorships/${mentorshipId}/meetings`;
    const body = { startsAt: "2031-05-06T09:00:00Z", minutes: 45 };
    for (const bad of SCRIPTS) {
      const video = await client.json<Refusal>("POST", path, { body: { ...body, videoUrl: bad } });
      expect(video.status, bad).toBe(400);
      expect(video.body.error.fields?.videoUrl).toMatch(/https:\/\//);
      expect((await client.json("POST", path, { body: { ...body, place: bad } })).status, bad).toBe(400);
    }
    const made = await client.json<{ id: string }>("POST", path, {
      body: {
        ...body,
        videoUrl: "https://meet.example.com/abc",
        place: "Room 2: upstairs, or https://meet.example.com/b",
      },
    });
    expect(made.status).toBe(201);
    const moved = await client.json("PATCH", `/api/meetings/${made.body.id}`, { body: { videoUrl: "data:,x" } });
    expect(moved.status).toBe(400);
    const meetings = await client.json("GET", path);
    expect(JSON.stringify(meetings.body)).toContain("https://meet.example.com/abc");
    expect(JSON.stringify(meetings.body)).not.toContain("data:");
  });

  it("an event's video link and place, and a group meeting's place, take only http(s) links", async () => {
    const admin = await signIn(ADMIN);
    const member = await groupMember();
    const event = {
      title: "Speed day",
      startsAt: "2031-03-04T09:00:00Z",
      timezone: "Europe/Berlin",
      roundMinutes: 8,
      breakMinutes: 2,
      tables: 2,
    };
    for (const bad of SCRIPTS) {
      const video = await admin.json<Refusal>("POST", "/api/events", { body: { ...event, videoUrl: bad } });
      expect(video.status, bad).toBe(400);
      expect(video.body.error.fields).toHaveProperty("videoUrl");
      expect((await admin.json("POST", "/api/events", { body: { ...event, place: bad } })).status, bad).toBe(400);
      const group = await member.client.json("PUT", `/api/groups/${member.groupId}/meeting`, {
        body: { at: "2031-03-04T09:00:00Z", place: bad },
      });
      expect(group.status, bad).toBe(400);
    }
    const fine = await admin.json("POST", "/api/events", {
      body: { ...event, videoUrl: "http://intranet.example/call", place: "https://maps.example/atrium" },
    });
    expect(fine.status).toBe(201);
  });
});
