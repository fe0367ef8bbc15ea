/**
 * The Worker in each person's language: a German reader's mail is German with German dates on their own
 * clock while an English reader's stays as it was, a mail keeps the language it was queued in when it
 * goes out, and the API's refusals speak the signed-in person's language, else the request's
 * Accept-Language, else English.
 */
import { describe, expect, it } from "vitest";
import { Client, ORIGIN, mailbox, signIn } from "../helpers";
import { activePair } from "../seed";
import { createDb } from "../../workers/platform/db";
import { env } from "cloudflare:workers";
import { outgoingMessage } from "../../workers/features/mail/outbox";
import { insertNewMail } from "../../workers/features/mail/repo/outbox";
import { matchedMail } from "../../workers/features/matching/mail";
import { translateError } from "../../workers/platform/error-language";
import { reminderText } from "../../workers/features/reminders/words";
import { rotationIntroMail } from "../../workers/features/rotations/mail";
import { firstAgenda } from "../../workers/domain/rotations/agenda";
import { outgoingMail } from "../../workers/db/schema";
import { eq } from "drizzle-orm";

const getOutboxRow = async (db: ReturnType<typeof createDb>, id: string) =>
  (await db.select().from(outgoingMail).where(eq(outgoingMail.id, id)))[0]!;

const speaks = (client: Client, uiLanguage: "en" | "de" | null, timezone?: string) =>
  client.json("PATCH", "/api/me", { body: { uiLanguage, ...(timezone ? { timezone } : {}) } });

describe("mail in the recipient's language", () => {
  it("writes a German reader's meeting mail in German, on their clock, and an English reader's as before", async () => {
    const { mentorshipId, emails } = await activePair({ mentor: "Mo Mentor", mentee: "Mia Mentee" });
    const mentor = await signIn(emails.mentor);
    const mentee = await signIn(emails.mentee);
    expect((await speaks(mentor, "de", "Europe/Berlin")).status).toBe(200);

    const path = `/api/mentorships/${mentorshipId}/meetings`;
    const made = await mentee.json<{ id: string }>("POST", path, {
      body: { startsAt: "2031-05-06T09:00:00Z", minutes: 45, place: "Café on 3", agenda: "Career steps" },
    });
    expect(made.status).toBe(201);
    const toMentor = (await mailbox()).find((m) => m.to === emails.mentor && /Mia Mentee/.test(m.subject));
    // 09:00 UTC is 11:00 in Berlin in May; the weekday and month are German.
    expect(toMentor!.subject).toBe(
      "Mia Mentee hat ein Treffen mit dir geplant: Dienstag, 6. Mai 2031 um 11:00 (Europe/Berlin)",
    );
    expect(toMentor!.text).toContain("Hallo Mo Mentor,");
    expect(toMentor!.text).toContain("Treffen ansehen: https://");
    expect(toMentor!.text).not.toMatch(/Hello|Tuesday/);

    // The mentee speaks English (no choice made): the mentor's move reaches her exactly as before.
    await mentor.json("PATCH", `/api/meetings/${made.body.id}`, { body: { startsAt: "2031-05-07T09:00:00Z" } });
    const toMentee = (await mailbox()).find((m) => m.to === emails.mentee && /moved/.test(m.subject));
    expect(toMentee!.subject).toBe("Your meeting with Mo Mentor moved to Wednesday, 7 May 2031 at 09:00 (UTC)");
    expect(toMentee!.text).toContain("Hello Mia Mentee,");
  });

  it("announces a match to a German reader in German, the pair's reasons included, and to an English one as before", () => {
    const why = "You both care about SQL; 5 working hours overlap.";
    const partner = { name: "Ana", email: "ana@example.com" };
    const de = matchedMail("de", "Zoë", partner, "mentee", "Führung 2027", why, ORIGIN, "m1");
    expect(de.subject).toBe("Dein Mentoring-Tandem in Führung 2027");
    expect(de.text).toContain("In Führung 2027 wird Ana (ana@example.com) dich als Mentor:in begleiten.");
    expect(de.text).toContain("Warum ihr beide: Ihr interessiert euch beide für SQL; 5 gemeinsame Arbeitsstunden.");
    expect(de.html).toContain("Dein Mentoring öffnen");
    const en = matchedMail("en", "Zoë", partner, "mentee", "P", why, ORIGIN, "m1");
    expect(en.subject).toBe("Your mentoring pair in P");
    expect(en.text).toContain("Why you two: You both care about SQL; 5 working hours overlap.");
    expect(en.text).toContain("Open your mentorship: https://");
  });

  it("gives a German reader a rotation's first agenda in German, topics and names as they were", () => {
    const agenda = firstAgenda({ name: "Jo", offers: ["Figma"], wants: [] }, [
      { name: "Sam", offers: [], wants: ["figma"] },
    ]);
    const program = { id: "p1", name: "Reverse", cycle: 1, until: "28. März 2031" };
    const partner = [{ name: "Sam", title: "", department: "" }];
    const de = rotationIntroMail("de", "Jo", "junior", partner, program, agenda, ORIGIN);
    expect(de.text).toContain("1. Vorstellung: eure Rollen");
    expect(de.text).toContain("2. figma: wie Jo es im Alltag nutzt");
    const en = rotationIntroMail("en", "Jo", "junior", partner, program, agenda, ORIGIN);
    expect(en.text).toContain(`A first agenda: 1. ${agenda[0]} 2. ${agenda[1]}`);
  });

  it("adds the unsubscribe line in the language the mail was queued in, whatever the reader chose since", async () => {
    const db = createDb(env.DB);
    const to = "zoe.queued@example.com";
    const mail = matchedMail("de", "Zoë", { name: "Ana", email: "ana@example.com" }, "mentee", "P", "", ORIGIN, "m1");
    const [row] = await insertNewMail(db, `test-language:${crypto.randomUUID()}`, to, mail);
    const stored = await env.DB.prepare("SELECT * FROM outgoing_mail WHERE id = ?").bind(row!.id).first();
    expect(stored).toMatchObject({ language: "de", subject: "Dein Mentoring-Tandem in P" });
    const sent = await outgoingMessage(await getOutboxRow(db, row!.id), "Tandem <t@example.com>", {
      origin: ORIGIN,
      secret: "s",
    });
    expect(sent.text).toContain("Keine E-Mails mehr zu „Tandems und Mentoring-Anfragen“");
    expect(sent.html).toContain(">Abmelden</a>");
    // The same mail queued in English keeps the English line.
    const english = matchedMail("en", "Zoë", { name: "Ana", email: "a@example.com" }, "mentee", "P", "", ORIGIN, "m1");
    const [other] = await insertNewMail(db, `test-language:${crypto.randomUUID()}`, to, english);
    const sentEn = await outgoingMessage(await getOutboxRow(db, other!.id), "Tandem <t@example.com>", {
      origin: ORIGIN,
      secret: "s",
    });
    expect(sentEn.text).toContain('Stop "Matches and mentor requests" emails:');
  });
});

