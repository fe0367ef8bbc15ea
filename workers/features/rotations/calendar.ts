/**
 * @module features/rotations/calendar
 * A rotation pair's first meeting as an iCalendar invite: half an hour at 10:00 in the senior's time
 * zone on the cycle's third day, with the suggested agenda. The uid is the pair's in that cycle, so the
 * mailed invite and the downloaded file are the same event.
 */
import { utcOffsetMinutes } from "../../domain/matching/hours";
import { calendarFile, type Person } from "../../platform/calendar";

const DAY = 86_400_000;

export function firstMeetingAt(cycleStartsAt: number, timeZone: string) {
  const day = Math.floor(cycleStartsAt / DAY) * DAY + 2 * DAY;
  const tenUtc = day + 10 * 3_600_000;
  return tenUtc - utcOffsetMinutes(timeZone, new Date(tenUtc)) * 60_000;
}

export const rotationUid = (programId: string, cycle: number, juniorId: string) =>
  `${programId}-${cycle}-${juniorId}@tandem`;

export function rotationInvite(opts: {
  uid: string;
  title: string;
  start: number;
  agenda: string[];
  url: string;
  organizer: Person;
  attendees: Person[];
}): string {
  return calendarFile(
    {
      uid: opts.uid,
      title: opts.title,
      description: `${opts.agenda.map((line, i) => `${i + 1}. ${line}`).join("\n")}\n\n${opts.url}`,
      start: opts.start,
      startInputType: "utc",
      startOutputType: "utc",
      duration: { minutes: 30 },
      url: opts.url,
      sequence: 0,
      // The mailed invite and the downloaded file alike: both name the pair as attendees.
      method: "REQUEST",
    },
    { organizer: opts.organizer, attendees: opts.attendees },
  );
}
