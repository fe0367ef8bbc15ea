/**
 * @module features/events/calendar
 * An event as an iCalendar file: mailed to each registered person as their invite (METHOD:REQUEST,
 * with them as attendee), or downloaded through the event's link as a published event (METHOD:PUBLISH).
 */
import type { Event } from "./repo/events";
import { calendarFile, type Person } from "../../platform/calendar";

/**
 * The event's total length: its rounds and the breaks between them. Without a set number of rounds, one
 * per table; at a peer event, as many as full tables for two take for everyone to meet everyone.
 */
export const eventMinutes = (e: Pick<Event, "rounds" | "roundMinutes" | "breakMinutes" | "tables" | "mode">) => {
  const rounds = e.rounds ?? (e.mode === "peer" ? 2 * e.tables - 1 : e.tables);
  return rounds * e.roundMinutes + Math.max(0, rounds - 1) * e.breakMinutes;
};

/** The event's calendar file: with an attendee, that person's invite (REQUEST); without, a PUBLISH for anyone. */
export function eventInvite(event: Event, url: string, organizer: Person, attendee?: Person): string {
  return calendarFile(
    {
      uid: `${event.id}@tandem`,
      title: event.title,
      description: `${event.description}\n\n${url}`.trim(),
      start: event.startsAt,
      startInputType: "utc",
      startOutputType: "utc",
      duration: { minutes: eventMinutes(event) },
      location: event.place || event.videoUrl || undefined,
      url,
      sequence: 0,
      ...(attendee ? { method: "REQUEST" as const } : {}),
    },
    { organizer, attendees: attendee ? [attendee] : undefined },
  );
}
