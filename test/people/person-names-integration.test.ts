/** Names show on other people's screens and in mails: they must be visible and keep the text around them in order. */
import { describe, expect, it } from "vitest";
import { personNameProblem } from "../../workers/domain/person-name";
import {
  ADMIN,
  Client,
  createEvent,
  createProgram,
  joinAndConfirm,
  keyOf,
  refusalIn,
  signIn,
  uniqueEmail,
  type Me,
  type Refusal,
} from "../helpers";

const BAD = {
  "zero-width only": "\u200B\u200C\u200D\u2060",
  "Hangul fillers": "\u3164\u3164",
  "braille blank": "\u2800",
  "right-to-left override": "Ada \u202Eecalevol",
  NUL: "Ada\u0000Lovelace",
  "bell control": "Ada\u0007",
  isolate: "Ada \u2066x\u2069",
};
const EMOJI_100 = "👩🏽‍💻".repeat(100);

describe("the name rule", () => {
  it("refuses invisible, control and text-direction names, and counts what a reader sees", () => {
    for (const [what, name] of Object.entries(BAD)) expect(personNameProblem(name), what).not.toBeNull();
    for (const ok of ["Ada Lovelace", "李小龍", "José Ñúñez", "أحمد", "Zoë 👩🏽‍💻", EMOJI_100]) {
      expect(personNameProblem(ok), ok).toBeNull();
    }
    expect(personNameProblem("a".repeat(121))).toMatch(/at most 120/);
  });

  it("is kept by sign-up, the profile editor and walk-in check-in, with a 400 naming the field", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const body = { key: keyOf(program), email: uniqueEmail(), role: "mentee", consent: true };
    const eventId = await createEvent(admin);
    for (const [what, name] of Object.entries(BAD)) {
      const join = await new Client().json<Refusal>("POST", `/api/join/${program.slug}`, { body: { ...body, name } });
      expect(join.status, what).toBe(400);
      expect(join.body.error.fields).toHaveProperty("name");
      expect((await admin.json("PATCH", "/api/me", { body: { name } })).status, what).toBe(400);
      const walkIn = await admin.json("POST", `/api/events/${eventId}/checkin`, {
        body: { name, email: uniqueEmail(), role: "mentee" },
      });
      expect(walkIn.status, what).toBe(400);
    }
  });

  it("takes a name of 100 emoji, which survives export and import again", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const email = uniqueEmail("emoji");
    const person = await joinAndConfirm(program, email, { name: EMOJI_100 });
    expect((await person.json<Me>("GET", "/api/me")).body.person.name).toBe(EMOJI_100);
    const csv = await (await admin.request("GET", `/api/programs/${program.id}/people/export`)).text();
    expect(csv).toContain(EMOJI_100);
    const copy = await createProgram(admin);
    const imported = await admin.json("POST", `/api/programs/${copy.id}/people/import`, {
      raw: csv,
      headers: { "content-type": "text/csv" },
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const again = await (await admin.request("GET", `/api/programs/${copy.id}/people/export`)).text();
    expect(again).toBe(csv);
  });

  it("refuses a CSV row whose name hides or reorders text, naming the row", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin);
    const csv = `email,name,role\n${uniqueEmail()},Ana,mentee\n${uniqueEmail()},"Bob \u202Etxet",mentee\n${uniqueEmail()},\u200B,mentee\n`;
    const res = await admin.json("POST", `/api/programs/${program.id}/people/import`, {
      raw: csv,
      headers: { "content-type": "text/csv" },
    });
    expect(res.status).toBe(400);
    expect(refusalIn(res.body).error.rows?.map((r) => [r.row, r.errors])).toEqual([
      [3, ["name: A name cannot contain control or text-direction characters."]],
      [4, ["name: A name needs at least one visible letter."]],
    ]);
  });
});
