/** @module features/health/mail — a nudge to a pair gone quiet, "still going?", and an automatic end. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

const FOOTER = "You get this because you are in a mentoring pair in Tandem.";

/** Whom a mail about a quiet pair goes to, about whom, in which program. */
type PairMailTo = { name: string; partner: string; programName: string };

export function nudgeMail(to: PairMailTo, days: number, origin: string, mentorshipId: string): RenderedMail {
  const { name, partner, programName } = to;
  const { html, text } = layout(
    `Time to meet ${partner}?`,
    [
      `Hi ${name},`,
      `It has been ${days} days since you and ${partner} last met in ${programName}. A short conversation keeps a mentorship going: pick a time that suits you both.`,
    ],
    { label: "Schedule a meeting", url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    FOOTER,
  );
  return { subject: `Time to meet ${partner}?`, text, html, category: "reminders" };
}

export function stillGoingMail(
  name: string,
  partner: string,
  programName: string,
  origin: string,
  token: string,
): RenderedMail {
  const { html, text } = layout(
    `Are you and ${partner} still meeting?`,
    [
      `Hi ${name},`,
      `Nobody has logged a meeting of yours with ${partner} in ${programName} for a while. Tell the program's organisers in one click whether your mentorship goes on. If it has run its course, say so: they will close it, with no fault on anyone.`,
    ],
    { label: "Answer", url: pageUrl(origin, pagePaths.stillGoing(token)) },
    FOOTER,
  );
  return { subject: `Are you and ${partner} still meeting?`, text, html };
}

export function autoEndedMail(to: PairMailTo, days: number, origin: string, mentorshipId: string): RenderedMail {
  const { name, partner, programName } = to;
  const { html, text } = layout(
    `Your mentorship with ${partner} has ended`,
    [
      `Hi ${name},`,
      `No meeting of yours with ${partner} in ${programName} has been logged for ${days} days, so the program has ended your mentorship, with no fault on anyone. If you would like a new match, your organisers can find you one.`,
    ],
    { label: "Open your mentorship", url: pageUrl(origin, pagePaths.mentorship(mentorshipId)) },
    FOOTER,
  );
  return { subject: `Your mentorship with ${partner} has ended`, text, html };
}
