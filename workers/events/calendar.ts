/**
 * @module events/calendar
 * An event as an iCalendar invite, written by the `ics` package.
 */
import { createEvent } from "ics";
import type { Event } from "../data/events";

/**
 * The event's total length: its rounds and the breaks between them. Without a set number of rounds, one
 * per table; at a peer event, as many as full tables for two take for everyone to meet everyone.
 */
export const eventMinutes = (e: Pick<Event, "rounds" | "roundMinutes" | "breakMinutes" | "tables" | "mode">) => {
  const rounds = e.rounds ?? (e.mode === "peer" ? 2 * e.tables - 1 : e.tables);
  return rounds * e.roundMinutes + Math.max(0, rounds - 1) * e.breakMinutes;
};

export function eventInvite(event: Event, url: string): string {
  const { error, value } = createEvent({
    uid: `${event.id}@tandem`,
    title: event.title,
    description: `${event.description}\n\n${url}`.trim(),
    start: event.startsAt,
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: eventMinutes(event) },
    location: event.place || event.videoUrl || undefined,
    url,
  });
  if (error || !value) throw error ?? new Error("could not write the invite");
  return value;
}
