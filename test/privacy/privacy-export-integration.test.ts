/**
 * A person's data export: everything Tandem holds about them in one JSON document with their meetings
 * as a calendar, for themselves or an admin, nobody else. The schema walk fails as soon as a table
 * with a person column is not read by any section of the export, so a new table cannot be forgotten.
 */
import { is } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../workers/db/schema";
import { exportSources } from "../../workers/features/privacy/repo/export";
import { ADMIN, env, ok, signIn } from "../helpers";
import { seedProgram } from "../seed";

/** A column that names a person: a reference to people, or a name that says so (ids kept without a reference, addresses). */
const PERSON_COLUMN = /(^|_)(person|user|mentor|mentee|from|to|about|author|by)_id$|_by$|email/;
/** Tables with such a column that hold nothing of a person with an account, and why. */
const NOT_EXPORTED: Record<string, string> = {
  erasures: "the SHA-256 of an erased address; a person with an account has no entry",
  roulette_settings: "`mix_by` names profile fields to mix by, not a person",
};

const personTables = () =>
  (Object.values(schema) as unknown[])
    .filter((v): v is SQLiteTable => is(v, SQLiteTable))
    .map((table) => getTableConfig(table))
    .filter(
      (c) =>
        c.columns.some((col) => PERSON_COLUMN.test(col.name)) ||
        c.foreignKeys.some((fk) => getTableConfig(fk.reference().foreignTable).name === "people"),
    );

describe("the export", () => {
  it("reads every table that holds a person", () => {
    const sources = exportSources(drizzle(env.DB), "someone");
    const read = new Set(Object.values(sources).flatMap(([tables]) => tables.map((t) => getTableConfig(t).name)));
    const tables = personTables().map((c) => c.name);
    expect(tables.length).toBeGreaterThan(30);
    expect(tables).toContain("people");
    expect(tables.filter((t) => !read.has(t) && !NOT_EXPORTED[t])).toEqual([]);
  });

  it("gives a person everything about them, partners by name only, and their meetings as a calendar", async () => {
    const { admin, emails, ids, mentorships, program, as } = await seedProgram({
      people: {
        mentor: { name: "Olga Mentor", role: "mentor", department: "Finance" },
        mentee: { name: "Piet Exporter", role: "mentee", goals: "Learn to lead" },
      },
      pairs: [["mentor", "mentee"]],
    });
    const mentee = await as("mentee");
    const mentorshipId = mentorships[0]!;
    await ok(
      mentee.api.mentorships[":id"].meetings.$post({
        param: { id: mentorshipId },
        json: { startsAt: "2031-05-06T09:00:00Z", minutes: 45, place: "Café on 3", agenda: "Career steps" },
      }),
      201,
    );
    await ok(
      mentee.api.mentorships[":id"].goals.$post({
        param: { id: mentorshipId },
        json: { horizon: "short", title: "Lead a sprint review", milestones: [{ title: "Watch two reviews" }] },
      }),
    );

    const mine = await ok(mentee.api.me.export.$get());
    expect(mine.profile).toMatchObject({ id: ids.mentee, email: emails.mentee, name: "Piet Exporter" });
    const doc = mine as Record<string, unknown>;
    expect(doc.enrolments).toEqual([expect.objectContaining({ programId: program.id, goals: "Learn to lead" })]);
    expect(doc.mentorships).toEqual([
      expect.objectContaining({ id: mentorshipId, role: "mentee", partner: "Olga Mentor", program: program.name }),
    ]);
    expect(doc.meetings).toEqual([expect.objectContaining({ agenda: "Career steps", place: "Café on 3" })]);
    expect(doc.goals).toEqual([expect.objectContaining({ title: "Lead a sprint review" })]);
    expect(doc.milestones).toEqual([expect.objectContaining({ title: "Watch two reviews" })]);
    expect(doc.sessions).not.toEqual([]);
    expect(doc.mailReceived).not.toEqual([]);
    // The partner is a name: nothing else of theirs (their id, address, department) is in the file.
    const text = JSON.stringify(mine);
    for (const secret of [emails.mentor, ids.mentor, "Finance"]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/token_?hash/i);

    expect(mine.meetingsCalendar).toMatch(/^BEGIN:VCALENDAR/);
    expect(mine.meetingsCalendar).toContain("SUMMARY:Mentoring: Olga Mentor");
    expect(mine.meetingsCalendar).toContain("DTSTART:20310506T090000Z");

    const theirs = await ok(admin.api.admin.people[":personId"].export.$get({ param: { personId: ids.mentee } }));
    expect(theirs.profile).toEqual(mine.profile);
    expect(theirs.mentorships).toEqual(doc.mentorships);
  });

  it("is refused to anyone but the person and admins", async () => {
    const { admin, emails, ids, program, as } = await seedProgram({
      people: { p: { name: "Pat Participant", role: "mentee" }, m: { name: "Max Manager", role: "mentor" } },
    });
    await ok(admin.api.programs[":id"].managers.$put({ param: { id: program.id }, json: { emails: [emails.m] } }));
    const path = { param: { personId: ids.p } };
    const participant = await as("p");
    const own = await ok(participant.api.me.export.$get());
    expect(own.meetingsCalendar).toMatch(/^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR\r\n$/);
    expect(own.meetingsCalendar).not.toContain("BEGIN:VEVENT");
    const manager = await signIn(emails.m);
    expect((await participant.api.admin.people[":personId"].export.$get(path)).status).toBe(403);
    expect((await manager.api.admin.people[":personId"].export.$get(path)).status).toBe(403);
    const signedOut = await signIn(ADMIN);
    await signedOut.request("POST", "/api/auth/logout");
    expect((await signedOut.api.me.export.$get()).status).toBe(401);
    expect((await signedOut.api.admin.people[":personId"].export.$get(path)).status).toBe(401);
    expect((await admin.api.admin.people[":personId"].export.$get({ param: { personId: "nobody" } })).status).toBe(404);
  });
});
