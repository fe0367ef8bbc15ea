/**
 * @module features/meetings/calendar
 * A meeting as an iCalendar invite. The uid stays the meeting's, and the sequence grows with each
 * change, so calendars update the event instead of adding another; a cancelled meeting is sent with
 * METHOD:CANCEL and status CANCELLED.
 */
import { calendarFile, type Person } from "../../platform/calendar";

export function meetingInvite(
  m: {
    id: string;
    title: string;
    startsAt: number;
    minutes: number;
    place: string;
    videoUrl: string | null;
    agenda: string;
    sequence: number;
    cancelled: boolean;
    attendees: Person[];
  },
  organizer: Person,
): string {
  return calendarFile(
    {
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
    },
    { organizer, attendees: m.attendees },
  );
}
