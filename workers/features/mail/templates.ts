/**
 * @module features/mail/templates
 * Every email Tandem sends, as text and HTML. User content is escaped; links are absolute.
 */
import type { MailCategory } from "./categories";

/** A file sent with a mail, such as a calendar invite (`text/calendar; method=REQUEST`); kept with the mail's row. */
export type MailAttachment = { filename: string; contentType: string; content: string };

/** A mail ready for the outbox; with a category, its recipient can unsubscribe from that kind of mail. */
export type RenderedMail = {
  subject: string;
  text: string;
  html: string;
  category?: MailCategory;
  attachments?: MailAttachment[];
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export function layout(heading: string, paragraphs: string[], action: { label: string; url: string }, footer: string) {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2933;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>${body}
<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#52606d">If the button does not work, open this link: <a href="${escapeHtml(action.url)}">${escapeHtml(action.url)}</a></p>
<p style="font-size:13px;color:#52606d">${escapeHtml(footer)}</p></body></html>`;
  const text = `${heading}\n\n${paragraphs.join("\n\n")}\n\n${action.label}: ${action.url}\n\n${footer}\n`;
  return { html, text };
}

/**
 * The sign-in link. It greets nobody by name: a person created by an unconfirmed sign-up carries a
 * name a stranger typed, and a mail to an unconfirmed address must not carry a stranger's words.
 */
export function signInMail(url: string): RenderedMail {
  const { html, text } = layout(
    "Sign in to Tandem",
    ["Hello,", "Use the button below to sign in. The link works once and expires in 10 minutes."],
    { label: "Sign in", url },
    "If you did not ask to sign in, you can ignore this email.",
  );
  return { subject: "Your Tandem sign-in link", text, html };
}

/**
 * The confirmation of a sign-up through a program's shared link. Anyone can ask for it for any address,
 * so it holds nothing the requester typed: only the program's name (set by its organisers) and the link.
 */
export function confirmMail(programName: string, url: string): RenderedMail {
  const { html, text } = layout(
    `Confirm your place in ${programName}`,
    [
      `Someone asked to join ${programName} on Tandem with this email address.`,
      "If it was you, open the link to see what you entered and confirm it. The link works once and expires in 24 hours.",
    ],
    { label: "Review and confirm", url },
    "If it was not you, ignore this email and nothing will happen.",
  );
  return { subject: `Confirm your sign-up for ${programName}`, text, html };
}

/** The welcome sent to someone an admin enrolled by import. */
export function welcomeMail(name: string, programName: string, url: string): RenderedMail {
  const { html, text } = layout(
    `Welcome to ${programName}`,
    [
      `Hello ${name},`,
      `Your organisation has enrolled you in ${programName} on Tandem. Sign in to check your profile, so that your matches fit you.`,
    ],
    { label: "Open Tandem", url },
    "You can withdraw from the program at any time from your dashboard.",
  );
  return { subject: `Welcome to ${programName}`, text, html };
}

/** The news of a new mentorship, to each of the two people. */
export function matchedMail(
  name: string,
  partner: { name: string; email: string },
  role: "mentor" | "mentee",
  programName: string,
  why: string,
  url: string,
): RenderedMail {
  const { html, text } = layout(
    role === "mentee" ? `${partner.name} is your mentor` : `You are mentoring ${partner.name}`,
    [
      `Hello ${name},`,
      role === "mentee"
        ? `In ${programName}, ${partner.name} (${partner.email}) will be your mentor.`
        : `In ${programName}, you will mentor ${partner.name} (${partner.email}).`,
      ...(why ? [`Why you two: ${why}`] : []),
      "A good first step: agree on a time to meet and what you both hope to get out of it.",
    ],
    { label: "Open Tandem", url },
    "If the pairing does not work out, either of you can end it from the dashboard; it is okay to part company.",
  );
  return { subject: `Your mentoring pair in ${programName}`, text, html, category: "matching" };
}

/** A mentee's request, to the mentor it is now with. */
export function requestMail(
  mentorName: string,
  mentee: { name: string; title: string; department: string },
  programName: string,
  message: string,
  why: string,
  deadline: string,
  url: string,
): RenderedMail {
  const { html, text } = layout(
    `${mentee.name} would like you as their mentor`,
    [
      `Hello ${mentorName},`,
      `In ${programName}, ${mentee.name}${mentee.title ? ` (${mentee.title}${mentee.department ? `, ${mentee.department}` : ""})` : ""} asks you to be their mentor.`,
      ...(message ? [`Their message: “${message}”`] : []),
      ...(why ? [`Why you two: ${why}`] : []),
      `Please accept or decline by ${deadline}. If you do not answer, the request moves on to their next choice.`,
    ],
    { label: "Answer the request", url },
    "You can pause new requests from your dashboard at any time.",
  );
  return { subject: `${mentee.name} asks you to mentor them in ${programName}`, text, html, category: "matching" };
}

/** The mentee hears that a mentor accepted. */
export function requestAcceptedMail(
  menteeName: string,
  mentor: { name: string; email: string },
  programName: string,
  url: string,
): RenderedMail {
  const { html, text } = layout(
    `${mentor.name} accepted`,
    [
      `Hello ${menteeName},`,
      `${mentor.name} (${mentor.email}) accepted your request in ${programName} and is now your mentor.`,
      "A good first step: agree on a time to meet and what you hope to get out of it.",
    ],
    { label: "Open Tandem", url },
    "If the pairing does not work out, either of you can end it from the dashboard; it is okay to part company.",
  );
  return { subject: `${mentor.name} is your mentor in ${programName}`, text, html, category: "matching" };
}

/** The mentee hears that none of their choices could take them. */
export function choicesExhaustedMail(menteeName: string, programName: string, url: string): RenderedMail {
  const { html, text } = layout(
    "Your choices could not take you this time",
    [
      `Hello ${menteeName},`,
      `None of the mentors you chose in ${programName} could take you on. That is about their time, not about you.`,
      "The program's organisers have been told and will help you find a mentor; you can also choose again.",
    ],
    { label: "Choose again", url },
    "You are receiving this because you asked for a mentor in this program.",
  );
  return { subject: `About your mentor request in ${programName}`, text, html, category: "matching" };
}

/** The program's organisers hear that a mentee's choices ran out. */
export function choicesExhaustedAdminMail(
  mentee: { name: string; email: string },
  programName: string,
  url: string,
): RenderedMail {
  const { html, text } = layout(
    `${mentee.name} has no mentor yet`,
    [
      `In ${programName}, every mentor ${mentee.name} (${mentee.email}) chose declined or did not answer in time.`,
      "You can assign them a mentor in the next matching run, or ask them to choose again.",
    ],
    { label: "Open the program's matching", url },
    "You are receiving this as an organiser of the program.",
  );
  return { subject: `${mentee.name} needs a mentor in ${programName}`, text, html };
}

/** A mentor paused after letting two requests lapse, told how to resume. */
export function pausedForLapsesMail(mentorName: string, programName: string, url: string): RenderedMail {
  const { html, text } = layout(
    "We paused new requests for you",
    [
      `Hello ${mentorName},`,
      `Two requests to you in ${programName} went unanswered, so we paused new requests to spare mentees the wait. Your current mentees are not affected.`,
      "When you have time again, resume from your dashboard with one click.",
    ],
    { label: "Resume requests", url },
    "You are receiving this as a mentor in the program.",
  );
  return { subject: `New requests paused in ${programName}`, text, html };
}

/** The other person hears that a mentorship was completed or ended early. */
export function mentorshipClosedMail(
  name: string,
  by: string,
  programName: string,
  how: "completed" | "ended",
  reason: string | null,
  url: string,
): RenderedMail {
  const { html, text } = layout(
    how === "completed" ? "Your mentorship is complete" : "Your mentorship has ended",
    [
      `Hello ${name},`,
      how === "completed"
        ? `${by} marked your mentorship in ${programName} as completed. Thank you for the time you gave each other.`
        : `${by} ended your mentorship in ${programName}${reason ? ` (${reason.toLowerCase()})` : ""}. It is okay to part company; nobody is at fault.`,
      ...(how === "ended" ? ["If you were the mentee, you can be matched again."] : []),
    ],
    { label: "Open Tandem", url },
    "You are receiving this because you took part in this mentorship.",
  );
  return { subject: `Your mentorship in ${programName}`, text, html };
}

/** The confirmation of a registration for a speed-mentoring event, with its calendar invite. */
export function eventRegisteredMail(
  name: string,
  event: { title: string; when: string; place: string },
  role: string,
  calendarUrl: string,
): RenderedMail {
  const { html, text } = layout(
    `You are registered for ${event.title}`,
    [
      `Hello ${name},`,
      `You are registered${role === "peer" ? "" : ` as a ${role}`} for ${event.title}, ${event.when}${event.place ? `, at ${event.place}` : ""}.`,
      "On the day, check in with the host; your phone then shows your table, your partner and the time left in each round.",
      "The calendar invite is attached.",
    ],
    { label: "Add to my calendar", url: calendarUrl },
    "If you cannot come, tell the host so that nobody waits for you.",
  );
  return { subject: `Registered: ${event.title}`, text, html };
}

/** After an event: how it went, and whom to keep meeting. */
export function eventFollowUpMail(name: string, title: string, url: string, proposes: boolean): RenderedMail {
  const { html, text } = layout(
    `Thank you for coming to ${title}`,
    [
      `Hello ${name},`,
      `Who would you like to keep meeting? Tick them on the event's page; when someone ticks you too, you both see each other's email${proposes ? " and we suggest a mentorship to you both" : ""}.`,
      "Tell the host how it went, too: a line back to this email is welcome.",
    ],
    { label: "Pick whom to keep meeting", url },
    "You are receiving this because you took part in the event.",
  );
  return { subject: `After ${title}: whom would you like to keep meeting?`, text, html, category: "events" };
}
