/** @module features/events/mail — what events send: a host invitation, registering, and the follow-up. */
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

/**
 * The confirmation asked of someone registering through the event's link. Anyone can type any address,
 * so it holds nothing the requester typed: the event's title (set by its hosts) and the link.
 */
export function eventConfirmMail(
  title: string,
  origin: string,
  event: { id: string; key: string },
  token: string,
): RenderedMail {
  const { html, text } = layout(
    `Confirm your place at ${title}`,
    [
      `Someone asked to register for the speed-mentoring event ${title} on Tandem with this email address.`,
      "If it was you, open the link and confirm. The link works once and expires in 24 hours.",
    ],
    { label: "Confirm my registration", url: pageUrl(origin, pagePaths.eventConfirm(event.id, event.key, token)) },
    "If it was not you, ignore this email and nothing will happen.",
  );
  return { subject: `Confirm your registration for ${title}`, text, html };
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

/** After an event, one mail: whom to keep meeting, and the event's feedback survey when it has one. */
export function eventFollowUpMail(
  name: string,
  title: string,
  origin: string,
  event: { id: string; key: string },
  opts: { proposes: boolean; surveyUrl: string | null },
): RenderedMail {
  const { html, text } = layout(
    `Thank you for coming to ${title}`,
    [
      `Hello ${name},`,
      `Who would you like to keep meeting? Tick them on the event's page; when someone ticks you too, you both see each other's email${opts.proposes ? " and we suggest a mentorship to you both" : ""}.`,
      opts.surveyUrl
        ? `How did it go? Three quick questions, answered anonymously, help the hosts make the next one better: ${opts.surveyUrl}`
        : "Tell the host how it went, too: a line back to this email is welcome.",
    ],
    { label: "Pick whom to keep meeting", url: pageUrl(origin, pagePaths.event(event.id, event.key)) },
    "You are receiving this because you took part in the event.",
  );
  return { subject: `After ${title}: whom would you like to keep meeting?`, text, html, category: "events" };
}
