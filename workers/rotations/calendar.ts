/**
 * @module rotations/calendar
 * A rotation pair's first meeting as an iCalendar invite (written by the `ics` package): half an hour at
 * 10:00 in the senior's time zone on the cycle's third day, with the suggested agenda.
 */
import { createEvent } from "ics";
import { utcOffsetMinutes } from "../domain/matching/hours";

const DAY = 86_400_000;

export function firstMeetingAt(cycleStartsAt: number, timeZone: string) {
  const day = Math.floor(cycleStartsAt / DAY) * DAY + 2 * DAY;
  const tenUtc = day + 10 * 3_600_000;
  return tenUtc - utcOffsetMinutes(timeZone, new Date(tenUtc)) * 60_000;
}

export function rotationInvite(opts: {
  uid: string;
  title: string;
  start: number;
  agenda: string[];
  url: string;
  attendees: { name: string; email: string }[];
}): string {
  const { error, value } = createEvent({
    uid: opts.uid,
    title: opts.title,
    description: `${opts.agenda.map((line, i) => `${i + 1}. ${line}`).join("\n")}\n\n${opts.url}`,
    start: opts.start,
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: 30 },
    url: opts.url,
    attendees: opts.attendees.map((a) => ({ name: a.name, email: a.email, rsvp: true })),
  });
  if (error || !value) throw error ?? new Error("could not write the invite");
  return value;
}
