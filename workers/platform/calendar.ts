/**
 * @module platform/calendar
 * Invites as the `ics` package writes them, with what it leaves to us. An invite sent with
 * METHOD:REQUEST or CANCEL names its ORGANIZER (RFC 5546 §3.2.2, §3.2.5): Tandem's sender address.
 * `ics` folds lines at 75 characters where RFC 5545 §3.1 says 75 octets, so lines of accented names
 * or emoji run over; its output is unfolded and folded again by octets, never inside a character. It
 * writes a DQUOTE inside a quoted CN as `\"`, but a parameter value has no escapes (RFC 5545 §3.2:
 * QSAFE-CHAR excludes DQUOTE and controls), so names lose those first.
 */
import { createEvent, createEvents, type EventAttributes } from "ics";
import addressparser from "nodemailer/lib/addressparser";
import type { MailAttachment } from "./mail-transport";

export type Person = { name: string; email: string };
export type CalendarMethod = "REQUEST" | "CANCEL";
/** An event's own fields (either an end or a duration); the people and method are added here. */
type EventFields = EventAttributes extends infer E
  ? E extends unknown
    ? Omit<E, "organizer" | "attendees" | "method">
    : never
  : never;

/** A name as a quoted parameter value can hold it: DQUOTE becomes an apostrophe, controls a space. */
export const paramText = (name: string) =>
  name
    .replace(/"/g, "'")
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .trim();

/** The organizer of Tandem's invites: the address mail comes from (`MAIL_FROM`, "Name <address>"). */
export function organizerFrom(mailFrom: string): Person {
  const [first] = addressparser(mailFrom, { flatten: true });
  return { name: first?.name || "Tandem", email: first?.address || mailFrom.trim() };
}

/** Folds every content line at 75 octets of UTF-8, continuation lines starting with a space. */
export function foldOctets(ics: string): string {
  const encoder = new TextEncoder();
  const fold = (line: string) => {
    const parts: string[] = [];
    let part = "";
    let size = 0;
    for (const ch of line) {
      const octets = encoder.encode(ch).length;
      // The first line holds 75 octets; the others 74 after their leading space.
      if (size + octets > (parts.length ? 74 : 75)) {
        parts.push(part);
        part = "";
        size = 0;
      }
      part += ch;
      size += octets;
    }
    parts.push(part);
    return parts.join("\r\n ");
  };
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map(fold)
    .join("\r\n");
}

/** One event as an iCalendar file, with its organizer and attendees, folded by octets. */
export function calendarFile(
  event: EventFields & { method?: CalendarMethod },
  people: { organizer: Person; attendees?: Person[] },
): string {
  const { error, value } = createEvent({
    ...event,
    organizer: { name: paramText(people.organizer.name), email: people.organizer.email },
    attendees: people.attendees?.map((a) => ({
      name: paramText(a.name) || a.email,
      email: a.email,
      rsvp: true,
      partstat: "NEEDS-ACTION",
      role: "REQ-PARTICIPANT",
    })),
  });
  if (error || !value) throw error ?? new Error("could not write the invite");
  return foldOctets(value);
}

/** Many events as one calendar to import (METHOD:PUBLISH, no attendees), folded by octets; an empty list is an empty calendar. */
export function calendarFeed(events: EventFields[]): string {
  const { error, value } = createEvents(events as EventAttributes[]);
  if (error || !value) throw error ?? new Error("could not write the calendar");
  return foldOctets(value);
}

/** An invite as a mail attachment: `text/calendar` with its method, which calendars act on. */
export const inviteAttachment = (ics: string, method: CalendarMethod, filename = "invite.ics"): MailAttachment => ({
  filename,
  contentType: `text/calendar; charset=utf-8; method=${method}`,
  content: ics,
});
