/**
 * Tandem's invites read by a real iCalendar parser (ical.js): each names its ORGANIZER and ATTENDEEs
 * with the method it is sent with (RFC 5546), names with quotes, semicolons, commas and colons come
 * back from CN, and every line is folded at 75 octets of UTF-8 without splitting a character.
 */
import { describe, expect, it } from "vitest";
import type { Event } from "../../workers/features/events/repo/events";
import { eventInvite } from "../../workers/features/events/calendar";
import { foldOctets, organizerFrom, paramText } from "../../workers/platform/calendar";
import { meetingInvite } from "../../workers/features/meetings/calendar";
import { rotationInvite, rotationUid } from "../../workers/features/rotations/calendar";
import { readInvite as read } from "../ical-read";
import { FROM, NAME, PARTNER } from "../mail-samples";

const organizer = organizerFrom(FROM);
const zoe = { name: NAME, email: "zoe@example.com" };
const jose = { name: PARTNER, email: "jose@example.com" };
const LONG = "Über Führung sprechen — Prioritäten, Feedback 🚀; Ziele, Termine: alles. ".repeat(8);

/** Problems with the folding of an iCalendar text: lines over 75 octets, or a character split in two. */
function foldingProblems(ics: string) {
  const encoder = new TextEncoder();
  return ics
    .split("\r\n")
    .flatMap((line, i) =>
      encoder.encode(line).length > 75 || /[\ud800-\udbff]$|^ ?[\udc00-\udfff]/.test(line) || line.includes("\n")
        ? [`line ${i + 1}: ${line}`]
        : [],
    );
}

const meeting = {
  id: "m-1",
  title: `Mentoring: ${NAME} and ${PARTNER}`,
  startsAt: Date.UTC(2027, 4, 6, 9),
  minutes: 45,
  place: "Café « Zur Mühle »",
  videoUrl: null,
  agenda: LONG,
  sequence: 0,
  cancelled: false,
  attendees: [zoe, jose],
};
const event: Event = {
  id: "e-1",
  title: `Speed-Mentoring « Été » ${NAME}`,
  description: LONG,
  mode: "mentoring",
  startsAt: Date.UTC(2027, 2, 4, 9),
  timezone: "Europe/Berlin",
  place: "Atrium, Zürich",
  videoUrl: null,
  roundMinutes: 5,
  breakMinutes: 1,
  rounds: 3,
  tables: 3,
  menteesPerTable: 1,
  programId: null,
  joinKey: "k",
  plan: null,
  createdBy: null,
  finishedAt: null,
  createdAt: 0,
  updatedAt: 0,
};
/** How a name comes back from CN: a DQUOTE cannot stand in a parameter value. */
const cn = (name: string) => name.replace(/"/g, "'");

describe("invites", () => {
  it("a meeting: REQUEST, then CANCEL with a higher sequence, organizer and both people named", () => {
    const sent = read(meetingInvite(meeting, organizer));
    expect(sent).toMatchObject({ method: "REQUEST", uid: "m-1@tandem", sequence: 0, status: "CONFIRMED" });
    expect(sent.organizer).toEqual({ name: "Tandem — Mentoring 🤝", email: "MAILTO:tandem@example.com" });
    expect(sent.attendees).toEqual([
      { name: NAME, email: "mailto:zoe@example.com" },
      { name: `José 'Pepe' Núñez; Søren, Ørsted: 李小龍`, email: "mailto:jose@example.com" },
    ]);
    expect(sent.description).toBe(LONG);
    const cancelled = read(meetingInvite({ ...meeting, sequence: 1, cancelled: true }, organizer));
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: "m-1@tandem", sequence: 1, status: "CANCELLED" });
    expect(cancelled.organizer.email).toBe("MAILTO:tandem@example.com");
    expect(cancelled.attendees).toHaveLength(2);
  });

  it("an event: the registered person's own invite, and a plain file through the link", () => {
    const mine = read(eventInvite(event, "https://t.example/events/e-1?key=k", organizer, zoe));
    expect(mine).toMatchObject({ method: "REQUEST", uid: "e-1@tandem", sequence: 0 });
    expect(mine.organizer).toEqual({ name: "Tandem — Mentoring 🤝", email: "MAILTO:tandem@example.com" });
    expect(mine.attendees).toEqual([{ name: NAME, email: "mailto:zoe@example.com" }]);
    const plain = read(eventInvite(event, "https://t.example/events/e-1?key=k", organizer));
    expect(plain.method).toBe("PUBLISH"); // RFC 5546 §3.2.1: an organizer and no attendees
    expect(plain.attendees).toEqual([]);
  });

  it("a rotation pair's first meeting, with the pair's uid", () => {
    const ics = rotationInvite({
      uid: rotationUid("p-1", 2, "j-1"),
      title: `Führung: ${NAME} and ${PARTNER}`,
      start: Date.UTC(2027, 0, 6, 10),
      agenda: [LONG, "Was läuft gut? 👍"],
      url: "https://t.example/dashboard",
      organizer,
      attendees: [jose, zoe],
    });
    const read1 = read(ics);
    expect(read1).toMatchObject({ method: "REQUEST", uid: "p-1-2-j-1@tandem", sequence: 0 });
    expect(read1.organizer.name).toBe("Tandem — Mentoring 🤝");
    expect(read1.attendees.map((a) => a.name)).toEqual([cn(PARTNER), NAME]);
  });

  it("fold every line at 75 octets, never inside a character", () => {
    const all = [
      meetingInvite(meeting, organizer),
      eventInvite(event, "https://t.example/events/e-1?key=k", organizer, zoe),
      rotationInvite({
        uid: "u",
        title: NAME.repeat(5),
        start: 0,
        agenda: [LONG],
        url: "https://t.example",
        organizer,
        attendees: [zoe],
      }),
    ];
    for (const ics of all) {
      expect(foldingProblems(ics)).toEqual([]);
      expect(ics.split("\r\n").some((l) => l.startsWith(" "))).toBe(true); // long lines were folded
    }
    // Each emoji is 4 octets: a line of them folds before the one that would cross 75.
    const folded = foldOctets(`SUMMARY:${"👩🏽".repeat(20)}\r\n`);
    expect(foldingProblems(folded)).toEqual([]);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"👩🏽".repeat(20)}\r\n`);
  });

  it("keep quotes and controls out of parameter values, and read the organizer from MAIL_FROM", () => {
    expect(paramText('Ana "Nana" Lee\r\n; Jr.')).toBe("Ana 'Nana' Lee ; Jr.");
    expect(organizerFrom('"Tandem, Acme" <mentoring@acme.example>')).toEqual({
      name: "Tandem, Acme",
      email: "mentoring@acme.example",
    });
    expect(organizerFrom("noreply@acme.example")).toEqual({ name: "Tandem", email: "noreply@acme.example" });
  });
});
