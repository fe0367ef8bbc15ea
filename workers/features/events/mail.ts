/** @module features/events/mail — an invitation to co-host a speed-mentoring event. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

export function hostInviteMail(
  title: string,
  by: { name: string; email: string },
  origin: string,
  eventId: string,
): RenderedMail {
  const { html, text } = layout(
    `You are a host of ${title}`,
    [
      "Hello,",
      `${by.name} (${by.email}) added you as a host of the speed-mentoring event ${title} on Tandem.`,
      "Hosts check people in, make the plan and run the clock on the day. Sign in with this email address to see the event.",
    ],
    { label: "Open the event", url: pageUrl(origin, pagePaths.hostEvent(eventId)) },
    "If you do not expect this, reply to the person who added you.",
  );
  return { subject: `You are a host of ${title}`, text, html };
}

/** The confirmation of a registration for a speed-mentoring event, with its calendar invite. */
export function eventRegisteredMail(
  name: string,
  event: { id: string; key: string; title: string; when: string; place: string },
  role: string,
  origin: string,
): RenderedMail {
  const { html, text } = layout(
    `You are registered for ${event.title}`,
    [
      `Hello ${name},`,
      `You are registered${role === "peer" ? "" : ` as a ${role}`} for ${event.title}, ${event.when}${event.place ? `, at ${event.place}` : ""}.`,
      "On the day, check in with the host; your phone then shows your table, your partner and the time left in each round.",
      `The calendar invite is attached (it is also at ${origin}/api/events/${event.id}/calendar.ics?key=${event.key}).`,
    ],
    { label: "Open the event", url: pageUrl(origin, pagePaths.event(event.id, event.key)) },
    "If you cannot come, tell the host so that nobody waits for you.",
  );
  return { subject: `Registered: ${event.title}`, text, html };
}

/** After an event: how it went, and whom to keep meeting. */
export function eventFollowUpMail(
  name: string,
  title: string,
  origin: string,
  event: { id: string; key: string },
  proposes: boolean,
): RenderedMail {
  const { html, text } = layout(
    `Thank you for coming to ${title}`,
    [
      `Hello ${name},`,
      `Who would you like to keep meeting? Tick them on the event's page; when someone ticks you too, you both see each other's email${proposes ? " and we suggest a mentorship to you both" : ""}.`,
      "Tell the host how it went, too: a line back to this email is welcome.",
    ],
    { label: "Pick whom to keep meeting", url: pageUrl(origin, pagePaths.event(event.id, event.key)) },
    "You are receiving this because you took part in the event.",
  );
  return { subject: `After ${title}: whom would you like to keep meeting?`, text, html, category: "events" };
}
