/** @module features/events/mail — an invitation to co-host a speed-mentoring event. */
import { layout, type RenderedMail } from "../mail/templates";

export function hostInviteMail(title: string, by: { name: string; email: string }, url: string): RenderedMail {
  const { html, text } = layout(
    `You are a host of ${title}`,
    [
      "Hello,",
      `${by.name} (${by.email}) added you as a host of the speed-mentoring event ${title} on Tandem.`,
      "Hosts check people in, make the plan and run the clock on the day. Sign in with this email address to see the event.",
    ],
    { label: "Open the event", url },
    "If you do not expect this, reply to the person who added you.",
  );
  return { subject: `You are a host of ${title}`, text, html };
}