describe("reminders in the reader's language", () => {
  it("word what was noted when the digest is written, on the reader's clock, and keep an old plain note", () => {
    const meeting = JSON.stringify({ kind: "meeting", other: "Mo", at: Date.parse("2031-05-08T04:00:00Z") });
    expect(reminderText(meeting, { language: "de", timezone: "Europe/Berlin" }, 0)).toBe(
      "Treffen mit Mo am 8. Mai 2031 um 06:00 (Europe/Berlin)",
    );
    expect(reminderText(meeting, { language: "en", timezone: "UTC" }, 0)).toBe(
      "Meeting with Mo on 8 May 2031 at 04:00 (UTC)",
    );
    const step = JSON.stringify({ kind: "journey", unit: "week", n: 1, title: "Ziele" });
    expect(reminderText(step, { language: "de", timezone: "UTC" }, 0)).toBe("Schritt der Reise fällig: Woche 1, Ziele");
    expect(reminderText("Say hello", { language: "de", timezone: "UTC" }, 0)).toBe("Say hello");
  });
});

describe("the API's refusals in the viewer's language", () => {
  it("answers a German session in German, fields included, and an English one in English", async () => {
    const { emails } = await activePair({ mentor: "Max Mentor", mentee: "Mara Mentee" });
    const german = await signIn(emails.mentor);
    await speaks(german, "de");
    const english = await signIn(emails.mentee);
    const missing = "/api/programs/00000000-0000-0000-0000-000000000000";
    expect((await german.json("GET", missing)).body).toMatchObject({ error: { code: "not_found" } });
    const de = await german.json<{ error: { message: string } }>("GET", "/api/no-such-route");
    expect(de.status).toBe(404);
    expect(de.body.error).toEqual({ code: "not_found", message: "Diesen API-Pfad gibt es nicht." });
    const en = await english.json<{ error: { message: string } }>("GET", "/api/no-such-route");
    expect(en.body.error.message).toBe("No such API route.");
    // The profile's choice wins over the browser's.
    const chosen = await german.json<{ error: { message: string } }>("GET", "/api/no-such-route", {
      headers: { "accept-language": "en-US,en;q=0.9" },
    });
    expect(chosen.body.error.message).toBe("Diesen API-Pfad gibt es nicht.");
  });

  it("answers someone not signed in by their Accept-Language, German or English, and English by default", async () => {
    const anyone = new Client();
    const refused = (headers: Record<string, string>) =>
      anyone.json<{ error: { code: string; message: string; fields?: Record<string, string> } }>(
        "POST",
        "/api/auth/magic-link",
        { body: { email: "not an address" }, headers },
      );
    const de = await refused({ "accept-language": "de-AT,de;q=0.9,en;q=0.5" });
    expect(de.status).toBe(400);
    expect(de.body.error).toEqual({
      code: "invalid_input",
      message: "Einige Felder sind ungültig.",
      fields: { email: "Gib eine gültige E-Mail-Adresse ein." },
    });
    expect((await refused({ "accept-language": "fr-FR,fr;q=0.9" })).body.error.message).toBe(
      "Some fields are not valid.",
    );
    expect((await refused({})).body.error.fields).toEqual({ email: "Enter a valid email address." });
  });

  it("translates a message with parts by its pattern, and leaves one it does not know as it is", () => {
    expect(translateError("de", "Program was not found.")).toBe("Das Programm wurde nicht gefunden.");
    expect(translateError("de", "A program holds at most 20 training modules.")).toBe(
      "Ein Programm enthält höchstens 20 Trainingsmodule.",
    );
    expect(translateError("de", "Something new.")).toBe("Something new.");
    expect(translateError("en", "Some fields are not valid.")).toBe("Some fields are not valid.");
  });
});
