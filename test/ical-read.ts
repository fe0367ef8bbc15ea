/** An invite as ical.js reads it: the method, the event's identity, and the people it names. */
import ICAL from "ical.js";

export function readInvite(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent")!;
  const person = (p: ICAL.Property) => ({ name: p.getParameter("cn"), email: String(p.getFirstValue()) });
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: event.getFirstPropertyValue("sequence"),
    status: event.getFirstPropertyValue("status"),
    description: event.getFirstPropertyValue("description"),
    organizer: person(event.getFirstProperty("organizer")!),
    attendees: event.getAllProperties("attendee").map(person),
  };
}
