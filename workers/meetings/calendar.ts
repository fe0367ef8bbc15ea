/**
 * @module meetings/calendar
 * A meeting as an iCalendar invite (the `ics` package). The uid stays the meeting's, and the sequence
 * grows with each change, so calendars update the event instead of adding another; a cancelled meeting
 * is sent with status CANCELLED.
 */
import { createEvent } from "ics";

export function meetingInvite(m: {
  id: string;
  title: string;
  startsAt: number;
  minutes: number;
  place: string;
  videoUrl: string | null;
  agenda: string;
  sequence: number;
  cancelled: boolean;
  attendees: { name: string; email: string }[];
}): string {
  const { error, value } = createEvent({
    uid: `${m.id}@tandem`,
    title: m.title,
    description: [m.agenda, m.videoUrl].filter(Boolean).join("\n\n"),
    start: m.startsAt,
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: m.minutes },
    location: m.place || m.videoUrl || undefined,
    sequence: m.sequence,
    status: m.cancelled ? "CANCELLED" : "CONFIRMED",
    method: m.cancelled ? "CANCEL" : "REQUEST",
    attendees: m.attendees.map((a) => ({ name: a.name, email: a.email, rsvp: true })),
  });
  if (error || !value) throw error ?? new Error("could not write the invite");
  return value;
}
