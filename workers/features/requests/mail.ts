/** @module features/requests/mail — mentee's-choice requests: asked, accepted, run out, and a mentor paused after lapses. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

/** A mentee's request, to the mentor it is now with. */
export function requestMail(
  mentorName: string,
  mentee: { name: string; title: string; department: string },
  programName: string,
  message: string,
  why: string,
  deadline: string,
  origin: string,
  requestId: string,
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
    { label: "Answer the request", url: pageUrl(origin, pagePaths.request(requestId)) },
    "You can pause new requests from your dashboard at any time.",
  );
  return { subject: `${mentee.name} asks you to mentor them in ${programName}`, text, html, category: "matching" };
}

/** The mentee hears that a mentor accepted. */
export function requestAcceptedMail(
  menteeName: string,
  mentor: { name: string; email: string },
  programName: string,
  origin: string,
  mentorshipId: string,
): RenderedMail {
  const { html, text } = layout(
    `${mentor.name} accepted`,
    [
      `Hello ${menteeName},`,
      `${mentor.name} (${mentor.email}) accepted your request in ${programName} and is now your mentor.`,
      "A good first step: agree on a time to meet and what you hope to get out of it.",
    ],
    { label: "Open your mentorship", url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    "If the pairing does not work out, either of you can end it from the dashboard; it is okay to part company.",
  );
  return { subject: `${mentor.name} is your mentor in ${programName}`, text, html, category: "matching" };
}

/** The mentee hears that none of their choices could take them. */
export function choicesExhaustedMail(
  menteeName: string,
  programName: string,
  origin: string,
  programId: string,
): RenderedMail {
  const { html, text } = layout(
    "Your choices could not take you this time",
    [
      `Hello ${menteeName},`,
      `None of the mentors you chose in ${programName} could take you on. That is about their time, not about you.`,
      "The program's organisers have been told and will help you find a mentor; you can also choose again.",
    ],
    { label: "Choose again", url: pageUrl(origin, pagePaths.chooseMentor(programId)) },
    "You are receiving this because you asked for a mentor in this program.",
  );
  return { subject: `About your mentor request in ${programName}`, text, html, category: "matching" };
}

/** The program's organisers hear that a mentee's choices ran out. */
export function choicesExhaustedAdminMail(
  mentee: { name: string; email: string },
  programName: string,
  origin: string,
  programId: string,
): RenderedMail {
  const { html, text } = layout(
    `${mentee.name} has no mentor yet`,
    [
      `In ${programName}, every mentor ${mentee.name} (${mentee.email}) chose declined or did not answer in time.`,
      "You can assign them a mentor in the next matching run, or ask them to choose again.",
    ],
    { label: "Open the program's matching", url: pageUrl(origin, pagePaths.matching(programId)) },
    "You are receiving this as an organiser of the program.",
  );
  return { subject: `${mentee.name} needs a mentor in ${programName}`, text, html };
}

/** A mentor paused after letting two requests lapse, told how to resume. */
export function pausedForLapsesMail(mentorName: string, programName: string, origin: string): RenderedMail {
  const { html, text } = layout(
    "We paused new requests for you",
    [
      `Hello ${mentorName},`,
      `Two requests to you in ${programName} went unanswered, so we paused new requests to spare mentees the wait. Your current mentees are not affected.`,
      "When you have time again, resume from your requests page with one click.",
    ],
    { label: "Resume requests", url: pageUrl(origin, pagePaths.availability()) },
    "You are receiving this as a mentor in the program.",
  );
  return { subject: `New requests paused in ${programName}`, text, html };
}
